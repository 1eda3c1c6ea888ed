/** Links to a project, `page#<project id>`: the list, the card and the timeline answer on load and on hashchange. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/wisg-widgets.js';
import { projectHash, projectIdFromHash } from '../../src/data/address.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import type { WisgProjectSelectEvent } from '../../src/shared/events.js';
import type { WisgTimeline } from '../../src/timeline/timeline.js';
import { controlFetch, wisgData, expectElement, focused } from './helpers.js';

const TODAY = '2024-06-01';
const GBV = 'gbv-dv-georgia';
const TITLES = {
  en: { [GBV]: 'Combating Gender-Based Violence and Domestic Violence in Georgia', rfsl: 'RFSL 2022-24' },
  ka: { [GBV]: 'გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში', rfsl: 'RFSL 2022-24' },
};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-project-id="${id}"]`);
const isOpen = (element: Element, id: string) => card(element, id)?.querySelector('[part="disclosure"]')?.getAttribute('aria-expanded') === 'true';
/** Whether an element's top is at the top of the view (scrolled to), give or take a pixel. */
const atTop = (element: Element | null) => !!element && Math.abs(element.getBoundingClientRect().top) < 2;

function setHash(hash: string): void {
  history.replaceState(null, '', hash || location.pathname + location.search);
}
/** A navigation to `hash`, as a click on a link makes, and the hashchange it fires. */
async function navigate(hash: string): Promise<void> {
  const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

/** A page: 1500 px of its own content, then the widgets (so a link has somewhere to scroll). */
async function page<T extends Element>(widgets: ReturnType<typeof html>): Promise<T[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height:1500px"></div>${widgets}<div style="height:1500px"></div></div>`);
  const elements = [...wrapper.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')] as unknown as T[];
  await Promise.all(elements.map((element) => (element as unknown as WisgProjectList).updateComplete));
  await frames();
  return elements;
}

afterEach(() => {
  setHash('');
  scrollTo(0, 0);
});

describe('project addresses (data/address.ts)', () => {
  it('reads the id from a hash, percent-escapes decoded, and writes it back', () => {
    expect(projectIdFromHash('#rfsl-2022-24')).to.equal('rfsl-2022-24');
    expect(projectIdFromHash('rfsl-2022-24')).to.equal('rfsl-2022-24');
    expect(projectIdFromHash('#%E1%83%9E%E1%83%A0%E1%83%9D')).to.equal('პრო');
    expect(projectIdFromHash(projectHash('a b/ç?#'))).to.equal('a b/ç?#');
    expect(projectIdFromHash('#gbv:~:text=RFSL')).to.equal('gbv');
  });

  it('reads nothing from an empty, malformed or overlong hash', () => {
    expect(projectIdFromHash('')).to.equal(undefined);
    expect(projectIdFromHash('#')).to.equal(undefined);
    expect(projectIdFromHash('#:~:text=RFSL')).to.equal(undefined);
    expect(projectIdFromHash('#%E0%A4%A')).to.equal('%E0%A4%A');
    expect(projectIdFromHash(`#${'a'.repeat(600)}`)).to.equal(undefined);
  });
});

for (const lang of ['en', 'ka'] as const) {
  describe(`<wisg-project-list> and page#<project id> (${lang})`, () => {
    async function listPage(): Promise<WisgProjectList> {
      const data = await wisgData();
      const [list] = await page<WisgProjectList>(html`<wisg-project-list lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>`);
      return list!;
    }

    it('on load: scrolls to the project, opens its activities and focuses its heading', async () => {
      setHash(`#${GBV}`);
      const list = await listPage();
      await waitUntil(() => isOpen(list, GBV), 'the activities did not open');
      const heading = card(list, GBV)!.querySelector('.title')!;
      expectElement(focused(), heading);
      expect(text(heading)).to.equal(TITLES[lang][GBV]);
      expect(atTop(card(list, GBV))).to.equal(true, `the card is at ${card(list, GBV)!.getBoundingClientRect().top}px`);
      // The other projects stay as they were.
      expect(isOpen(list, 'rfsl-2022-24')).to.equal(false);
      await expect(list).to.be.accessible();
    });

    it('on hashchange, and back and forward', async () => {
      const list = await listPage();
      expect(isOpen(list, GBV)).to.equal(false);
      await navigate(`#${GBV}`);
      await waitUntil(() => isOpen(list, GBV));
      expectElement(focused(), card(list, GBV)!.querySelector('.title'));
      await navigate('#rfsl-2022-24');
      await waitUntil(() => focused() === card(list, 'rfsl-2022-24')!.querySelector('.title'), 'focus did not go to the RFSL heading');
      expect(text(focused())).to.equal(TITLES[lang].rfsl);
      expect(isOpen(list, 'rfsl-2022-24')).to.equal(true);

      const back = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      history.back();
      await back;
      await waitUntil(() => focused() === card(list, GBV)!.querySelector('.title'), 'back did not return to the first project');
      expect(atTop(card(list, GBV))).to.equal(true);
      const forward = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      history.forward();
      await forward;
      await waitUntil(() => focused() === card(list, 'rfsl-2022-24')!.querySelector('.title'), 'forward did not go to RFSL again');
    });

    it('never interrupts a visitor typing: focus stays in the search box, every key lands there', async () => {
      const list = await listPage();
      const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'ge' });
      await navigate(`#${GBV}`);
      await frames();
      await sendKeys({ type: 'orgia' });
      await list.updateComplete;
      expectElement(focused(), search);
      expect(search.value).to.equal('georgia');
      // The project is still opened for when the visitor gets there.
      expect(isOpen(list, GBV)).to.equal(true);
    });
  });
}

