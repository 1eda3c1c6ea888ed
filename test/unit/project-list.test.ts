import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/wisg-project-list.js';
import { ANNOUNCE_DELAY, PAGE_SIZE, type WisgProjectList } from '../../src/list/project-list.js';
import type { WisgProjectSelectEvent } from '../../src/shared/events.js';
import { can } from '../engine.js';
import { expectElement } from './helpers.js';

const TODAY = '2024-06-01';
let bundled: unknown;
async function wisgData(): Promise<{ lang: string; projects: Record<string, unknown>[] }> {
  bundled ??= await (await fetch('/data/wisg-projects.json')).json();
  return structuredClone(bundled) as { lang: string; projects: Record<string, unknown>[] };
}

/** A list of the bundled projects, in `lang`, with a fixed today; `setup` may set attributes before it connects. */
async function list(lang: 'ka' | 'en', setup: (element: WisgProjectList) => void = () => {}): Promise<WisgProjectList> {
  const data = await wisgData();
  const element = document.createElement('wisg-project-list');
  element.setAttribute('lang', lang);
  element.setAttribute('today', TODAY);
  element.data = data;
  setup(element);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: WisgProjectList) => element.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (element: WisgProjectList) => text(root(element).querySelector('[part="count"]'));
/** The titles a person sees: hidden items (filtered out) are neither seen nor heard. */
const titles = (element: WisgProjectList) => [...root(element).querySelectorAll<HTMLElement>('ul[part="list"] > li .title')].filter((title) => title.checkVisibility()).map(text);
const searchBox = (element: WisgProjectList) => root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
const select = (element: WisgProjectList, label: string) => {
  const found = [...root(element).querySelectorAll('label')].find((item) => text(item) === label);
  return root(element).getElementById(found!.htmlFor) as HTMLSelectElement;
};
const optionTexts = (control: HTMLSelectElement) => [...control.options].map(text);

/** Types into the search box with the keyboard, as a visitor does. */
async function type(element: WisgProjectList, keys: string): Promise<void> {
  searchBox(element).focus();
  await sendKeys({ type: keys });
  await element.updateComplete;
}

