/**
 * <wisg-project-list url-state>: the search, filters and sort in the page's address (src/chunks/list-state.ts).
 * What a person sees: the count, the search box, the menus' chosen options, the cards; and back and forward.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/wisg-project-list.js';
import { SETTLE_DELAY } from '../../src/chunks/list-state.js';
import { loadChunk } from '../../src/loading/lazy-chunk.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import { wisgData, expectElement, focused } from './helpers.js';

const TODAY = '2024-06-01';
/** The test page's own parameters (the runner's session): a page's parameters, which must stay as they are. */
const PAGE_SEARCH = location.search;

const root = (list: WisgProjectList) => list.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (list: WisgProjectList) => text(root(list).querySelector('[part="count"]'));
/** The titles a person sees (filtered-out cards are hidden). */
const titles = (list: WisgProjectList) => [...root(list).querySelectorAll<HTMLElement>('ul[part="list"] > li .title')].filter((title) => title.checkVisibility()).map(text);
const searchBox = (list: WisgProjectList) => root(list).querySelector<HTMLInputElement>('input[type="search"]')!;
const menu = (list: WisgProjectList, id: 'status' | 'year' | 'sort') => root(list).getElementById(id) as HTMLSelectElement;
/** What each menu shows: its chosen option's text. */
const menus = (list: WisgProjectList) => (['status', 'year', 'sort'] as const).map((id) => text(menu(list, id).selectedOptions[0]));
/**
 * History entries, counted: `pushed` in all, and how far the page is from this file's first entry
 * (so that no test goes back past it, which would leave the test page). Not history.length: after
 * going back, a new entry drops those ahead, and Chromium keeps 50 at most.
 */
const entries = { pushed: 0, position: 0, ahead: 0 };
const realPushState = history.pushState;
history.pushState = function (...args: Parameters<History['pushState']>) {
  entries.pushed++;
  entries.position++;
  entries.ahead = 0;
  return realPushState.apply(this, args);
};
/** How many entries were added since this was called. */
function entriesAdded(): () => number {
  const start = entries.pushed;
  return () => entries.pushed - start;
}
const param = (name: string) => new URLSearchParams(location.search).get(name);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The query string with `search` after the page's own parameters. */
function withPage(search: string): string {
  const query = [PAGE_SEARCH.slice(1), search.replace(/^\?/, '')].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** Sets the address's query string (after the page's own parameters) and hash, without a navigation. */
function setAddress(search: string, hash = ''): void {
  history.replaceState(null, '', `${location.pathname}${withPage(search)}${hash}`);
}

/** The lists, connected in a page, with the list-state chunk in and applied. */
async function page(lists: ReturnType<typeof html>): Promise<WisgProjectList[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${lists}</div>`);
  const found = [...wrapper.querySelectorAll('wisg-project-list')];
  await loadChunk('url-state', () => import('../../src/chunks/list-state.js'));
  await Promise.all(found.map((list) => list.updateComplete));
  return found;
}

async function oneList(lang: 'en' | 'ka', attributes = ''): Promise<WisgProjectList> {
  const data = await wisgData();
  // `attributes`: set by the test page's author, as written in the HTML.
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<wisg-project-list id="projects" url-state lang="${lang}" today="${TODAY}" ${attributes}></wisg-project-list>`;
  const list = wrapper.querySelector('wisg-project-list')!;
  list.data = data;
  await loadChunk('url-state', () => import('../../src/chunks/list-state.js'));
  await list.updateComplete;
  return list;
}

/** Back or forward, as the browser's buttons do, and the list(s) re-rendered. */
async function traverse(step: -1 | 1, ...lists: WisgProjectList[]): Promise<void> {
  if (step < 0 ? entries.position < 1 : entries.ahead < 1) throw new Error('no entry of this file there');
  entries.position += step;
  entries.ahead -= step;
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.go(step);
  await popped;
  await Promise.all(lists.map((list) => list.updateComplete));
}

