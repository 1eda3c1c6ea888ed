/**
 * Pre-rendered content (src/render/) as a page holds it: the page is laid out, then the script
 * arrives (this file defines the elements only after measuring), then the data. Before and while
 * loading, the content the page holds is shown (once); when the data is in, the element's own
 * rendering takes its place without moving what follows it (layout shift ≤ 0.02 where the engine
 * reports it, and what follows moves less than 2 % of the view in every engine), keeps the visitor's
 * place, and leaves no second copy. Search, disclosure and the timeline's keys work after it.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderSnippet } from '../../src/render/index.js';
import { staticStyles } from '../../src/render/static-styles.js';
import type { WisgElement } from '../../src/shared/widget-element.js';
import { controlFetch, settled, wisgData } from './helpers.js';

const TODAY = '2025-06-01';
const WIDTHS = [1280, 390];
const supportsLayoutShift = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift');

interface Shift {
  value: number;
  hadRecentInput: boolean;
}

describe('pre-rendered content, then the element', () => {
  const shifts: Shift[] = [];
  let fetches: ReturnType<typeof controlFetch>;
  let data: Awaited<ReturnType<typeof wisgData>>;
  let stage: HTMLElement;
  const afterPositions = new Map<Element, number>();
  let observer: PerformanceObserver | undefined;

  /** Everything that follows a widget on the page: a line of text after each. */
  const afters = () => [...stage.querySelectorAll<HTMLElement>('.after')];
  const widgets = () => [...stage.querySelectorAll<WisgElement>('wisg-project-list, wisg-project-card, wisg-timeline')];
  const visible = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].filter((node) => node.checkVisibility());

  before(async () => {
    data = await wisgData();
    const css = document.createElement('style');
    css.textContent = staticStyles();
    document.head.append(css);
    stage = document.createElement('div');
    // A page whose typeface has Georgian letters (as Georgian sites' do): the content and the element
    // then draw them in the same font (see docs/static-rendering.md).
    stage.style.fontFamily = "'Noto Sans Georgian', 'Noto Sans', sans-serif";
    const sections = WIDTHS.map((width) => {
      const src = `/data/wisg-projects.json?width=${width}`;
      const snippet = (element: 'list' | 'card' | 'timeline', lang: 'ka' | 'en', extra = {}) =>
        renderSnippet(data, { element, lang, today: TODAY, src, projectId: 'rfsl-2022-24', idPrefix: `w${width}-${element}-${lang}`, ...extra }).snippet;
      // A short (filtered) list, so that what follows it is on screen.
      return `<section style="width:${width}px" data-width="${width}">
        <p>Before.</p>
        ${snippet('timeline', 'ka')}<p class="after">After the timeline.</p>
        ${snippet('card', 'en')}<p class="after">After the card.</p>
        ${snippet('list', 'ka', { status: 'ongoing', heading: 'მიმდინარე' })}<p class="after">After the list.</p>
        ${snippet('list', 'en', { query: 'RFSL' })}<p class="after">After the English list.</p>
      </section>`;
    });
    stage.innerHTML = sections.join('');
    document.body.append(stage);
    if (supportsLayoutShift) {
      observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as Shift[])));
      observer.observe({ type: 'layout-shift', buffered: false });
    }
    await nextFrame();
    for (const after of afters()) afterPositions.set(after, after.getBoundingClientRect().top + scrollY);
    fetches = controlFetch();
  });

  after(() => {
    observer?.disconnect();
    fetches.restore();
    stage.remove();
  });

  it('holds every project before the script runs, laid out by the stylesheet', () => {
    const list = stage.querySelector('wisg-project-list')!;
    expect(customElements.get('wisg-project-list')).to.equal(undefined);
    expect(visible(stage, '.wisg-static .title').length).to.be.greaterThan(0);
    // The stylesheet reached it: the card's padding and border, as in the element.
    const card = list.querySelector<HTMLElement>('.card')!;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(stage.querySelectorAll('wisg-timeline')[0]!.querySelectorAll('.bars > li').length).to.equal(data.projects.length);
  });

  it('keeps showing it while the data loads, once, and nothing moves', async () => {
    await import('../../src/wisg-widgets.js');
    await Promise.all(widgets().map((widget) => widget.updateComplete));
    for (const widget of widgets()) {
      expect(widget.shadowRoot!.querySelector('slot'), widget.localName).to.not.equal(null);
      expect(widget.shadowRoot!.querySelector('[aria-busy="true"], .loading'), `${widget.localName}: not busy, no loading message`).to.equal(null);
    }
    expect(visible(stage, '.wisg-static .title').length).to.be.greaterThan(0);
    await nextFrame();
    for (const after of afters()) expect(after.getBoundingClientRect().top + scrollY, after.textContent!).to.be.closeTo(afterPositions.get(after)!, 0.5);
  });

  it('the data in, the element takes over: what follows moves less than 2 % of the view (and layout shift ≤ 0.02 where measured)', async () => {
    await waitUntil(() => fetches.requests.length >= WIDTHS.length);
    for (const request of fetches.requests) request.respond(JSON.stringify(data));
    for (const widget of widgets()) await settled(widget);
    await nextFrame();
    await nextFrame();
    const moved = afters().map(
      (after) => `${after.closest('section')!.dataset.width} ${after.textContent}: ${(after.getBoundingClientRect().top + scrollY - afterPositions.get(after)!).toFixed(1)} px`,
    );
    for (const after of afters()) expect(Math.abs(after.getBoundingClientRect().top + scrollY - afterPositions.get(after)!), moved.join('; ')).to.be.at.most(0.02 * innerHeight);
    for (const widget of widgets()) expect(widget.shadowRoot!.querySelector('slot'), widget.localName).to.equal(null);
    if (supportsLayoutShift) {
      const total = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
      expect(total, 'cumulative layout shift').to.be.at.most(0.02);
    }
  });

  it('leaves no second copy: the pre-rendered content is no longer rendered, the element’s is', () => {
    const title = 'RFSL 2022-24';
    const shown = [...stage.querySelectorAll('wisg-project-card')].flatMap((card) => [
      ...visible(card, '.title').filter((node) => node.textContent!.trim() === title),
      ...visible(card.shadowRoot!, '.title').filter((node) => node.textContent!.trim() === title),
    ]);
    expect(shown.length, 'one title per card').to.equal(WIDTHS.length);
    expect(visible(stage, '.wisg-static *')).to.deep.equal([]);
  });

  it('the element works as without pre-rendered content: search, disclosure, the timeline’s keys', async () => {
    const list = stage.querySelector<WisgElement & { query: string | null }>('wisg-project-list[lang="en"]')!;
    list.query = null;
    await list.updateComplete;
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.focus();
    await sendKeys({ type: 'forum' });
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('p.count')!.textContent!.trim()).to.match(/^\d+ of 9 projects$/);

    const card = stage.querySelector<WisgElement & { expanded: boolean }>('wisg-project-card')!;
    const disclosure = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="disclosure"]')!;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    disclosure.click();
    await card.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');

    const timeline = stage.querySelector<WisgElement>('wisg-timeline')!;
    const first = timeline.shadowRoot!.querySelector<HTMLButtonElement>('.bars button')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = timeline.shadowRoot!.activeElement;
    expect(focused).to.not.equal(first);
    expect(focused?.closest('li')).to.equal(timeline.shadowRoot!.querySelectorAll('.bars > li')[1]);
  });
});