async function choose(element: WisgProjectList, label: string, optionText: string): Promise<void> {
  const control = select(element, label);
  const index = optionTexts(control).indexOf(optionText);
  expect(index, `${label}: ${optionText}`).to.be.greaterThan(-1);
  control.selectedIndex = index;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

const NEWEST_FIRST_EN = [
  'UN Joint Programme for Gender Equality',
  'Fostering Intersectional Feminist Discussions between Queer Movements and Academia',
  'Empowering the LBTI Community in Georgia',
  'RFSL 2022-24',
  'Combating Gender-Based Violence and Domestic Violence in Georgia',
  'Supporting Positive Visibility of the LGBT(Q)I Community and Effective Communication on Queer Issues in Georgia',
  // Same period: the id decides, so the order never depends on the data's order.
  'Strengthening the Intersectional Queer and Feminist Movement in Georgia',
  'An Improved System of Legal Aid and Support for the Queer Community in Georgia and the Development of Trans Rights and Services Policy',
  'Improving the Human Rights Situation of LBTI People through Evidence-Based Research and Innovative Approaches',
];

describe('<wisg-project-list>', () => {
  describe('all projects', () => {
    it('lists the nine projects newest first as a list of cards, with the count, in English', async () => {
      const element = await list('en');
      expect(count(element)).to.equal('9 projects');
      const items = root(element).querySelectorAll('ul[part="list"] > li');
      expect(items.length).to.equal(9);
      items.forEach((item) => expect(item.querySelector('article')).to.exist);
      expect(titles(element)).to.deep.equal(NEWEST_FIRST_EN);
      await expect(element).to.be.accessible();
    });

    it('says it in Georgian: count with a singular noun, labels and options', async () => {
      const element = await list('ka');
      expect(count(element)).to.equal('9 პროექტი');
      expect(titles(element)[0]).to.equal('გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის');
      const labels = [...root(element).querySelectorAll('label')].map(text);
      expect(labels).to.deep.equal(['პროექტების ძიება', 'სტატუსი', 'წელი', 'დალაგება']);
      expect(optionTexts(select(element, 'დალაგება'))).to.deep.equal(['ჯერ ახალი', 'ჯერ ძველი', 'სათაურით (ა–ჰ)']);
      expect(optionTexts(select(element, 'სტატუსი'))).to.deep.equal(['ყველა', 'მიმდინარე', 'დასრულებული']);
      await expect(element).to.be.accessible();
    });

    it('labels every control visibly, and the search box is a native search field', async () => {
      const element = await list('en');
      const labels = [...root(element).querySelectorAll('label')].map(text);
      expect(labels).to.deep.equal(['Search projects', 'Status', 'Year', 'Sort']);
      expect(searchBox(element).labels![0]!.textContent).to.equal('Search projects');
      const region = root(element).querySelector('[role="search"]')!;
      expect(region).to.contain(searchBox(element));
      // Two lists on a page give two named search landmarks, heading or not.
      expect(region.getAttribute('aria-label')).to.equal('Projects');
      expect(optionTexts(select(element, 'Year'))).to.deep.equal(['All', '2026', '2025', '2024', '2023', '2022', '2021']);
    });

    it('shows an optional heading at the level asked for, with the cards one level below', async () => {
      const plain = await list('en');
      expect(root(plain).querySelector('[part="caption"]')).to.equal(null);
      expect(root(plain).querySelector('.items .title')!.localName).to.equal('h3');

      const titled = await list('en', (element) => {
        element.setAttribute('heading', 'Our projects');
        element.setAttribute('heading-level', '3');
      });
      const heading = root(titled).querySelector('[part="caption"]')!;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('Our projects');
      const region = root(titled).querySelector('[role="search"]')!;
      expect(region.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(region.hasAttribute('aria-label')).to.equal(false);
      expect(root(titled).querySelector('.items .title')!.localName).to.equal('h4');
      expect(root(titled).querySelector('.items .section-heading')!.localName).to.equal('h5');
      await expect(titled).to.be.accessible();
    });

    it('shows the state from today: statuses and the status choices follow the `today` attribute', async () => {
      const element = await list('en', (list) => list.setAttribute('today', '2023-06-01'));
      const statuses = [...root(element).querySelectorAll('.items [part="status"]')].map(text);
      expect(statuses.filter((status) => status === 'Ongoing').length).to.equal(7);
      expect(statuses[0]).to.equal('Planned');
      expect(statuses[4]).to.equal('Completed');

      element.today = '2030-01-01';
      await element.updateComplete;
      expect(new Set([...root(element).querySelectorAll('.items [part="status"]')].map(text))).to.deep.equal(new Set(['Completed']));
      expect(optionTexts(select(element, 'Status'))).to.deep.equal(['All', 'Completed']);

      element.today = '2020-01-01';
      await element.updateComplete;
      expect(optionTexts(select(element, 'Status'))).to.deep.equal(['All', 'Planned']);
    });
  });

  describe('search', () => {
    it('matches as you type, keeps focus in the search box, and reflects the query', async () => {
      const element = await list('en');
      await type(element, 'legal');
      expect(count(element)).to.equal('3 of 9 projects');
      expect(titles(element)).to.deep.equal([NEWEST_FIRST_EN[4], NEWEST_FIRST_EN[6], NEWEST_FIRST_EN[7]]);
      expectElement(root(element).activeElement, searchBox(element));
      expect(element.getAttribute('query')).to.equal('legal');
      await type(element, ' aid');
      expect(titles(element)).to.deep.equal([NEWEST_FIRST_EN[7]]);
      expect(count(element)).to.equal('1 of 9 projects');
      expectElement(root(element).activeElement, searchBox(element));
      await expect(element).to.be.accessible();
    });

    it('finds English text regardless of case, and Georgian text from an English list', async () => {
      const element = await list('en');
      await type(element, 'GENDER-BASED');
      expect(titles(element)).to.deep.equal(['Empowering the LBTI Community in Georgia', 'Combating Gender-Based Violence and Domestic Violence in Georgia']);

      searchBox(element).select();
      await type(element, 'საფარი');
      // Union Sapari is an implementer of one project: organisations are searched, in both languages.
      expect(titles(element)).to.deep.equal(['Combating Gender-Based Violence and Domestic Violence in Georgia']);
    });

    it('finds Georgian text, also from a Mtavruli (capital) query, and English text from a Georgian list', async () => {
      const element = await list('ka');
      await type(element, 'თემის გაძლიერება');
      expect(titles(element)).to.deep.equal(['ლბტი თემის გაძლიერება საქართველოში']);
      expect(count(element)).to.equal('9 პროექტიდან 1');

      searchBox(element).select();
      await type(element, 'ᲗᲔᲛᲘᲡ ᲒᲐᲫᲚᲘᲔᲠᲔᲑᲐ');
      expect(titles(element)).to.deep.equal(['ლბტი თემის გაძლიერება საქართველოში']);

      searchBox(element).select();
      await type(element, 'Sapari');
      expect(titles(element)).to.deep.equal(['გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში']);
    });

    it('opens the activities of a project found only by them, so the match is in sight', async () => {
      const element = await list('ka');
      let selects = 0;
      element.addEventListener('wisg-project-select', () => selects++);
      const cards = () =>
        [...root(element).querySelectorAll<HTMLElement>('.items > li')]
          .filter((item) => item.checkVisibility())
          .map((item) => ({
            title: text(item.querySelector('.title')),
            open: item.querySelector('[part="disclosure"]')?.getAttribute('aria-expanded'),
            shown: [...item.querySelectorAll('.activity-list li')].filter((li) => li.checkVisibility()).map(text),
          }));
      const RFSL_KA = 'RFSL 2022-24';
      const ANIMATION = 'WISG-ის ფემინისტური მედიათეკის გამდიდრება და ანიმაციის შექმნა;';

      // "ანიმაციის" (an animation) is in one project's activities only.
      await type(element, 'ანიმაციის');
      expect(cards().map((card) => [card.title, card.open])).to.deep.equal([[RFSL_KA, 'true']]);
      expect(cards()[0]!.shown).to.include(ANIMATION);
      expect(selects, 'the search opens it, not the visitor: no select event').to.equal(0);
      await expect(element).to.be.accessible();

      // Found by its title: nothing to reveal, the card stays closed.
      searchBox(element).select();
      await type(element, 'RFSL');
      expect(cards().map((card) => [card.title, card.open])).to.deep.equal([[RFSL_KA, 'false']]);

      // Closed by the visitor, it stays closed while they refine the search; cleared, nothing stays open.
      searchBox(element).select();
      await type(element, 'ანიმაციი');
      root(element).querySelector<HTMLButtonElement>('[part="disclosure"][aria-expanded="true"]')!.click();
      await element.updateComplete;
      await type(element, 'ს');
      expect(cards().map((card) => [card.title, card.open])).to.deep.equal([[RFSL_KA, 'false']]);
      element.clear();
      await element.updateComplete;
      expect(cards().filter((card) => card.open === 'true')).to.deep.equal([]);
      expect(selects).to.equal(0);

      // Opened and closed by the visitor before any search: a search still opens it.
      const rfslButton = () =>
        [...root(element).querySelectorAll('.items > li')].find((item) => text(item.querySelector('.title')) === RFSL_KA)!.querySelector<HTMLButtonElement>('[part="disclosure"]')!;
      rfslButton().click();
      await element.updateComplete;
      rfslButton().click();
      await element.updateComplete;
      expect(rfslButton().getAttribute('aria-expanded')).to.equal('false');
      await type(element, 'ანიმაციის');
      expect(cards().map((card) => [card.title, card.open])).to.deep.equal([[RFSL_KA, 'true']]);
    });

    it('announces the count politely once typing pauses, and only when it changes', async () => {
      const element = await list('en');
      const pause = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY + 200));
      const live = root(element).querySelector('[aria-live="polite"]')!;
      await pause();
      expect(text(live), 'the count as the list loads is read in place, not announced').to.equal('');
      // Heard, not seen: the visible count is the one above the list.
      expect(live.getBoundingClientRect().width).to.be.at.most(1);
      const announcements: string[] = [];
      const observer = new MutationObserver(() => announcements.push(text(live)));
      observer.observe(live, { childList: true, subtree: true, characterData: true });

      // Each letter changes the visible count at once; the live region speaks once, at the end.
      for (const letter of 'queer') await type(element, letter);
      const afterTyping = count(element);
      expect(afterTyping).to.match(/^\d of 9 projects$/);
      await pause();
      await element.updateComplete;
      expect([...new Set(announcements)]).to.deep.equal([afterTyping]);

      // "queer " finds the same projects: nothing new to announce.
      const said = announcements.length;
      await type(element, ' ');
      await pause();
      expect(count(element)).to.equal(afterTyping);
      expect(announcements.length).to.equal(said);
      observer.disconnect();
    });
  });

  describe('filters and sort', () => {
    it('filters by status (from today) and by year, and reflects both', async () => {
      const element = await list('en');
      await choose(element, 'Status', 'Ongoing');
      expect(element.getAttribute('status')).to.equal('ongoing');
      expect(count(element)).to.equal('3 of 9 projects');
      expect(titles(element)).to.deep.equal([NEWEST_FIRST_EN[0], NEWEST_FIRST_EN[3], NEWEST_FIRST_EN[5]]);
      await expect(element).to.be.accessible();

      await choose(element, 'Status', 'All');
      expect(element.hasAttribute('status')).to.equal(false);
      await choose(element, 'Year', '2021');
      expect(element.getAttribute('year')).to.equal('2021');
      expect(titles(element)).to.deep.equal([NEWEST_FIRST_EN[8]]);
      expect(count(element)).to.equal('1 of 9 projects');
    });

    it('sorts oldest first and by title, in the shown language', async () => {
      const element = await list('en');
      await choose(element, 'Sort', 'Oldest first');
      expect(element.getAttribute('sort')).to.equal('oldest');
      expect(titles(element)[0]).to.equal(NEWEST_FIRST_EN[8]);
      expect(titles(element)[8]).to.equal(NEWEST_FIRST_EN[0]);
      await choose(element, 'Sort', 'Title (A–Z)');
      expect(titles(element).slice(0, 3)).to.deep.equal([
        'An Improved System of Legal Aid and Support for the Queer Community in Georgia and the Development of Trans Rights and Services Policy',
        'Combating Gender-Based Violence and Domestic Violence in Georgia',
        'Empowering the LBTI Community in Georgia',
      ]);

      const georgian = await list('ka', (list) => list.setAttribute('sort', 'title'));
      expect(titles(georgian).slice(0, 3)).to.deep.equal([
        'RFSL 2022-24',
        'გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის',
        'გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში',
      ]);
      expect(select(georgian, 'დალაგება').value).to.equal('title');
    });

    it('opens pre-filtered from attributes, with the controls showing that state', async () => {
      const element = await list('en', (list) => {
        list.setAttribute('query', 'queer');
        list.setAttribute('status', 'completed');
        list.setAttribute('year', '2023');
        list.setAttribute('sort', 'oldest');
      });
      expect(searchBox(element).value).to.equal('queer');
      expect(select(element, 'Status').value).to.equal('completed');
      expect(select(element, 'Year').value).to.equal('2023');
      expect(select(element, 'Sort').value).to.equal('oldest');
      expect(count(element)).to.equal('4 of 9 projects');
      expect(titles(element)).to.deep.equal([NEWEST_FIRST_EN[8], NEWEST_FIRST_EN[6], NEWEST_FIRST_EN[7], NEWEST_FIRST_EN[1]]);

      element.removeAttribute('status');
      await element.updateComplete;
      expect(select(element, 'Status').value).to.equal('');
    });

    it('ignores unknown filter values rather than showing nothing', async () => {
      const element = await list('en', (list) => {
        list.setAttribute('status', 'finished');
        list.setAttribute('sort', 'random');
        list.setAttribute('year', 'soon');
      });
      expect(count(element)).to.equal('9 projects');
      expect(titles(element)).to.deep.equal(NEWEST_FIRST_EN);
    });
  });

  describe('nothing found', () => {
    it('says what was searched, offers to clear it, and puts focus back in the search box', async () => {
      const element = await list('en', (list) => list.setAttribute('year', '2021'));
      await type(element, 'zzz');
      expect(count(element)).to.equal('No projects found');
      expect(root(element).querySelector('ul')!.checkVisibility()).to.equal(false);
      const empty = root(element).querySelector('[part="empty"]')!;
      expect(text(empty.querySelector('p'))).to.equal('Search: “zzz” · Year: 2021');
      const clear = empty.querySelector('button')!;
      expect(text(clear)).to.equal('Clear search');
      await expect(element).to.be.accessible();

      clear.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.hasAttribute('query')).to.equal(false);
      expect(element.hasAttribute('year')).to.equal(false);
      expect(count(element)).to.equal('9 projects');
      expect(searchBox(element).value).to.equal('');
      expectElement(root(element).activeElement, searchBox(element));
    });

    it('says it in Georgian', async () => {
      const element = await list('ka', (list) => list.setAttribute('status', 'ongoing'));
      await type(element, 'ზზზ');
      expect(count(element)).to.equal('პროექტები ვერ მოიძებნა');
      const empty = root(element).querySelector('[part="empty"]')!;
      expect(text(empty.querySelector('p'))).to.equal('ძიება: „ზზზ“ · სტატუსი: მიმდინარე');
      expect(text(empty.querySelector('button'))).to.equal('ძიების გასუფთავება');
      await expect(element).to.be.accessible();
    });
  });

  describe('opening projects', () => {
    it('opens and closes a project’s activities by keyboard, announcing wisg-project-select on open', async () => {
      const element = await list('en');
      const item = root(element).querySelectorAll('.items > li')[3]!;
      const button = item.querySelector<HTMLButtonElement>('button[part="disclosure"]')!;
      const region = root(element).getElementById(button.getAttribute('aria-controls')!)!;
      expect(item.contains(region)).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.getAttribute('hidden')).to.equal('until-found');

      button.focus();
      const selected = oneEvent(element, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail.id).to.equal('rfsl-2022-24');
      expect(event.bubbles && event.composed).to.equal(true);
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hasAttribute('hidden')).to.equal(false);
      expect(text(region.querySelector('li'))).to.equal('Annual planning;');
      expectElement(root(element).activeElement, button);
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.getAttribute('hidden')).to.equal('until-found');
    });

    it('keeps focus where it was when the list re-renders in another language', async () => {
      const element = await list('en');
      const button = root(element).querySelectorAll<HTMLButtonElement>('button[part="disclosure"]')[1]!;
      button.focus();
      element.setAttribute('lang', 'ka');
      await waitUntil(() => count(element) === '9 პროექტი');
      expectElement(root(element).activeElement, button);
      expect(text(button)).to.match(/^პროექტის აქტივობები/);
    });

    it('keeps the open projects open and the DOM in place while filtering', async () => {
      const element = await list('en');
      const rfsl = root(element).querySelectorAll('.items > li')[3]!;
      rfsl.querySelector<HTMLButtonElement>('button[part="disclosure"]')!.click();
      await element.updateComplete;
      await type(element, 'RFSL');
      const [only, ...others] = [...root(element).querySelectorAll<HTMLElement>('.items > li')].filter((item) => item.checkVisibility());
      expect(others).to.deep.equal([]);
      expect(only).to.equal(rfsl);
      expect(only!.querySelector('button[part="disclosure"]')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('looks', () => {
    it('passes axe (contrast included) in the dark theme, filtered, expanded and empty', async () => {
      const element = await list('en', (list) => {
        list.setAttribute('theme', 'dark');
        list.setAttribute('heading', 'Projects');
        list.setAttribute('status', 'ongoing');
      });
      root(element).querySelector<HTMLButtonElement>('button[part="disclosure"]')!.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
      const georgian = await list('ka', (list) => {
        list.setAttribute('theme', 'dark');
        list.setAttribute('query', 'არაფერი-ასეთი');
      });
      expect(root(georgian).querySelector('[part="empty"]')).to.exist;
      await expect(georgian).to.be.accessible();
    });

    it('fits 320 px without scrolling sideways, and its controls are at least 24 px to hit', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const element = await list('ka', (list) => list.setAttribute('heading', 'პროექტები'));
      frame.append(element);
      await element.updateComplete;
      expect(element.scrollWidth).to.be.at.most(320);
      for (const item of root(element).querySelectorAll('.item')) expect(item.scrollWidth, text(item.querySelector('.title'))).to.be.at.most(item.clientWidth);
      for (const control of root(element).querySelectorAll<HTMLElement>('input, select, button')) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });

    it('fits 320 px at twice the text size too: long Georgian dates wrap inside their card', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const element = await list('ka', (list) => list.style.setProperty('--wisg-font-size', '200%'));
      frame.append(element);
      await element.updateComplete;
      expect(element.scrollWidth).to.be.at.most(320);
      for (const item of root(element).querySelectorAll('.item')) {
        const card = item.querySelector('.card')!.getBoundingClientRect();
        for (const time of item.querySelectorAll('.period time')) {
          const box = time.getBoundingClientRect();
          expect(box.right, `${text(time)} ends inside its card`).to.be.at.most(card.right);
        }
        expect(item.scrollWidth, text(item.querySelector('.title'))).to.be.at.most(item.clientWidth);
      }
    });
  });

  describe('states and sizes', () => {
    it('is accessible while loading and when loading fails', async () => {
      const realFetch = window.fetch;
      window.fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      try {
        const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="ka" src="/never-answers.json"></wisg-project-list>`);
        expect(text(root(element).querySelector('[part="loading"]'))).to.equal('იტვირთება…');
        await expect(element).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
      const failed = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" src="/no-such-file.json"></wisg-project-list>`);
      await waitUntil(() => root(failed).querySelector('[part="error"]'));
      expect(text(root(failed).querySelector('.error-title'))).to.equal('Could not load the projects');
      await expect(failed).to.be.accessible();
    });

    it('loads from src and from an inline JSON child', async () => {
      const fromSrc = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY} src="/data/wisg-projects.json"></wisg-project-list>`);
      await waitUntil(() => count(fromSrc) === '9 projects');
      const inline = await fixture<WisgProjectList>(html`<wisg-project-list lang="en">
        <script type="application/json">
          [{ "id": "a", "title": { "en": "Alpha", "ka": "ალფა" }, "start": "2020-01" }, { "id": "b", "title": "Beta", "start": "2021" }]
        </script>
      </wisg-project-list>`);
      await waitUntil(() => count(inline) === '2 projects');
      expect(titles(inline)).to.deep.equal(['Beta', 'Alpha']);
    });

    it('shows up to 100 results at once, and a longer result a page at a time with a button for more', async () => {
      // A known viewport where the runner can set one (not over classic WebDriver: test/engine.ts); the test holds at any size.
      if (can.setViewport) await setViewport({ width: 800, height: 600 });
      const projects = Array.from({ length: 350 }, (_, i) => ({ id: `p${i}`, title: { en: `Project ${i}` }, start: `${2000 + (i % 20)}-01-01` }));
      const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" .projects=${projects}></wisg-project-list>`);
      expect(count(element)).to.equal('350 projects');
      expect(titles(element)).to.have.length(PAGE_SIZE);
      const more = () => root(element).querySelector<HTMLButtonElement>('[part="more-button"]');
      expect(text(more())).to.equal(`Show more projects (${PAGE_SIZE} of 350 shown)`);

      // Scrolling near the end shows more, as the button would.
      more()!.scrollIntoView();
      await waitUntil(() => titles(element).length > PAGE_SIZE, 'scrolling to the end showed no more');

      // By keyboard: the next page comes, and focus goes to its first card.
      more()!.focus();
      // Focusing scrolls the button into view, which may show a page by itself: wait until that settles.
      let before = -1;
      while (before !== titles(element).length) {
        before = titles(element).length;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await element.updateComplete;
      }
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(titles(element).length).to.be.at.least(before + PAGE_SIZE);
      const focused = root(element).activeElement!;
      expect(focused.localName).to.equal('article');
      expect(text(focused.querySelector('.title'))).to.equal(titles(element)[before]);

      // A new search starts again from its first page; a result of up to 100 shows whole.
      await type(element, 'project 3');
      expect(count(element)).to.equal('107 of 350 projects');
      expect(titles(element)).to.have.length(PAGE_SIZE);
      await type(element, '4');
      // Every word must occur: 34, 134, 234, 334 and 340–349.
      expect(count(element)).to.equal('14 of 350 projects');
      expect(titles(element)).to.have.length(14);
      expect(more()).to.equal(null);
      expectElement(root(element).activeElement, searchBox(element));
      await expect(element).to.be.accessible();
    });

    it('renders data as text, never as markup', async () => {
      const element = await fixture<WisgProjectList>(html`<wisg-project-list
        lang="en"
        .projects=${[{ id: 'x', title: '<img src=x onerror="window.pwned=1">', start: '2020', goal: '<b>bold</b>' }]}
      ></wisg-project-list>`);
      expect(root(element).querySelector('img, b')).to.equal(null);
      expect(titles(element)).to.deep.equal(['<img src=x onerror="window.pwned=1">']);
    });
  });
});