/**
 * A menu chosen as a visitor does with the keyboard: focused, arrowed to the option (each step a change,
 * as in Chromium, Firefox and WebKitGTK), and left with Tab, which settles it. Real keys: Chromium's
 * back skips entries a page added without the visitor's doing.
 */
async function choose(list: WisgProjectList, id: 'status' | 'year' | 'sort', value: string, leave = true): Promise<void> {
  const control = menu(list, id);
  // Newly drawn menus are inert for a moment (MenuHoldController).
  await waitUntil(() => !control.inert, `${id} stays inert`);
  control.focus();
  const to = [...control.options].findIndex((option) => option.value === value);
  expect(to, `${id} offers ${value}`).to.be.greaterThan(-1);
  while (control.selectedIndex !== to) {
    const before = control.selectedIndex;
    await sendKeys({ press: to > before ? 'ArrowDown' : 'ArrowUp' });
    await list.updateComplete;
    expect(control.selectedIndex, 'an arrow key moves the choice').not.to.equal(before);
  }
  if (leave) await sendKeys({ press: 'Tab' });
  await list.updateComplete;
}

const WORDS = {
  en: {
    all: '9 projects',
    completed: 'Completed',
    ongoing: 'Ongoing',
    all_: 'All',
    newest: 'Newest first',
    oldest: 'Oldest first',
    title: 'Title (A–Z)',
    of: (n: number) => `${n} of 9 projects`,
    none: 'No projects found',
  },
  ka: {
    all: '9 პროექტი',
    completed: 'დასრულებული',
    ongoing: 'მიმდინარე',
    all_: 'ყველა',
    newest: 'ჯერ ახალი',
    oldest: 'ჯერ ძველი',
    title: 'სათაურით (ა–ჰ)',
    of: (n: number) => `9 პროექტიდან ${n}`,
    none: 'პროექტები ვერ მოიძებნა',
  },
};

const TITLES = {
  en: {
    gbv: 'Combating Gender-Based Violence and Domestic Violence in Georgia',
    lbtiRights: 'Improving the Human Rights Situation of LBTI People through Evidence-Based Research and Innovative Approaches',
    lbtiCommunity: 'Empowering the LBTI Community in Georgia',
  },
  ka: {
    gbv: 'გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში',
    lbtiRights: 'ლბტი უფლებრივი მდგომარეობის გაუმჯობესება მტკიცებულებებზე დაფუძნებული კვლევებისა და ინოვაციური მიდგომების მეშვეობით',
    lbtiCommunity: 'ლბტი თემის გაძლიერება საქართველოში',
  },
};

afterEach(() => setAddress(''));

