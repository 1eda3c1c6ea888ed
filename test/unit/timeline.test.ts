import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { can, forcedColors, shiftTab } from '../engine.js';
import { dayNumber } from '../../src/data/dates.js';
import type { WisgProjectSelectEvent } from '../../src/shared/events.js';
import '../../src/wisg-timeline.js';
import type { WisgTimeline } from '../../src/timeline/timeline.js';
import { expectElement } from './helpers.js';

const SRC = '/data/wisg-projects.json';
/** 30 projects with long Georgian (and English) titles, some of them a few months long. */
const LONG_TITLES = '/test/fixtures/timeline/long-titles-30.json';
const TODAY = '2025-01-15';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

/** The nine projects in time order: start, then end, then id. */
const PROJECTS = [
  ['lbti-rights-evidence-based-research', '2021-01-01', '2023-12-31'],
  ['intersectional-queer-feminist-movement', '2022-01-01', '2023-12-31'],
  ['queer-legal-aid-trans-policy', '2022-01-01', '2023-12-31'],
  ['lgbtqi-visibility-communication', '2022-07-01', '2024-12-31'],
  ['gbv-dv-georgia', '2022-07-06', '2023-05-09'],
  ['rfsl-2022-24', '2022-10-01', '2024-11-30'],
  ['lbti-community-georgia', '2023-01-01', '2023-12-31'],
  ['intersectional-feminist-dialogue-queer-academia', '2023-04-01', '2023-11-30'],
  ['un-joint-programme-gender-equality', '2023-08-24', '2026-12-24'],
] as const;

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};

async function settled(element: WisgTimeline): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('.bars, .error, .empty'), 'the timeline did not settle', { timeout: 5000 });
  await element.updateComplete;
}

async function timeline(attributes: { lang?: string; width?: number; from?: string; to?: string; theme?: string; today?: string } = {}): Promise<WisgTimeline> {
  const element = await fixture<WisgTimeline>(html`<wisg-timeline
    src=${SRC}
    today=${attributes.today ?? TODAY}
    lang=${attributes.lang ?? 'en'}
    style="width: ${attributes.width ?? 1000}px"
    from=${attributes.from ?? ''}
    to=${attributes.to ?? ''}
    theme=${attributes.theme ?? 'auto'}
  ></wisg-timeline>`);
  await settled(element);
  return element;
}