describe('pre-rendered content: the visitor’s place', () => {
  it('a visitor scrolled into the list before the data came keeps reading the same project, though the saved content was stale', async () => {
    const data = await wisgData();
    const fetches = controlFetch();
    const stage = document.createElement('div');
    stage.style.width = '600px';
    // Saved before the newest project was added: the fresh list has one card more above the visitor's place.
    const options = { element: 'list', lang: 'en', today: TODAY, src: '/data/wisg-projects.json?place', idPrefix: 'place' } as const;
    const newest = renderSnippet(data, options).projects[0]!.id;
    const stale = { ...data, projects: data.projects.filter((project) => project.id !== newest) };
    stage.innerHTML = `<p style="height:300px">Before.</p>${renderSnippet(stale, options).snippet}<p style="height:2000px">After.</p>`;
    document.body.append(stage);
    try {
      const list = stage.querySelector<WisgElement>('wisg-project-list')!;
      await waitUntil(() => fetches.requests.length === 1);
      // The fourth project at the top of the view, 40 px into it.
      const fourth = list.querySelectorAll<HTMLElement>('.wisg-static [data-project-id]')[3]!;
      scrollTo(0, fourth.getBoundingClientRect().top + scrollY + 40);
      await nextFrame();
      const id = fourth.getAttribute('data-project-id');
      const before = fourth.getBoundingClientRect().top;
      fetches.requests[0]!.respond(JSON.stringify(data));
      await settled(list);
      await nextFrame();
      const same = list.shadowRoot!.querySelector<HTMLElement>(`[data-project-id="${id}"]`)!;
      expect(same.getBoundingClientRect().top).to.be.closeTo(before, 1);
    } finally {
      fetches.restore();
      stage.remove();
      scrollTo(0, 0);
    }
  });

  for (const [element, lang, label] of [
    ['list', 'ka', 'პროექტის აქტივობები'],
    ['card', 'en', 'Project activities'],
  ] as const) {
    it(`${element} (${lang}): activities opened in the content the page holds (by the visitor, find-in-page or a text fragment) stay open when the element takes over`, async () => {
      const data = await wisgData();
      const fetches = controlFetch();
      const stage = document.createElement('div');
      const options = { element, lang, today: TODAY, src: `/data/wisg-projects.json?open-${element}`, projectId: 'rfsl-2022-24', idPrefix: `open-${element}` };
      stage.innerHTML = renderSnippet(data, options).snippet;
      document.body.append(stage);
      try {
        const widget = stage.querySelector<WisgElement>(`wisg-project-${element}`)!;
        await waitUntil(() => fetches.requests.length === 1);
        // What the browser does for a find or a #:~:text= match in a closed <details>: it opens it.
        const held = widget.querySelector<HTMLElement>('.wisg-static [data-project-id="rfsl-2022-24"]')!;
        held.querySelector('details')!.open = true;
        fetches.requests[0]!.respond(JSON.stringify(data));
        await settled(widget);
        await widget.updateComplete;
        const root = widget.shadowRoot!;
        const disclosures = [...root.querySelectorAll<HTMLButtonElement>('.disclosure')];
        const opened = disclosures.filter((button) => button.getAttribute('aria-expanded') === 'true');
        expect(
          opened.map((button) => button.closest('[data-project-id]')!.getAttribute('data-project-id')),
          'open cards',
        ).to.deep.equal(['rfsl-2022-24']);
        expect(opened[0]!.textContent).to.contain(label);
        const activities = root.querySelector<HTMLElement>('[data-project-id="rfsl-2022-24"] .activities-body')!;
        expect(activities.checkVisibility(), 'its activities are shown').to.equal(true);
        if (element === 'list') expect(disclosures.length, 'the other cards are there, closed').to.be.greaterThan(1);
      } finally {
        fetches.restore();
        stage.remove();
      }
    });
  }

  it('a failed load keeps the content the page holds, under the error', async () => {
    const data = await wisgData();
    const fetches = controlFetch();
    const stage = document.createElement('div');
    stage.innerHTML = renderSnippet(data, { element: 'card', lang: 'en', today: TODAY, src: '/data/missing.json', projectId: 'rfsl-2022-24', idPrefix: 'failed' }).snippet;
    document.body.append(stage);
    try {
      const card = stage.querySelector<WisgElement>('wisg-project-card')!;
      await waitUntil(() => fetches.requests.length === 1);
      fetches.requests[0]!.respond('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
      await settled(card);
      expect(card.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/Could not load the projects/);
      expect(card.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(card.querySelector<HTMLElement>('.wisg-static .title')!.checkVisibility()).to.equal(true);
    } finally {
      fetches.restore();
      stage.remove();
    }
  });
});