for (const lang of ['en', 'ka'] as const) {
  const words = WORDS[lang];
  const titlesIn = TITLES[lang];

  describe(`<wisg-project-list url-state> (${lang})`, () => {
    it('opens with the state in the address: the box, the menus, the count and the cards show it', async () => {
      setAddress(`?p=12&projects-query=LBTI&projects-status=completed&projects-year=2023&projects-sort=oldest&utm_source=mail`);
      const list = await oneList(lang);
      expect(searchBox(list).value).to.equal('LBTI');
      expect(menus(list)).to.deep.equal([words.completed, '2023', words.oldest]);
      expect(count(list)).to.equal(words.of(2));
      expect(titles(list)).to.deep.equal([titlesIn.lbtiRights, titlesIn.lbtiCommunity]);
      // Nothing written: the address is the page's until the visitor changes something.
      expect(location.search).to.equal(withPage('p=12&projects-query=LBTI&projects-status=completed&projects-year=2023&projects-sort=oldest&utm_source=mail'));
      await expect(list).to.be.accessible();
    });

    it('follows typing in place and adds one history entry once it settles; back and forward bring the box back', async () => {
      setAddress('?p=12');
      const list = await oneList(lang);
      const box = searchBox(list);
      const entries = entriesAdded();
      box.focus();
      await sendKeys({ type: 'LB' });
      await list.updateComplete;
      expect(param('projects-query'), 'the address follows each keystroke').to.equal('LB');
      await sendKeys({ type: 'I' });
      // A typo mended mid-word: the caret is where the visitor put it, not moved to the end.
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ type: 'T' });
      await list.updateComplete;
      expect(param('projects-query')).to.equal('LBTI');
      expect(box.value).to.equal('LBTI');
      expect(box.selectionStart).to.equal(3);
      expect(entries(), 'no entry per keystroke').to.equal(0);
      await sleep(SETTLE_DELAY + 300);
      expect(entries(), 'one entry once typing paused').to.equal(1);
      expectElement(focused(), box);
      expect(box.value).to.equal('LBTI');
      expect(box.selectionStart).to.equal(3);
      expect(count(list)).to.equal(words.of(2));
      expect(param('p')).to.equal('12');
      await expect(list).to.be.accessible();

      await traverse(-1, list);
      expect(box.value, 'back: the box as it was before the search').to.equal('');
      expect(count(list)).to.equal(words.all);
      expect(titles(list)).to.have.length(9);
      expect(focused(), 'focus stays where it was').to.equal(box);
      expect(location.search).to.equal(withPage('p=12'));
      await expect(list).to.be.accessible();

      await traverse(1, list);
      expect(box.value).to.equal('LBTI');
      expect(count(list)).to.equal(words.of(2));
      expect(titles(list)).to.deep.equal([titlesIn.lbtiCommunity, titlesIn.lbtiRights]);
    });

    it('typing on across a settled moment loses nothing; Enter settles at once', async () => {
      const list = await oneList(lang);
      const box = searchBox(list);
      box.focus();
      await sendKeys({ type: 'LB' });
      await sleep(SETTLE_DELAY + 300);
      await sendKeys({ type: 'TI' });
      await list.updateComplete;
      expect(box.value).to.equal('LBTI');
      expect(box.selectionStart).to.equal(4);
      expectElement(focused(), box);
      const entries = entriesAdded();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(entries(), 'Enter: the entry at once').to.equal(1);
      expect(box.value).to.equal('LBTI');
      expectElement(focused(), box);

      await traverse(-1, list);
      expect(box.value).to.equal('LB');
      await traverse(-1, list);
      expect(box.value).to.equal('');
      expect(count(list)).to.equal(words.all);
      await traverse(1, list);
      await traverse(1, list);
      expect(box.value).to.equal('LBTI');
      expect(count(list)).to.equal(words.of(2));
    });

    it('a menu change is one entry once chosen, not one per arrow key; back and forward show the menus as they were, focus unmoved', async () => {
      const list = await oneList(lang);
      const entries = entriesAdded();
      await choose(list, 'status', 'completed', false);
      expect(param('projects-status'), 'the address follows at once').to.equal('completed');
      expect(entries(), 'arrowing through the menu: no entry yet').to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(entries(), 'left: one entry').to.equal(1);
      await choose(list, 'year', '2023');
      await choose(list, 'sort', 'title', false);
      await sleep(SETTLE_DELAY + 300);
      expect(entries(), 'or after a pause').to.equal(3);
      expect(menus(list)).to.deep.equal([words.completed, '2023', words.title]);
      expect(count(list)).to.equal(words.of(6));
      await expect(list).to.be.accessible();

      const before = focused();
      await traverse(-1, list);
      expect(menus(list)).to.deep.equal([words.completed, '2023', words.newest]);
      expect(focused(), 'focus stays where it was').to.equal(before);
      await traverse(-1, list);
      expect(menus(list)).to.deep.equal([words.completed, words.all_, words.newest]);
      expect(count(list)).to.equal(words.of(6));
      await traverse(-1, list);
      expect(menus(list)).to.deep.equal([words.all_, words.all_, words.newest]);
      expect(count(list)).to.equal(words.all);
      expectElement(focused(), before);
      await expect(list).to.be.accessible();
      await traverse(1, list);
      expect(menus(list)).to.deep.equal([words.completed, words.all_, words.newest]);
      expect(count(list)).to.equal(words.of(6));
    });

    it('keeps the page’s own attributes as the start: only what differs is in the address, and back returns to them', async () => {
      setAddress('?projects-status=&projects-sort=newest');
      const list = await oneList(lang, 'status="completed" sort="oldest"');
      expect(menus(list), 'the address clears the status and sorts newest first').to.deep.equal([words.all_, words.all_, words.newest]);
      expect(count(list)).to.equal(words.all);
      await choose(list, 'status', 'completed');
      await choose(list, 'sort', 'oldest');
      expect(location.search, 'the state the page set up needs no parameter').to.equal(withPage(''));
      await traverse(-1, list);
      expect(menus(list)).to.deep.equal([words.completed, words.all_, words.newest]);
      expect(param('projects-sort')).to.equal('newest');
    });

    it('two lists on one page keep their own state, in the address and back and forward', async () => {
      const data = await wisgData();
      setAddress('?news-query=LBTI');
      const [projects, news] = await page(html`
        <wisg-project-list id="projects" url-state lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
        <wisg-project-list id="other" url-state="news" lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
      `);
      expect(searchBox(projects!).value).to.equal('');
      expect(count(projects!)).to.equal(words.all);
      expect(searchBox(news!).value).to.equal('LBTI');
      expect(count(news!)).to.equal(words.of(2));

      await choose(projects!, 'status', 'ongoing');
      expect(count(projects!)).to.equal(words.of(3));
      expect(searchBox(news!).value, 'the other list is not touched').to.equal('LBTI');
      searchBox(news!).focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' zzz' });
      await sendKeys({ press: 'Enter' });
      await news!.updateComplete;
      expect(param('projects-status')).to.equal('ongoing');
      expect(param('news-query')).to.equal('LBTI zzz');
      expect(count(news!)).to.equal(words.none);
      expect(menus(projects!)).to.deep.equal([words.ongoing, words.all_, words.newest]);
      await expect(projects!).to.be.accessible();
      await expect(news!).to.be.accessible();

      await traverse(-1, projects!, news!);
      expect(searchBox(news!).value).to.equal('LBTI');
      expect(menus(projects!), 'back undoes the other list’s change, not this one’s').to.deep.equal([words.ongoing, words.all_, words.newest]);
      await traverse(-1, projects!, news!);
      expect(menus(projects!)).to.deep.equal([words.all_, words.all_, words.newest]);
      expect(searchBox(news!).value).to.equal('LBTI');
      await traverse(1, projects!, news!);
      await traverse(1, projects!, news!);

      // The same address opened again (shared, reloaded): each list as it was.
      const [again, againNews] = await page(html`
        <wisg-project-list id="projects" url-state lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
        <wisg-project-list url-state="news" lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
      `);
      expect(menus(again!)).to.deep.equal([words.ongoing, words.all_, words.newest]);
      expect(count(again!)).to.equal(words.of(3));
      expect(searchBox(againNews!).value).to.equal('LBTI zzz');
    });

    it('a list without an id or namespace uses wisg-…', async () => {
      const data = await wisgData();
      setAddress('?wisg-status=completed');
      const [list] = await page(html`<wisg-project-list url-state lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>`);
      expect(menus(list!)).to.deep.equal([words.completed, words.all_, words.newest]);
      await choose(list!, 'year', '2023');
      expect(param('wisg-year')).to.equal('2023');
    });

    it('two lists that name no namespace (two CMS blocks, no id) keep apart, as wisg-… and wisg-2-… in page order', async () => {
      const data = await wisgData();
      setAddress('?wisg-2-status=completed');
      const [first, second] = await page(html`
        <wisg-project-list url-state lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
        <wisg-project-list url-state lang=${lang} today=${TODAY} .data=${data}></wisg-project-list>
      `);
      expect(menus(first!), 'the first list is not given the second one’s state').to.deep.equal([words.all_, words.all_, words.newest]);
      expect(menus(second!)).to.deep.equal([words.completed, words.all_, words.newest]);
      await choose(first!, 'year', '2023');
      expect(param('wisg-year')).to.equal('2023');
      expect(param('wisg-2-status'), 'the second list’s state is kept').to.equal('completed');
      expect(param('wisg-2-year')).to.equal(null);
      expect(menus(second!)).to.deep.equal([words.completed, words.all_, words.newest]);
    });

    it('reads a hostile or hand-edited address as text, ignoring what is not a choice', async () => {
      const markup = '<img src=x onerror="window.__wisgPwned=1">';
      setAddress(`?projects-query=${encodeURIComponent(markup)}&projects-status=deleted&projects-year=20231&projects-sort=random&projects-status=completed`);
      const list = await oneList(lang);
      expect(searchBox(list).value).to.equal(markup);
      expect(menus(list), 'none of the values is a choice; the second status is not read').to.deep.equal([words.all_, words.all_, words.newest]);
      expect(count(list)).to.equal(words.none);
      expect(text(root(list).querySelector('[part="empty"] p'))).to.contain(markup);
      expect(root(list).querySelector('img'), 'no markup made').to.equal(null);
      await expect(list).to.be.accessible();
      expect((window as { __wisgPwned?: number }).__wisgPwned).to.equal(undefined);

      setAddress(`?projects-query=${'ძ'.repeat(5000)}&projects-year=%00&projects-status=__proto__`);
      const long = await oneList(lang, 'status="ongoing"');
      expect([...searchBox(long).value]).to.have.length(200);
      expect(menus(long), 'the page’s own status stands').to.deep.equal([words.ongoing, words.all_, words.newest]);

      setAddress('?projects-query=%E0%A4%A&projects-year=2023&&=&%');
      const malformed = await oneList(lang);
      expect(searchBox(malformed).value).to.equal('\uFFFD%A');
      expect(menus(malformed)).to.deep.equal([words.all_, '2023', words.newest]);
    });

    it('coexists with a project’s address: the hash is answered in the list as the query filters it, and kept', async () => {
      setAddress('?projects-status=completed', '#gbv-dv-georgia');
      const list = await oneList(lang);
      const card = () => root(list).querySelector<HTMLElement>('[data-project-id="gbv-dv-georgia"]');
      await waitUntil(() => card()?.querySelector('[part="disclosure"]')?.getAttribute('aria-expanded') === 'true', 'the project’s activities open');
      expect(count(list)).to.equal(words.of(6));
      expect(titles(list)).to.contain(titlesIn.gbv);
      await choose(list, 'year', '2023');
      expect(location.hash).to.equal('#gbv-dv-georgia');
      expect(param('projects-year')).to.equal('2023');
      await traverse(-1, list);
      expect(location.hash).to.equal('#gbv-dv-georgia');
      expect(menus(list)).to.deep.equal([words.completed, words.all_, words.newest]);
    });
  });
}

describe('<wisg-project-list> without url-state', () => {
  it('neither reads nor writes the address', async () => {
    const data = await wisgData();
    setAddress('?wisg-status=completed&projects-status=completed');
    const wrapper = await fixture<HTMLDivElement>(html`<div><wisg-project-list id="projects" lang="en" today=${TODAY} .data=${data}></wisg-project-list></div>`);
    const list = wrapper.querySelector('wisg-project-list')!;
    await list.updateComplete;
    await sleep(50);
    expect(menus(list)).to.deep.equal(['All', 'All', 'Newest first']);
    await choose(list, 'year', '2023');
    expect(location.search).to.equal(withPage('wisg-status=completed&projects-status=completed'));
  });
});