const root = (element: WisgTimeline) => element.shadowRoot!;
const bars = (element: WisgTimeline) => [...root(element).querySelectorAll<HTMLLIElement>('.bars > li')];
const buttons = (element: WisgTimeline) => [...root(element).querySelectorAll<HTMLButtonElement>('.bars > li button')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The title of the bar that has focus. */
const focusedTitle = (element: WisgTimeline) => text(root(element).activeElement?.closest('li')?.querySelector('.bar-title'));
/** A row's bar on the axis: the box with its border and background (the `<li>` is the whole row). */
const face = (li: Element) => li.querySelector<HTMLElement>('.face')!;
/** A row's label: the button (in its heading) with the title, period and status. */
const label = (li: Element) => li.querySelector<HTMLElement>('.label')!;
const barOf = (element: WisgTimeline, title: string) => bars(element).find((li) => text(li.querySelector('.bar-title')) === title)!;
const dialog = (element: WisgTimeline) => root(element).querySelector('dialog')!;

async function axTree(): Promise<AxNode> {
  // The accessibility tree follows the DOM a frame later.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (await a11ySnapshot({})) as unknown as AxNode;
}

describe('<wisg-timeline>', () => {
  afterEach(async () => {
    if (can.emulateLightScheme) await emulateMedia({ colorScheme: 'light' });
  });

  describe('what it shows', () => {
    it('has a visible heading and a summary of the years and projects, in English and Georgian', async () => {
      const en = await timeline();
      const heading = root(en).querySelector('h2')!;
      expect(text(heading)).to.equal('Project timeline');
      expect(text(root(en).querySelector('.summary'))).to.equal('2021–2026 · 9 projects');
      expect(root(en).querySelector('ol')!.getAttribute('aria-labelledby')).to.equal(heading.id);

      const ka = await timeline({ lang: 'ka' });
      expect(text(root(ka).querySelector('h2'))).to.equal('პროექტების ქრონოლოგია');
      expect(text(root(ka).querySelector('.summary'))).to.equal('2021–2026 · 9 პროექტი');
    });

    it('takes its heading text and level from attributes', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline src=${SRC} today=${TODAY} lang="en" caption="Our work in time" heading-level="3"></wisg-timeline>`);
      await settled(element);
      expect(text(root(element).querySelector('h3.caption'))).to.equal('Our work in time');
      expect(root(element).querySelectorAll('.bars h4')).to.have.length(9);
    });

    it('takes its heading from the heading attribute, as the list does; heading wins over the old caption', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline src=${SRC} today=${TODAY} lang="ka" heading="ჩვენი საქმე დროში" caption="Our work in time"></wisg-timeline>`);
      await settled(element);
      expect(text(root(element).querySelector('h2.caption'))).to.equal('ჩვენი საქმე დროში');
      expect(root(element).querySelector('ol')!.getAttribute('aria-labelledby')).to.equal('caption');
      element.removeAttribute('heading');
      await element.updateComplete;
      expect(text(root(element).querySelector('h2.caption'))).to.equal('Our work in time');
    });

    it('is an ordered list of the projects in time order, each with a heading, <time> start and end, and a status word', async () => {
      const element = await timeline();
      const items = bars(element);
      expect(items).to.have.length(9);
      expect(root(element).querySelector('.bars')!.localName).to.equal('ol');
      const times = items.map((li) => [...li.querySelectorAll('time')].map((time) => time.getAttribute('datetime')));
      expect(times).to.deep.equal(PROJECTS.map(([, start, end]) => [start, end]));
      const rfsl = barOf(element, 'RFSL 2022-24');
      expect(rfsl.querySelector('h3')).to.exist;
      expect(text(rfsl)).to.equal('RFSL 2022-24 1 October 2022 – 30 November 2024 Completed');
      expect(text(barOf(element, 'UN Joint Programme for Gender Equality').querySelector('.status'))).to.equal('Ongoing');
    });

    it('says the status in words and by shape, not by colour alone', async () => {
      const element = await timeline({ lang: 'ka' });
      for (const li of bars(element)) {
        const status = li.querySelector<HTMLElement>('.status')!;
        expect(['დასრულებული', 'მიმდინარე']).to.include(text(status));
        expect(status.getBoundingClientRect().width, 'the status word is not clipped away').to.be.greaterThan(40);
      }
      const ongoing = barOf(element, 'გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის');
      const completed = barOf(element, 'RFSL 2022-24');
      // Ongoing bars have a heavier outline as well as another colour; the symbols differ too.
      expect(getComputedStyle(face(ongoing)).borderTopWidth).not.to.equal(getComputedStyle(face(completed)).borderTopWidth);
      const fill = (li: Element) => getComputedStyle(li.querySelector('.status')!, '::before').backgroundColor;
      expect(fill(ongoing)).not.to.equal(fill(completed));
    });

    it('gives each status its own edge, and its word in full beside the shortest bar, in forced colours too', async () => {
      const statuses = ['planned', 'ongoing', 'completed', 'suspended', 'cancelled'] as const;
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today=${TODAY} lang="en" to="2026" style="width: 1000px"></wisg-timeline>`);
      element.projects = statuses.map((status) => ({ id: status, title: `A ${status} project`, start: '2019-01', end: '2019-03', status }));
      await settled(element);
      const barFor = (status: string) => bars(element).find((li) => text(li.querySelector('.bar-title')) === `A ${status} project`)!;
      for (const status of statuses) {
        const li = barFor(status);
        const word = li.querySelector<HTMLElement>('.status')!;
        // A two-month bar on an eight-year axis: the word is in the label column, not in the bar.
        expect(word.innerText, status).to.equal(status[0]!.toUpperCase() + status.slice(1));
        expect(word.getBoundingClientRect().right, `${status}: the word is beside the bar`).to.be.at.most(face(li).getBoundingClientRect().left);
      }
      const edge = (status: string) => {
        const style = getComputedStyle(face(barFor(status)));
        return `${style.borderTopStyle} ${style.borderTopWidth}, leading ${style.borderLeftStyle} ${style.borderLeftWidth}`;
      };
      const colour = (status: string) => getComputedStyle(face(barFor(status))).borderLeftColor;
      expect(new Set(statuses.map(edge)).size, statuses.map(edge).join(' | ')).to.equal(statuses.length);
      expect(colour('completed')).not.to.equal(colour('cancelled'));
      if (!can.emulateForcedColors) return; // CDP only (test/engine.ts)
      await forcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        // One colour for every status now: only the edges tell them apart.
        expect(new Set(statuses.map(colour)).size).to.equal(1);
        expect(new Set(statuses.map(edge)).size, statuses.map(edge).join(' | ')).to.equal(statuses.length);
      } finally {
        await forcedColors(false);
      }
    });
  });

  describe('geometry', () => {
    it('starts and sizes each bar by its dates on the axis', async () => {
      const element = await timeline({ width: 1200 });
      const axis = root(element).querySelector('.axis')!.getBoundingClientRect();
      const start = day('2021-01-01');
      const span = day('2027-01-01') - start;
      const items = bars(element);
      PROJECTS.forEach(([, from, to], i) => {
        const box = face(items[i]!).getBoundingClientRect();
        expect(box.left - axis.left, `${PROJECTS[i]![0]} starts`).to.be.closeTo(((day(from) - start) / span) * axis.width, 1.5);
        expect(box.width, `${PROJECTS[i]![0]} lasts`).to.be.closeTo(((day(to) + 1 - day(from)) / span) * axis.width, 1.5);
      });
      // The axis labels sit on the years they name.
      const ticks = [...root(element).querySelectorAll('.year')];
      expect(ticks.map(text)).to.deep.equal(['2021', '2022', '2023', '2024', '2025', '2026']);
      expect(ticks[2]!.getBoundingClientRect().left - axis.left).to.be.closeTo(((day('2023-01-01') - start) / span) * axis.width, 1.5);
    });

    it('gives each project its own row, in time order, and overlapping projects overlapping bars; equal periods equal lengths', async () => {
      const element = await timeline();
      const items = bars(element);
      const boxes = items.map((li) => face(li).getBoundingClientRect());
      // Rows top to bottom in time order; each bar level with its own title.
      items.forEach((li, i) => {
        if (i) expect(li.getBoundingClientRect().top, `${PROJECTS[i]![0]} is below ${PROJECTS[i - 1]![0]}`).to.be.at.least(items[i - 1]!.getBoundingClientRect().bottom - 1);
        const title = li.querySelector('.bar-title')!.getBoundingClientRect();
        expect(boxes[i]!.top, `${PROJECTS[i]![0]}: the bar is on its title's row`).to.be.within(title.top - 4, title.top + 8);
        expect(boxes[i]!.bottom).to.be.at.most(li.getBoundingClientRect().bottom);
      });
      // Projects that run at the same time have bars that overlap in x; those that do not, do not.
      const overlap = (a: number, b: number) => day(PROJECTS[a]![1]) <= day(PROJECTS[b]![2]) && day(PROJECTS[b]![1]) <= day(PROJECTS[a]![2]);
      let pairs = 0;
      for (let a = 0; a < 9; a++)
        for (let b = a + 1; b < 9; b++) {
          const [x, y] = [boxes[a]!, boxes[b]!];
          const seen = x.left < y.right - 0.5 && y.left < x.right - 0.5;
          expect(seen, `${PROJECTS[a]![0]} and ${PROJECTS[b]![0]}`).to.equal(overlap(a, b));
          if (seen) pairs++;
        }
      expect(pairs).to.be.greaterThan(20);
      // Three projects ran 1 January 2022 – 31 December 2023 (two) and 1 January 2021 – … : the two equal periods have equal bars.
      expect(boxes[1]!.width).to.be.closeTo(boxes[2]!.width, 0.5);
      expect(boxes[1]!.left).to.be.closeTo(boxes[2]!.left, 0.5);
    });

    it('spans from/to years when given, cutting bars at the edges and leaving out projects outside', async () => {
      const element = await timeline({ from: '2024', to: '2026' });
      expect(text(root(element).querySelector('.summary'))).to.equal('2024–2026 · 3 projects');
      expect([...root(element).querySelectorAll('.year')].map(text)).to.deep.equal(['2024', '2025', '2026']);
      const axis = root(element).querySelector('.axis')!.getBoundingClientRect();
      const visibility = barOf(element, 'Supporting Positive Visibility of the LGBT(Q)I Community and Effective Communication on Queer Issues in Georgia');
      expect(face(visibility).getBoundingClientRect().left).to.be.closeTo(axis.left, 1);
      expect(face(visibility).getBoundingClientRect().right - axis.left).to.be.closeTo((366 / (366 + 365 + 365)) * axis.width, 1.5);
      // The cut edge is drawn open.
      expect(getComputedStyle(face(visibility)).borderTopLeftRadius).to.equal('0px');
      // Its accessible name keeps the real dates.
      expect(visibility.querySelector('button')!.getAttribute('aria-label')).to.contain('1 July 2022 – 31 December 2024');
    });

    it('marks today on the axis, and not at all when today is outside it', async () => {
      const element = await timeline({ width: 1200 });
      const axis = root(element).querySelector('.axis')!.getBoundingClientRect();
      const marker = root(element).querySelector('.today')!;
      expect(text(marker)).to.equal('Today');
      const expected = ((day(TODAY) - day('2021-01-01')) / (day('2027-01-01') - day('2021-01-01'))) * axis.width;
      expect(marker.getBoundingClientRect().left - axis.left).to.be.closeTo(expected, 1.5);
      // Later today, later marker.
      element.today = '2026-06-30';
      await element.updateComplete;
      expect(marker.getBoundingClientRect().left - axis.left).to.be.closeTo(((day('2026-06-30') - day('2021-01-01')) / (day('2027-01-01') - day('2021-01-01'))) * axis.width, 1.5);
      element.today = '2030-01-01';
      await element.updateComplete;
      expect(root(element).querySelector('.today')).to.equal(null);

      const ka = await timeline({ lang: 'ka' });
      expect(text(root(ka).querySelector('.today'))).to.equal('დღეს');
    });

    it('runs an open-ended project to the axis end and draws it open', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today="2025-06-01" lang="en" style="width: 1000px"></wisg-timeline>`);
      element.projects = [
        { id: 'open', title: 'Shelter hotline', start: '2024-03-01' },
        { id: 'closed', title: 'Training', start: '2023-01-01', end: '2023-06-30' },
      ];
      await settled(element);
      expect(text(root(element).querySelector('.summary'))).to.equal('2023–2025 · 2 projects');
      const axis = root(element).querySelector('.axis')!.getBoundingClientRect();
      const open = barOf(element, 'Shelter hotline');
      expect(face(open).getBoundingClientRect().right).to.be.closeTo(axis.right, 1);
      expect(getComputedStyle(face(open)).borderRightStyle).to.equal('dashed');
      expect(getComputedStyle(face(barOf(element, 'Training'))).borderRightStyle).to.equal('solid');
      expect(text(open)).to.equal('Shelter hotline 1 March 2024 – present Ongoing');
      expect(open.querySelectorAll('time')).to.have.length(1);
    });

    it('labels months only when there is room for them', async () => {
      // The axis has 62 % of the width (the label column the rest): a year's months need about 1,900 px (February is the narrowest).
      const year = await timeline({ from: '2023', to: '2023', width: 2000 });
      const months = [...root(year).querySelectorAll<HTMLElement>('.month span')];
      expect(months.map(text)).to.deep.equal(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
      expect(months.every((month) => month.checkVisibility({ visibilityProperty: true }))).to.equal(true);

      const six = await timeline({ width: 1000 });
      const crowded = [...root(six).querySelectorAll<HTMLElement>('.month span')];
      expect(crowded).to.have.length(72);
      expect(crowded.some((month) => month.checkVisibility({ visibilityProperty: true }))).to.equal(false);
      expect([...root(six).querySelectorAll<HTMLElement>('.year span')].every((label) => label.checkVisibility({ visibilityProperty: true }))).to.equal(true);

      const ka = await timeline({ lang: 'ka', from: '2023', to: '2023', width: 1200 });
      expect(text(root(ka).querySelectorAll('.month span')[7])).to.equal('აგვისტო');
    });

    it('shows the focus ring round the whole row, inside the chart', async () => {
      for (const lang of ['ka', 'en']) {
        const element = await timeline({ lang, width: 700 });
        buttons(element)[0]!.focus();
        await sendKeys({ press: 'Home' }); // from the keyboard: the ring shows
        const chart = root(element).querySelector('.chart')!.getBoundingClientRect();
        for (const [i, li] of bars(element).entries()) {
          if (i) await sendKeys({ press: 'ArrowRight' });
          const title = text(li.querySelector('.bar-title'));
          expect(focusedTitle(element)).to.equal(title);
          const style = getComputedStyle(li);
          expect(style.outlineStyle, `${lang} ${title}: a focus ring`).to.equal('solid');
          const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const box = li.getBoundingClientRect();
          expect(box.left - ring, `${lang} ${title}: left`).to.be.at.least(chart.left - 0.5);
          expect(box.right + ring, `${lang} ${title}: right`).to.be.at.most(chart.right + 0.5);
        }
      }
    });
  });

  describe('titles in full', () => {
    interface Data {
      projects: { id: string; title: { ka: string; en: string }; start: string; end?: string }[];
    }
    const sources = { 'the WISG data': SRC, '30 long Georgian titles': LONG_TITLES };
    for (const [name, src] of Object.entries(sources))
      for (const width of [1280, 1024])
        it(`shows every title and period whole at ${width} px, in Georgian and English (${name})`, async function () {
          if (!can.setViewport) this.skip(); // not over classic WebDriver (test/engine.ts)
          const data = (await (await fetch(src)).json()) as Data;
          await setViewport({ width, height: 800 });
          try {
            for (const lang of ['ka', 'en'] as const) {
              const element = await fixture<WisgTimeline>(html`<wisg-timeline src=${src} today=${TODAY} lang=${lang}></wisg-timeline>`);
              await settled(element);
              await waitUntil(() => bars(element).length === data.projects.length);
              expect(getComputedStyle(root(element).querySelector('.axis')!).display, 'the chart, not the stacked list').not.to.equal('none');
              for (const li of bars(element)) {
                const project = data.projects.find((candidate) => candidate.id === li.dataset.projectId)!;
                const title = li.querySelector<HTMLElement>('.bar-title')!;
                const when = li.querySelector<HTMLElement>('.when')!;
                const what = `${lang} ${width} ${project.id}`;
                // What is painted, not what the DOM holds: innerText leaves out what CSS hides.
                expect(title.innerText.replace(/\s+/g, ' '), `${what}: the whole title`).to.equal(project.title[lang]);
                for (const part of [title, when, li.querySelector<HTMLElement>('.label')!]) {
                  expect(part.scrollWidth, `${what}: ${part.className} is not cut at the side`).to.be.at.most(part.clientWidth);
                  expect(part.scrollHeight, `${what}: ${part.className} is not cut at the bottom`).to.be.at.most(part.clientHeight + 1);
                  expect(getComputedStyle(part).textOverflow, `${what}: no ellipsis`).not.to.equal('ellipsis');
                }
                expect(when.innerText.replace(/\s+/g, ' '), `${what}: the period and status`).to.match(/^\d+ \S+ \d{4} – \S/);
                // Nothing is drawn over the text: the bar is on the axis, beside the label.
                const label = li.querySelector('.label')!.getBoundingClientRect();
                expect(face(li).getBoundingClientRect().left, `${what}: the bar is beside the label`).to.be.at.least(label.right - 0.5);
                expect(label.bottom, `${what}: the label is inside its row`).to.be.at.most(li.getBoundingClientRect().bottom + 0.5);
              }
            }
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });

    it('still draws time: each bar from its start to its end on the axis, at 1024 px too', async function () {
      if (!can.setViewport) this.skip();
      await setViewport({ width: 1024, height: 800 });
      try {
        const data = (await (await fetch(LONG_TITLES)).json()) as Data;
        const element = await fixture<WisgTimeline>(html`<wisg-timeline src=${LONG_TITLES} today=${TODAY} lang="ka"></wisg-timeline>`);
        await settled(element);
        const axis = root(element).querySelector('.axis')!.getBoundingClientRect();
        const years = [...root(element).querySelectorAll('.year')].map(text);
        const start = day(`${years[0]}-01-01`);
        const span = day(`${Number(years.at(-1)) + 1}-01-01`) - start;
        const at = (iso: string) => axis.left + ((day(iso) - start) / span) * axis.width;
        for (const li of bars(element)) {
          const project = data.projects.find((candidate) => candidate.id === li.dataset.projectId)!;
          const box = face(li).getBoundingClientRect();
          expect(box.left, `${project.id} starts`).to.be.closeTo(at(project.start), 1.5);
          // The end is the end of the last day.
          if (project.end) expect(box.right, `${project.id} ends`).to.be.closeTo(at(project.end) + axis.width / span, 1.5);
          else expect(box.right, `${project.id} runs on`).to.be.closeTo(axis.right, 1);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('accessible names', () => {
    it('names each bar by title, period and status, in English', async function () {
      if (!can.readAccessibilityTree) this.skip(); // read over CDP: Chromium only (test/engine.ts)
      const element = await timeline();
      const tree = await axTree();
      const rfsl = findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, (node) => node.role === 'button' && node.name.startsWith('RFSL'));
      expect(rfsl?.name).to.equal('RFSL 2022-24, 1 October 2022 – 30 November 2024, completed');
      const un = findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, (node) => node.role === 'button' && node.name.startsWith('UN Joint'));
      expect(un?.name).to.equal('UN Joint Programme for Gender Equality, 24 August 2023 – 24 December 2026, ongoing');
      const region = findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, (node) => node.role === 'region');
      expect(region?.name).to.equal('Project timeline');
      // (Puppeteer's snapshot leaves out list and list items; the <ol> is labelled by the same heading.)
      expect(root(element).querySelector('ol')!.getAttribute('aria-labelledby')).to.equal('caption');
      const headings = [...root(element).querySelectorAll('.bars h3')];
      expect(headings).to.have.length(9);
    });

    it('reads each bar once: the button says title, period and status, and nothing else in the row says them again (issue 15)', async function () {
      if (!can.readAccessibilityTree) this.skip(); // read over CDP: Chromium only (test/engine.ts)
      for (const lang of ['en', 'ka']) {
        const element = await timeline({ lang });
        const tree = (await axTree()) as AxNode & { children: AxNode[] };
        const caption = text(root(element).querySelector('.caption'));
        const region = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'region' && node.name === caption)!;
        // What a screen reader meets in the chart, reading on: a button's content is its name, read once.
        const met: AxNode[] = [];
        const walk = (node: AxNode) => {
          met.push(node);
          if (node.role !== 'button') node.children?.forEach(walk);
        };
        walk(region);
        const periods = bars(element).map((li) => text(li.querySelector('.when')).replace(/ \S+$/, ''));
        const saying = (part: string) => met.filter((node) => node.name.includes(part) && node.role !== 'heading' && node.role !== 'region');
        for (const period of periods) {
          // (Two projects ran 1 January 2022 – 31 December 2023.)
          const times = periods.filter((other) => other === period).length;
          expect(
            saying(period).map((node) => node.role),
            `${lang}: "${period}" is said by its button only`,
          ).to.deep.equal(Array(times).fill('button'));
        }
        for (const word of new Set(bars(element).map((li) => text(li.querySelector('.status'))))) {
          expect(
            saying(word).filter((node) => node.role !== 'button'),
            `${lang}: "${word}" only in names`,
          ).to.deep.equal([]);
        }
        // (Puppeteer's snapshot folds each row's heading into its button: the DOM holds them.)
        expect(root(element).querySelectorAll('.bars h3 > button')).to.have.length(9);
        // Reached by Tab or by heading, each row carries its title first.
        const buttonsMet = met.filter((node) => node.role === 'button');
        expect(buttonsMet.map((node) => node.name.split(', ')[0])).to.deep.equal(bars(element).map((li) => text(li.querySelector('.bar-title'))));
      }
    });

    it('names each bar in Georgian when the element is Georgian', async function () {
      if (!can.readAccessibilityTree) this.skip(); // read over CDP: Chromium only (test/engine.ts)
      await timeline({ lang: 'ka' });
      const tree = (await axTree()) as AxNode & { children: AxNode[] };
      const rfsl = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'button' && node.name.startsWith('RFSL'));
      expect(rfsl?.name).to.equal('RFSL 2022-24, 1 ოქტომბერი 2022 – 30 ნოემბერი 2024, დასრულებული');
      const un = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'button' && node.name.startsWith('გაერთიანებული'));
      expect(un?.name).to.equal('გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის, 24 აგვისტო 2023 – 24 დეკემბერი 2026, მიმდინარე');
    });

    it('marks a title that falls back to English as English, and only the title', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today=${TODAY} lang="ka" style="width: 1000px"></wisg-timeline>`);
      element.projects = [
        { id: 'en-only', title: { en: 'English only title' }, start: '2023-01-01', end: '2023-12-31' },
        { id: 'both', title: { ka: 'ორენოვანი', en: 'Bilingual' }, start: '2023-02-01', end: '2023-12-31' },
      ];
      await settled(element);
      const [fallback, georgian] = bars(element);
      const heading = fallback!.querySelector('.bar-heading')!;
      expect(text(heading.querySelector('.bar-title'))).to.equal('English only title');
      // The heading and its button (whose name also holds the Georgian period and status) stay Georgian.
      expect(heading.closest('[lang]')!.getAttribute('lang')).to.equal('ka');
      expect(heading.querySelector('button')!.closest('[lang]')!.getAttribute('lang')).to.equal('ka');
      expect(heading.querySelector('button')!.getAttribute('aria-label')).to.equal('English only title, 1 იანვარი 2023 – 31 დეკემბერი 2023, დასრულებული');
      const title = heading.querySelector('[lang="en"]')!;
      expect(text(title)).to.equal('English only title');
      expect(heading.querySelectorAll('[lang]')).to.have.length(1);
      expect(georgian!.querySelectorAll('[lang]'), 'a Georgian title needs no lang of its own').to.have.length(0);
    });

    it('follows a change of language', async () => {
      const element = await timeline();
      element.setAttribute('lang', 'ka');
      await waitUntil(() => text(root(element).querySelector('h2')) === 'პროექტების ქრონოლოგია');
      expect(barOf(element, 'RFSL 2022-24').querySelector('button')!.getAttribute('aria-label')).to.equal('RFSL 2022-24, 1 ოქტომბერი 2022 – 30 ნოემბერი 2024, დასრულებული');
    });
  });

  describe('keyboard', () => {
    async function withNeighbours(width = 1000): Promise<[WisgTimeline, HTMLButtonElement, HTMLButtonElement]> {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <wisg-timeline src=${SRC} today=${TODAY} lang="en" style="width: ${width}px"></wisg-timeline>
        <button id="after">after</button>
      </div>`);
      const element = wrapper.querySelector('wisg-timeline')!;
      await settled(element);
      return [element, wrapper.querySelector('#before')!, wrapper.querySelector('#after')!];
    }

    it('has one Tab stop into the bars', async () => {
      const [element, before, after] = await withNeighbours();
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expectElement(document.activeElement, element);
      expect(focusedTitle(element)).to.equal('Improving the Human Rights Situation of LBTI People through Evidence-Based Research and Innovative Approaches');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expectElement(document.activeElement, after);
      // Back in, Tab lands on the bar last visited.
      await shiftTab();
      expect(focusedTitle(element)).to.equal('Strengthening the Intersectional Queer and Feminist Movement in Georgia');
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('moves left/right and up/down in time order, Home/End to the ends', async () => {
      const [element] = await withNeighbours();
      buttons(element)[0]!.focus();
      const titles = bars(element).map((li) => text(li.querySelector('.bar-title')));
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedTitle(element)).to.equal(titles[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedTitle(element)).to.equal(titles[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedTitle(element)).to.equal(titles[1]);
      await sendKeys({ press: 'End' });
      expect(focusedTitle(element)).to.equal('UN Joint Programme for Gender Equality');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedTitle(element), 'stays at the last').to.equal('UN Joint Programme for Gender Equality');
      await sendKeys({ press: 'Home' });
      expect(focusedTitle(element)).to.equal(titles[0]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedTitle(element), 'stays at the first').to.equal(titles[0]);

      // One row per project in time order: down and up go forth and back in time as well.
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedTitle(element), 'no row above the first').to.equal(titles[0]);
      let previous = barOf(element, titles[0]!).getBoundingClientRect().top;
      for (let step = 1; step < 9; step++) {
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedTitle(element)).to.equal(titles[step]);
        const now = barOf(element, titles[step]!).getBoundingClientRect().top;
        expect(now, `down ${step} goes one row down`).to.be.greaterThan(previous);
        previous = now;
      }
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedTitle(element), 'no row below the last').to.equal(titles[8]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedTitle(element)).to.equal(titles[7]);
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('keeps one tab stop through a re-render', async () => {
      const [element] = await withNeighbours();
      buttons(element)[0]!.focus();
      await sendKeys({ press: 'End' });
      element.setAttribute('lang', 'ka');
      await waitUntil(() => text(root(element).querySelector('h2')) === 'პროექტების ქრონოლოგია');
      const stops = buttons(element).filter((button) => button.tabIndex === 0);
      expect(stops).to.have.length(1);
      expect(text(stops[0]!.querySelector('.bar-title'))).to.equal('გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის');
    });

    it('keeps the tab stop (and focus) on the same project when new data arrives, else on the first bar', async () => {
      const [element] = await withNeighbours();
      const data = (await (await fetch(SRC)).json()) as { projects: { id: string }[] };
      const titleOf = (index: number) => text(bars(element)[index]!.querySelector('.bar-title'));
      const stops = () => buttons(element).filter((button) => button.tabIndex === 0);
      const update = async (projects: unknown[], count: number) => {
        element.data = { ...data, projects };
        await waitUntil(() => bars(element).length === count);
        await element.updateComplete;
      };
      buttons(element)[0]!.focus();
      for (let step = 0; step < 3; step++) await sendKeys({ press: 'ArrowRight' });
      const visibility = titleOf(3);
      expect(focusedTitle(element)).to.equal(visibility);

      // The same projects again.
      await update(structuredClone(data.projects), 9);
      expect(stops()).to.have.length(1);
      expect(text(stops()[0]!.querySelector('.bar-title'))).to.equal(visibility);
      expect(focusedTitle(element), 'focus stays').to.equal(visibility);

      // An earlier project comes first: the stop stays with the project, one place later.
      await update([{ id: 'early', title: 'Early', start: '2020-01-01', end: '2020-06-30' }, ...data.projects], 10);
      expect(titleOf(4)).to.equal(visibility);
      expect(stops()).to.have.length(1);
      expect(text(stops()[0]!.querySelector('.bar-title'))).to.equal(visibility);
      expect(focusedTitle(element), 'focus stays').to.equal(visibility);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedTitle(element)).to.equal(titleOf(5));

      // The project with the stop (and focus) leaves: the first bar gets both.
      await update(
        data.projects.filter((project) => project.id !== 'gbv-dv-georgia'),
        8,
      );
      expect(stops()).to.have.length(1);
      expect(text(stops()[0]!.querySelector('.bar-title'))).to.equal(titleOf(0));
      expect(focusedTitle(element), 'focus moves with the stop').to.equal(titleOf(0));
    });

    it('goes up and down in time order when narrow', async () => {
      const [element] = await withNeighbours(400);
      buttons(element)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedTitle(element)).to.equal(text(bars(element)[2]!.querySelector('.bar-title')));
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedTitle(element)).to.equal(text(bars(element)[1]!.querySelector('.bar-title')));
    });
  });

  describe('selecting a bar', () => {
    it('fires a bubbling, composed, cancelable wisg-project-select and opens the details; Escape closes them and focus returns', async () => {
      const element = await timeline();
      const button = barOf(element, 'RFSL 2022-24').querySelector('button')!;
      button.focus();
      const fired = oneEvent(document, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await fired;
      expect(event.detail.id).to.equal('rfsl-2022-24');
      expect(event.detail.project.title.en).to.equal('RFSL 2022-24');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      await element.updateComplete;
      const details = dialog(element);
      expect(details.open).to.equal(true);
      expect(details.matches(':modal')).to.equal(true);
      expect(text(details.querySelector('h2'))).to.equal('RFSL 2022-24');
      expect(text(details.querySelector('.meta'))).to.equal('1 October 2022 – 30 November 2024 Completed');
      expect(text(details.querySelector('.goal'))).to.contain('multidisciplinary team');
      // Keyboard focus is in the dialog.
      expect(details.contains(root(element).activeElement)).to.equal(true);
      expect(text(root(element).activeElement)).to.equal('Close');
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !details.open);
      await waitUntil(() => root(element).activeElement === button, 'focus returns to the bar');
    });

    it('opens with Space and with a click, and closes with the Close button', async () => {
      const element = await timeline({ lang: 'ka' });
      const buttonOf = (title: string) => barOf(element, title).querySelector('button')!;
      buttonOf('RFSL 2022-24').focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(dialog(element).open).to.equal(true);
      const close = dialog(element).querySelector<HTMLButtonElement>('.close')!;
      expect(text(close)).to.equal('დახურვა');
      close.click();
      expect(dialog(element).open).to.equal(false);
      await waitUntil(() => root(element).activeElement === buttonOf('RFSL 2022-24'), 'focus returns to the bar');

      // A click anywhere in a row, on its bar too, selects it, and moves the tab stop there.
      const un = barOf(element, 'გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის');
      un.scrollIntoView({ block: 'nearest' }); // elementFromPoint() sees only the viewport
      const box = face(un).getBoundingClientRect();
      const hit = root(element).elementFromPoint(box.left + 5, box.top + box.height / 2);
      (hit as HTMLElement).click();
      await element.updateComplete;
      expect(dialog(element).open).to.equal(true);
      expect(text(dialog(element).querySelector('h2'))).to.equal('გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის');
      expect(un.querySelector('button')!.tabIndex).to.equal(0);
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
      await expect(element).to.be.accessible();
      element.closeDetails();
      await element.updateComplete;
      expect(dialog(element).open).to.equal(false);
    });

    it('closes when the backdrop is clicked, not when the details are', async () => {
      const element = await timeline();
      element.showDetails('rfsl-2022-24');
      await element.updateComplete;
      const details = dialog(element);
      details.querySelector<HTMLElement>('.goal')!.click();
      await element.updateComplete;
      expect(details.open).to.equal(true);
      // A click on ::backdrop reaches the <dialog> itself.
      details.click();
      expect(details.open).to.equal(false);
      // Focus returns once the dialog's close event has run.
      await waitUntil(() => root(element).activeElement === barOf(element, 'RFSL 2022-24').querySelector('button'), 'focus returns to the bar');
    });

    it('showDetails() from a page button: focus returns to that button, or to the bar if the button is gone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="open">Show RFSL</button>
        <wisg-timeline src=${SRC} today=${TODAY} lang="en" style="width: 1000px"></wisg-timeline>
      </div>`);
      const element = wrapper.querySelector('wisg-timeline')!;
      await settled(element);
      const opener = wrapper.querySelector<HTMLButtonElement>('#open')!;
      opener.addEventListener('click', () => element.showDetails('rfsl-2022-24'));
      const rfsl = barOf(element, 'RFSL 2022-24').querySelector('button')!;
      const closeWith = async (key: string) => {
        const closed = oneEvent(dialog(element), 'close');
        await sendKeys({ press: key });
        await closed;
        await element.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      const focusIs = () => (document.activeElement === opener ? 'page button' : root(element).activeElement === rfsl ? 'bar' : String(document.activeElement?.localName));

      opener.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(dialog(element).open).to.equal(true);
      expect(text(root(element).activeElement)).to.equal('Close');
      await closeWith('Escape');
      expect(focusIs(), 'back on the page button').to.equal('page button');

      // The page's button left while the details were open: focus goes to the bar.
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      opener.remove();
      await closeWith('Escape');
      expect(focusIs(), 'on the bar').to.equal('bar');
    });

    it('showDetails() opens the details without an event, as documented', async () => {
      const element = await timeline();
      let fired = 0;
      const cancel = (event: Event) => (fired++, event.preventDefault());
      document.addEventListener('wisg-project-select', cancel);
      try {
        element.showDetails('rfsl-2022-24');
        await element.updateComplete;
        expect(dialog(element).open).to.equal(true);
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('wisg-project-select', cancel);
      }
    });

    it('leaves the details closed when the page cancels the event', async () => {
      const element = await timeline();
      const seen: string[] = [];
      const cancel = (event: Event) => {
        seen.push((event as WisgProjectSelectEvent).detail.id);
        event.preventDefault();
      };
      document.addEventListener('wisg-project-select', cancel);
      try {
        const button = barOf(element, 'RFSL 2022-24').querySelector('button')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expect(seen).to.deep.equal(['rfsl-2022-24']);
        expect(dialog(element).open).to.equal(false);
        expectElement(root(element).activeElement, button);
      } finally {
        document.removeEventListener('wisg-project-select', cancel);
      }
    });
  });

  describe('narrow', () => {
    it('stacks in a 1280 px window at 200 % zoom (640 px), and not from 672 px (42em) up', async () => {
      const zoomed = await timeline({ lang: 'ka', width: 640 });
      expect(getComputedStyle(root(zoomed).querySelector('.axis')!).display).to.equal('none');
      for (const button of buttons(zoomed)) expect(button.scrollWidth, `${text(button)}: the title is whole`).to.be.at.most(button.clientWidth + 1);
      const wide = await timeline({ lang: 'ka', width: 672 });
      expect(getComputedStyle(root(wide).querySelector('.axis')!).display).to.not.equal('none');
    });

    it('stacks the projects vertically in time order with their titles in full', async () => {
      for (const lang of ['en', 'ka']) {
        const element = await timeline({ lang, width: 400 });
        const list = root(element).querySelector('.bars')!.getBoundingClientRect();
        expect(getComputedStyle(root(element).querySelector('.axis')!).display).to.equal('none');
        let bottom = -Infinity;
        for (const li of bars(element)) {
          const box = li.getBoundingClientRect();
          expect(box.left).to.be.closeTo(list.left, 1);
          expect(box.width).to.be.closeTo(list.width, 1);
          expect(box.top, 'below the one before').to.be.at.least(bottom - 0.01);
          bottom = box.bottom;
          const button = li.querySelector('button')!;
          expect(button.scrollWidth, `${lang}: the title fits`).to.be.at.most(button.clientWidth + 1);
          expect(label(li).scrollWidth, `${lang}: nothing overflows`).to.be.at.most(label(li).clientWidth + 1);
        }
        expect(element.getBoundingClientRect().width).to.equal(400);
        await expect(element).to.be.accessible();
      }
    });

    it('prints stacked, every title and period in full', async function () {
      if (!can.emulateMedia) this.skip(); // print is emulated over CDP only (test/engine.ts)
      const element = await timeline({ lang: 'ka', width: 1000 });
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(root(element).querySelector('.axis')!).display).to.equal('none');
        const list = root(element).querySelector('.bars')!.getBoundingClientRect();
        for (const li of bars(element)) {
          expect(li.getBoundingClientRect().width).to.be.closeTo(list.width, 1);
          const button = li.querySelector('button')!;
          expect(button.scrollWidth, `${text(button)}: the title is whole`).to.be.at.most(button.clientWidth + 1);
          expect(label(li).scrollWidth, `${text(button)}: the period is whole`).to.be.at.most(label(li).clientWidth + 1);
          expect(label(li).scrollHeight, `${text(button)}: no line is cut off`).to.be.at.most(label(li).clientHeight + 1);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('stacks for large text: at 32 px text, 1000 px is narrow (the breakpoint is in em)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <wisg-timeline src=${SRC} today=${TODAY} lang="ka" style="width: 1000px; --wisg-font-size: 32px"></wisg-timeline>
      </div>`);
      const element = wrapper.querySelector('wisg-timeline')!;
      await settled(element);
      expect(getComputedStyle(root(element).querySelector('.axis')!).display).to.equal('none');
      const list = root(element).querySelector('.bars')!.getBoundingClientRect();
      for (const li of bars(element)) {
        expect(li.getBoundingClientRect().width).to.be.closeTo(list.width, 1);
        const button = li.querySelector('button')!;
        expect(button.scrollWidth, 'the title is whole').to.be.at.most(button.clientWidth + 1);
      }
      // Up and down follow the stacked order.
      buttons(element)[0]!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedTitle(element)).to.equal(text(bars(element)[7]!.querySelector('.bar-title')));
      // The same width at the usual text size keeps the chart.
      element.style.removeProperty('--wisg-font-size');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(getComputedStyle(root(element).querySelector('.axis')!).display).not.to.equal('none');
    });
  });

  describe('states, themes and axe', () => {
    for (const lang of ['en', 'ka'] as const) {
      it(`passes axe while loading and when loading fails (${lang})`, async () => {
        const realFetch = window.fetch;
        window.fetch = () => new Promise<Response>(() => {});
        try {
          const loading = await fixture<WisgTimeline>(html`<wisg-timeline src="/never-${lang}.json" lang=${lang}></wisg-timeline>`);
          await loading.updateComplete;
          expect(text(root(loading).querySelector('.loading'))).to.equal(lang === 'en' ? 'Loading…' : 'იტვირთება…');
          await expect(loading).to.be.accessible();
        } finally {
          window.fetch = realFetch;
        }
        const failed = await fixture<WisgTimeline>(html`<wisg-timeline src="/missing-${lang}.json" lang=${lang}></wisg-timeline>`);
        await settled(failed);
        expect(text(root(failed).querySelector('.error-title'))).to.equal(lang === 'en' ? 'Could not load the projects' : 'პროექტების ჩატვირთვა ვერ მოხერხდა');
        await expect(failed).to.be.accessible();
      });

      it(`passes axe loaded, light and dark, wide and narrow (${lang})`, async () => {
        await expect(await timeline({ lang })).to.be.accessible();
        const dark = await timeline({ lang, theme: 'dark' });
        expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(23, 20, 27)');
        await expect(dark).to.be.accessible();
        // A dark colour scheme can be emulated over CDP only (test/engine.ts).
        if (!can.emulateMedia) return;
        await emulateMedia({ colorScheme: 'dark' });
        // On a page that follows the visitor's scheme (its background is then dark), the widget is
        // dark too, with no background of its own; on a white page it stays light.
        document.documentElement.style.cssText = 'color-scheme: light dark; background: Canvas';
        try {
          const auto = await timeline({ lang, width: 400 });
          expect(getComputedStyle(auto).color).to.equal('rgb(236, 232, 241)');
          expect(getComputedStyle(auto).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          await expect(auto).to.be.accessible();
        } finally {
          document.documentElement.style.cssText = '';
        }
        const onWhite = await timeline({ lang, width: 400 });
        expect(getComputedStyle(onWhite).color).to.equal('rgb(31, 27, 36)');
        await expect(onWhite).to.be.accessible();
      });

      it(`passes axe with the details open, dark (${lang})`, async () => {
        const element = await timeline({ lang, theme: 'dark' });
        element.showDetails('gbv-dv-georgia');
        await element.updateComplete;
        expect(dialog(element).open).to.equal(true);
        await expect(element).to.be.accessible();
      });
    }

    it('outlines the details in forced colours, where the backdrop and shadows are gone', async function () {
      if (!can.emulateForcedColors) this.skip(); // CDP only (test/engine.ts)
      const element = await timeline();
      element.showDetails('rfsl-2022-24');
      await element.updateComplete;
      await forcedColors(true);
      try {
        const style = getComputedStyle(dialog(element));
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        expect(style.borderTopColor, 'the text colour').to.equal(style.color);
      } finally {
        await forcedColors(false);
      }
    });

    it('says so when no project falls in the years asked for', async () => {
      const element = await timeline({ from: '2010', to: '2012' });
      expect(text(root(element).querySelector('.summary'))).to.equal('2010–2012 · 0 projects');
      expect(text(root(element).querySelector('.empty'))).to.equal('No projects in these years.');
      await expect(element).to.be.accessible();
    });
  });

  describe('many projects', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `p${i}`,
        title: `Project ${i}`,
        start: `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        end: `${2001 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
      }));

    it('shows the first bars at once and the rest over the next frames, in time order', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today=${TODAY} lang="en" style="width: 1000px"></wisg-timeline>`);
      element.projects = many(1000);
      await settled(element);
      const first = bars(element).length;
      expect(first).to.be.within(1, 999);
      expect(text(root(element).querySelector('.summary'))).to.equal('2000–2020 · 1000 projects');
      await waitUntil(() => bars(element).length === 1000, 'every bar arrives', { timeout: 5000 });
      const starts = bars(element).map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect([...starts].sort()).to.deep.equal(starts);
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('answers End before every bar is in, and arrow keys after', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today=${TODAY} lang="en" style="width: 1000px"></wisg-timeline>`);
      element.projects = many(1000);
      await settled(element);
      buttons(element)[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedTitle(element) !== 'Project 0');
      expect(bars(element)).to.have.length(1000);
      expectElement(root(element).activeElement, buttons(element)[999]);
      await sendKeys({ press: 'ArrowLeft' });
      expectElement(root(element).activeElement, buttons(element)[998]);
      expect(buttons(element).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('keeps every bar in the accessibility tree, also those off screen', async function () {
      if (!can.readAccessibilityTree) this.skip(); // read over CDP: Chromium only (test/engine.ts)
      const element = await fixture<WisgTimeline>(html`<wisg-timeline today=${TODAY} lang="en" style="width: 1000px"></wisg-timeline>`);
      element.projects = many(300);
      await settled(element);
      await waitUntil(() => bars(element).length === 300);
      expect(element.getBoundingClientRect().bottom, 'most bars are off screen').to.be.greaterThan(window.innerHeight * 1.5);
      const names: string[] = [];
      findAccessibilityNode<AxNode>((await axTree()) as AxNode & { children: AxNode[] }, (node) => (node.role === 'button' && names.push(node.name), false));
      expect(names).to.have.length(300);
      expect(names.at(-1)).to.match(/^Project \d+, .* – .*, completed$/);
    });
  });
});