describe('<wisg-project-list> and page#<project id>: the rest', () => {
  it('reaches a project beyond the first page of a long list', async () => {
    const projects = Array.from({ length: 350 }, (_, i) => ({ id: `p${i}`, title: { en: `Project ${i}` }, start: `${2000 + (i % 20)}-01-01`, activities: ['Work'] }));
    setHash('#p333');
    const [list] = await page<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY} .projects=${projects}></wisg-project-list>`);
    await waitUntil(() => text(focused()) === 'Project 333', 'focus did not reach Project 333');
    expect(isOpen(list!, 'p333')).to.equal(true);
    expect(atTop(card(list!, 'p333'))).to.equal(true);
  });

  it('waits for data still loading, and the visitor who starts typing meanwhile keeps the keyboard', async () => {
    const fetches = controlFetch();
    try {
      setHash(`#${GBV}`);
      const [list] = await page<WisgProjectList>(html`<input aria-label="Page search" /><wisg-project-list lang="en" src="/slow-deep-link.json"></wisg-project-list>`);
      await waitUntil(() => fetches.requests.length === 1);
      const request = fetches.requests[0]!;
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Page search"]')!;
      input.focus();
      await sendKeys({ type: 'a' });
      request.respond(JSON.stringify(await wisgData()));
      await waitUntil(() => isOpen(list!, GBV), 'the activities did not open');
      await sendKeys({ type: 'b' });
      expectElement(focused(), input);
      expect(input.value).to.equal('ab');
    } finally {
      fetches.restore();
    }
  });

  it('ignores quietly a hash that names no project, or that is hostile, and never renders it', async () => {
    const data = await wisgData();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    try {
      for (const hash of ['#no-such-project', '#<img src=x onerror=alert(1)>', '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '#"]*,a[x="', '#%E0%A4%A', `#${'x'.repeat(5000)}`]) {
        setHash(hash);
        const [list] = await page<WisgProjectList>(html`<wisg-project-list lang="en" .data=${data}></wisg-project-list>`);
        await navigate(`${hash}-again`);
        await frames();
        expect(list!.shadowRoot!.querySelector('img, [aria-expanded="true"]'), hash).to.equal(null);
        expect(list!.shadowRoot!.textContent, hash).not.to.include('onerror');
        expect(focused(), hash).to.equal(document.body);
        list!.parentElement!.remove();
      }
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('leaves a hash that is the page’s own id to the browser', async () => {
    const data = await wisgData();
    setHash(`#${GBV}`);
    const [list] = await page<WisgProjectList>(html`<h2 id=${GBV}>The page’s own heading</h2><wisg-project-list lang="en" .data=${data}></wisg-project-list>`);
    await frames();
    expect(isOpen(list!, GBV)).to.equal(false);
    expectElement(focused(), document.body);
  });
});

describe('several widgets on one page', () => {
  it('the first in document order that shows the project answers', async () => {
    const data = await wisgData();
    const rfslOnly = { projects: data.projects.filter((project) => project['id'] === 'rfsl-2022-24') };
    setHash(`#${GBV}`);
    const [first, second, third] = await page<WisgProjectList>(
      html`<wisg-project-list lang="en" .data=${rfslOnly}></wisg-project-list><wisg-project-list lang="en" .data=${data}></wisg-project-list
        ><wisg-project-list lang="en" .data=${data}></wisg-project-list>`,
    );
    await waitUntil(() => isOpen(second!, GBV), 'the second list (the first with the project) did not answer');
    expectElement(focused(), card(second!, GBV)!.querySelector('.title'));
    expect(isOpen(third!, GBV)).to.equal(false);
    expect(first!.shadowRoot!.querySelector('[aria-expanded="true"]')).to.equal(null);
  });

  it('a widget still loading ahead of the others holds the answer until it has its data', async () => {
    const fetches = controlFetch();
    try {
      const data = await wisgData();
      setHash(`#${GBV}`);
      const [slow, fast] = await page<WisgProjectList>(html`<wisg-project-list lang="en" src="/slow-arbiter.json"></wisg-project-list><wisg-project-list lang="en" .data=${data}></wisg-project-list>`);
      await waitUntil(() => fetches.requests.length === 1);
      const request = fetches.requests[0]!;
      await frames();
      expect(isOpen(fast!, GBV)).to.equal(false);
      request.respond(JSON.stringify(data));
      await waitUntil(() => isOpen(slow!, GBV), 'the first list did not answer once it had its data');
      expect(isOpen(fast!, GBV)).to.equal(false);
    } finally {
      fetches.restore();
    }
  });
});

for (const lang of ['en', 'ka'] as const) {
  describe(`<wisg-timeline> and <wisg-project-card> with page#<project id> (${lang})`, () => {
    it('timeline on load: the bar in view and focused, its details shown; focus back on the bar when they close', async () => {
      const data = await wisgData();
      setHash(`#${GBV}`);
      const [timeline] = await page<WisgTimeline>(html`<wisg-timeline lang=${lang} today=${TODAY} .data=${data}></wisg-timeline>`);
      const dialog = () => timeline!.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog().open, 'the details did not open');
      expect(text(dialog().querySelector('.title'))).to.equal(TITLES[lang][GBV]);
      const bar = card(timeline!, GBV)!;
      const { top, bottom } = bar.getBoundingClientRect();
      expect(top >= 0 && bottom <= innerHeight, `the bar is at ${top}–${bottom}px`).to.equal(true);
      await expect(timeline).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog().open);
      await waitUntil(() => focused() === bar.querySelector('button'), 'focus did not return to the bar');
    });

    it('timeline on hashchange', async () => {
      const data = await wisgData();
      const [timeline] = await page<WisgTimeline>(html`<wisg-timeline lang=${lang} today=${TODAY} .data=${data}></wisg-timeline>`);
      const dialog = () => timeline!.shadowRoot!.querySelector('dialog')!;
      expect(dialog().open).to.equal(false);
      await navigate('#rfsl-2022-24');
      await waitUntil(() => dialog().open, 'the details did not open');
      expect(text(dialog().querySelector('.title'))).to.equal(TITLES[lang].rfsl);
      timeline!.closeDetails();
      await waitUntil(() => focused() === card(timeline!, 'rfsl-2022-24')!.querySelector('button'));
    });

    it('card: scrolls into view, on load and on hashchange; another project’s address leaves it', async () => {
      const data = await wisgData();
      setHash(`#${GBV}`);
      const [element] = await page<WisgProjectCard>(html`<wisg-project-card lang=${lang} .data=${data} project-id=${GBV}></wisg-project-card>`);
      await waitUntil(() => atTop(element!), 'the card did not scroll into view');
      expect(text(element!.shadowRoot!.querySelector('.title'))).to.equal(TITLES[lang][GBV]);
      await expect(element).to.be.accessible();
      scrollTo(0, 0);
      await navigate('#rfsl-2022-24');
      await frames();
      expect(scrollY).to.equal(0);
      await navigate(`#${GBV}`);
      await waitUntil(() => atTop(element!), 'the card did not scroll into view on hashchange');
    });
  });
}

