// What a screen reader is given (issue 15): accessible names, the period line's boxes, the
// loading state and the list's live region, checked in the browser. What Orca then says is
// test/screen-reader/ (npm run test:screen-reader).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { can } from '../engine.js';
import '../../src/wisg-widgets.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import { ANNOUNCE_DELAY } from '../../src/list/project-list.js';
import { staticStyles } from '../../src/render/static-styles.js';
import { AnnouncerController } from '../../src/shared/announcer.js';
import type { WisgTimeline } from '../../src/timeline/timeline.js';

const TODAY = '2024-06-01';
let bundled: unknown;
async function wisgData(): Promise<{ lang: string; projects: Record<string, unknown>[] }> {
  bundled ??= await (await fetch('/data/wisg-projects.json')).json();
  return structuredClone(bundled) as { lang: string; projects: Record<string, unknown>[] };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
function axNodes(node: AxNode, role: string, found: AxNode[] = []): AxNode[] {
  if (node.role === role) found.push(node);
  node.children?.forEach((child) => axNodes(child, role, found));
  return found;
}

/** Waits until a widget has rendered its data. */
async function ready<T extends HTMLElement>(element: T): Promise<T> {
  await waitUntil(() => element.shadowRoot?.querySelector('.card, .bars li'), 'the widget did not render its data');
  return element;
}

/** A fetch that never answers: the widget stays in its loading state. */
async function whileLoading<T>(body: () => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  window.fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  try {
    return await body();
  } finally {
    window.fetch = realFetch;
  }
}

/** Where a box is, in px. */
const box = (element: Element) => element.getBoundingClientRect();

describe('what a screen reader is given', () => {
  describe('the activities button carries its project (item 2)', () => {
    for (const [lang, label] of [
      ['en', 'Project activities (4): RFSL 2022-24'],
      ['ka', 'პროექტის აქტივობები (4): RFSL 2022-24'],
    ] as const) {
      it(`in a card, named "${label}", starting with what it shows`, async () => {
        const card = await ready(await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${TODAY} project-id="rfsl-2022-24" .data=${await wisgData()}></wisg-project-card>`));
        const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="disclosure"]')!;
        // What it shows stays short; the name adds the project, after it (voice control users say what they see).
        expect(text(button)).to.equal(label.split(':')[0]);
        expect(button.getAttribute('aria-label')).to.equal(label);
        if (can.readAccessibilityTree) {
          const tree = (await a11ySnapshot({})) as unknown as AxNode;
          // The card's buttons: its activities, then the copy button beside "Link to this project".
          expect(axNodes(tree, 'button').map((node) => node.name)).to.deep.equal([label, lang === 'ka' ? 'ბმულის კოპირება' : 'Copy link']);
        }
        // The article is named by its heading (Orca 43 does not say an article's name; other readers may).
        const article = card.shadowRoot!.querySelector('article')!;
        expect(text(card.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!))).to.equal('RFSL 2022-24');
        await expect(card).to.be.accessible();
      });
    }

    it('in a list, every button names its own project, in the language shown', async () => {
      const data = await wisgData();
      const list = await ready(await fixture<WisgProjectList>(html`<wisg-project-list lang="ka" today=${TODAY} .data=${data}></wisg-project-list>`));
      const cards = [...list.shadowRoot!.querySelectorAll('.items .card')];
      expect(cards).to.have.length(9);
      const names = cards.map((card) => card.querySelector('[part="disclosure"]')?.getAttribute('aria-label'));
      const expected = cards.map((card) => {
        const activities = card.querySelectorAll('.activity-list:not(.activity-list .activity-list) > li').length;
        return `პროექტის აქტივობები (${activities}): ${text(card.querySelector('.title'))}`;
      });
      expect(names).to.deep.equal(expected);
      expect(new Set(names).size, 'no two alike').to.equal(9);
    });

    it('in the timeline’s details dialog too', async () => {
      const timeline = await ready(await fixture<WisgTimeline>(html`<wisg-timeline lang="en" today=${TODAY} .data=${await wisgData()}></wisg-timeline>`));
      timeline.showDetails('rfsl-2022-24');
      await timeline.updateComplete;
      const dialog = timeline.shadowRoot!.querySelector('dialog')!;
      expect(dialog.querySelector('[part="disclosure"]')!.getAttribute('aria-label')).to.equal('Project activities (4): RFSL 2022-24');
      await expect(timeline).to.be.accessible();
      timeline.closeDetails();
    });
  });

  describe('the period and status line is one line of text, not flex items (item 3)', () => {
    /** The line's boxes: no flex or grid container, whose items Chromium exposes as separate objects (Orca reads "article" between them). */
    function expectTextLine(meta: Element) {
      expect(getComputedStyle(meta).display, 'the line').to.equal('block');
      for (const child of meta.children) expect(getComputedStyle(child).display, `${child.className}`).to.match(/^inline/);
    }

    /** The look is kept: on one line with 1em (±) between period and status when there is room; wrapped, with a gap, when not. */
    function expectLook(meta: HTMLElement) {
      const period = meta.querySelector('.period')!;
      const status = meta.querySelector('.status')!;
      const em = parseFloat(getComputedStyle(meta).fontSize);
      expect(Math.abs(box(status).top - box(period).top), 'one line').to.be.below(em * 0.5);
      expect(box(status).left - box(period).right, '1em apart').to.be.within(em * 0.9, em * 1.3);
      meta.style.width = `${box(period).width + em}px`;
      expect(box(status).top - box(period).bottom, 'wrapped, with a gap').to.be.within(em * 0.1, em * 0.6);
      meta.style.width = '';
    }

    it('in a card and in each list item', async () => {
      const data = await wisgData();
      const card = await ready(await fixture<WisgProjectCard>(html`<wisg-project-card lang="ka" today=${TODAY} project-id="rfsl-2022-24" .data=${data}></wisg-project-card>`));
      const meta = card.shadowRoot!.querySelector<HTMLElement>('[part="meta"]')!;
      expectTextLine(meta);
      expectLook(meta);
      const list = await ready(await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY} .data=${data}></wisg-project-list>`));
      for (const line of list.shadowRoot!.querySelectorAll('[part="meta"]')) expectTextLine(line);
    });

    it('in the timeline’s details dialog', async () => {
      const timeline = await ready(await fixture<WisgTimeline>(html`<wisg-timeline lang="en" today=${TODAY} .data=${await wisgData()}></wisg-timeline>`));
      timeline.showDetails('rfsl-2022-24');
      await timeline.updateComplete;
      const meta = timeline.shadowRoot!.querySelector<HTMLElement>('dialog [part="meta"]')!;
      expect(text(meta)).to.equal('1 October 2022 – 30 November 2024 Ongoing');
      expectTextLine(meta);
      timeline.closeDetails();
    });

    it('in the pre-rendered content’s stylesheet, dist/wisg-widgets.css (the same styles, rewritten)', () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(staticStyles());
      const rules = (list: CSSRuleList): CSSStyleRule[] => [...list].flatMap((rule) => (rule instanceof CSSStyleRule ? [rule] : 'cssRules' in rule ? rules((rule as CSSGroupingRule).cssRules) : []));
      const all = rules(sheet.cssRules);
      const meta = all.filter((rule) => /\.meta$/.test(rule.selectorText));
      expect(meta, 'the line is styled').to.have.length.above(0);
      for (const rule of meta) expect(rule.style.display, rule.selectorText).to.be.oneOf(['', 'block']);
      const period = all.filter((rule) => /\.meta > \.period$/.test(rule.selectorText));
      expect(period.map((rule) => rule.style.display)).to.include('inline-block');
    });
  });

  describe('loading: text in place, no live region (item 4)', () => {
    for (const tag of ['wisg-project-card', 'wisg-project-list', 'wisg-timeline']) {
      it(`<${tag}> says "იტვირთება…" where it is, as text`, async () => {
        await whileLoading(async () => {
          const element = await fixture<HTMLElement>(`<${tag} lang="ka" project-id="rfsl-2022-24" src="/never-answers.json"></${tag}>`);
          const root = element.shadowRoot!;
          expect(text(root.querySelector('[part="loading"]'))).to.equal('იტვირთება…');
          // A status region under aria-busy is read as an empty "statusbar", and announced after the page's text.
          expect(root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')).to.have.length(0);
          await expect(element).to.be.accessible();
        });
      });
    }

    it('with its data in hand as it is first drawn (inline JSON), the list draws its menus with their choices, out of the accessibility tree for their first moments, then in it (item 5)', async () => {
      const data = await wisgData();
      const drawn = performance.now();
      const element = Object.assign(document.createElement('wisg-project-list'), { lang: 'ka' });
      element.setAttribute('today', TODAY);
      element.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(data) }));
      const list = await fixture<WisgProjectList>(element);
      await ready(list);
      const menus = [...list.shadowRoot!.querySelectorAll('select')];
      expect(menus.map((menu) => menu.labels[0]?.textContent)).to.deep.equal(['სტატუსი', 'წელი', 'დალაგება']);
      expect(menus.map((menu) => text(menu.selectedOptions[0]))).to.deep.equal(['ყველა', 'ყველა', 'ჯერ ახალი']);
      expect(menus.every((menu) => menu.options.length > 1 && !menu.disabled)).to.equal(true);
      expect(menus.map((menu) => menu.inert)).to.deep.equal([true, true, true]);
      await waitUntil(() => menus.every((menu) => !menu.inert), 'the menus enter the accessibility tree', { timeout: 3000 });
      expect(performance.now() - drawn).to.be.within(150, 3000);
      expect(menus.map((menu) => text(menu.selectedOptions[0]))).to.deep.equal(['ყველა', 'ყველა', 'ჯერ ახალი']);
      await expect(list).to.be.accessible();
    });

    it('menus first drawn when `data` is set a while after the list was put on the page, and a moved list, are held out of the tree for a moment too (item 5)', async () => {
      const data = await wisgData();
      const list = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY}></wisg-project-list>`);
      await new Promise((done) => setTimeout(done, 400));
      list.data = data;
      await ready(list);
      const menus = () => [...list.shadowRoot!.querySelectorAll('select')];
      expect(menus().map((menu) => text(menu.selectedOptions[0]))).to.deep.equal(['All', 'All', 'Newest first']);
      expect(menus().map((menu) => menu.inert)).to.deep.equal([true, true, true]);
      await waitUntil(() => menus().every((menu) => !menu.inert), 'the menus enter the accessibility tree', { timeout: 3000 });

      list.parentElement!.prepend(Object.assign(document.createElement('p'), { textContent: 'Moved below this.' }));
      list.parentElement!.append(list);
      await list.updateComplete;
      expect(menus().map((menu) => menu.inert)).to.deep.equal([true, true, true]);
      await waitUntil(() => menus().every((menu) => !menu.inert), 'the moved menus enter the accessibility tree again', { timeout: 3000 });
      await expect(list).to.be.accessible();
    });

    it('the list draws its heading and toolbar while loading, disabled, the menus inert (out of the accessibility tree); the data enables the same controls and adds choices (item 5)', async () => {
      const data = await wisgData();
      let release!: () => void;
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>((resolve) => (release = () => resolve(new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } }))));
      try {
        const list = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY} heading="Our projects" sort="title" src="/slow.json"></wisg-project-list>`);
        const root = list.shadowRoot!;
        const controls = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[part="toolbar"] :is(input, select)')];
        expect(controls.map((control) => control.id)).to.deep.equal(['search', 'status', 'year', 'sort']);
        expect(controls.every((control) => control.disabled)).to.equal(true);
        expect(text(root.querySelector('[part="caption"]'))).to.equal('Our projects');
        expect(text(root.querySelector('[part="loading"]'))).to.equal('Loading…');
        const [search, status, year, sort] = controls as [HTMLInputElement, HTMLSelectElement, HTMLSelectElement, HTMLSelectElement];
        expect([status, year, sort].map((select) => text(select.selectedOptions[0]))).to.deep.equal(['All', 'All', 'Title (A–Z)']);
        // Orca 43 presents a menu whose options change in the accessibility tree as if focused, unasked.
        expect(controls.map((control) => control.inert)).to.deep.equal([false, true, true, true]);
        await expect(list).to.be.accessible();

        release();
        await ready(list);
        expect(search.disabled).to.equal(false);
        const after = [...root.querySelectorAll('[part="toolbar"] :is(input, select)')];
        // The same elements: a menu put on a page that a screen reader is reading is read out unasked.
        expect(after).to.deep.equal(controls);
        expect(controls.some((control) => control.disabled)).to.equal(false);
        // Drawn less than MENUS_SETTLE_MS ago, the menus may still be held out of the tree; then they come in as they are.
        await waitUntil(() => !controls.some((control) => control.inert), 'the menus enter the accessibility tree', { timeout: 3000 });
        expect(status.options.length).to.be.above(1);
        expect(year.options.length).to.be.above(1);
        expect([status, year, sort].map((select) => text(select.selectedOptions[0]))).to.deep.equal(['All', 'All', 'Title (A–Z)']);
        await expect(list).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('the list’s live region (item 4)', () => {
    let hold: number;
    beforeEach(() => (hold = AnnouncerController.hold));
    afterEach(() => (AnnouncerController.hold = hold));

    it('has no role, is empty as the list loads, says the count once typing pauses, then empties', async function () {
      // Waits for two announcements and an emptying (about 4 s), then axe over nine cards.
      this.timeout(30_000);
      AnnouncerController.hold = 1500;
      const list = await ready(await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY} .data=${await wisgData()}></wisg-project-list>`));
      const root = list.shadowRoot!;
      const region = root.querySelector('.announcement')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.hasAttribute('role'), 'no role: Orca reads role=status as "statusbar"').to.equal(false);
      expect(root.querySelectorAll('[role="status"]')).to.have.length(0);
      await pause(ANNOUNCE_DELAY + 200);
      expect(text(region), 'the count shown as the list loads is the page’s own text, not announced').to.equal('');

      const said: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) said.push(text(node));
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      root.querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'queer' });
      await pause(ANNOUNCE_DELAY + 200);
      await list.updateComplete;
      const count = text(root.querySelector('[part="count"]'));
      expect(count).to.match(/^\d of 9 projects$/);
      // Once, as a new element (heard whole, not as the characters that changed).
      expect(said).to.deep.equal([count]);
      await waitUntil(() => text(region) === '', 'the region empties after a while', { timeout: 4000 });

      // A different count: a new element again.
      await sendKeys({ type: ' zzz' });
      await pause(ANNOUNCE_DELAY + 200);
      await list.updateComplete;
      expect(said).to.deep.equal([count, 'No projects found']);
      observer.disconnect();
      await expect(list).to.be.accessible();
    });
  });
});