describe('wisg-project-select carries the project’s address', () => {
  it('from the list, the card and the timeline; following it opens the project', async () => {
    const data = await wisgData();
    history.replaceState(null, '', `${location.pathname}${location.search}#elsewhere`);
    const [list, element, timeline] = await page<HTMLElement>(
      html`<wisg-project-list lang="en" .data=${data}></wisg-project-list><wisg-project-card lang="en" .data=${data} project-id=${GBV}></wisg-project-card
        ><wisg-timeline lang="en" .data=${data}></wisg-timeline>`,
    );
    const expected = `${location.origin}${location.pathname}${location.search}#${GBV}`;
    for (const [widget, control] of [
      [list!, `[data-project-id="${GBV}"] [part="disclosure"]`],
      [element!, '[part="disclosure"]'],
      [timeline!, `[data-project-id="${GBV}"] button`],
    ] as const) {
      const selected = oneEvent(widget, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      widget.shadowRoot!.querySelector<HTMLElement>(control)!.click();
      const { detail } = await selected;
      expect(detail.id, widget.localName).to.equal(GBV);
      expect(detail.address, widget.localName).to.equal(expected);
    }
    (timeline as WisgTimeline).closeDetails();
    // The address leads back: the first widget that shows the project (the list) answers.
    await navigate('#rfsl-2022-24');
    await navigate(new URL(expected).hash);
    await waitUntil(() => focused() === card(list!, GBV)!.querySelector('.title'), 'the address did not lead to the project');
  });
});
