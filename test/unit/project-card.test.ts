import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { can, emulateMediaOverCdp } from '../engine.js';
import '../../src/wisg-project-card.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { ProjectInput } from '../../src/data/types.js';
import type { WisgErrorEvent, WisgProjectSelectEvent } from '../../src/shared/events.js';
import { expectElement } from './helpers.js';

let bundled: unknown;
async function wisgData(): Promise<{ lang: string; projects: ProjectInput[] }> {
  bundled ??= await (await fetch('/data/wisg-projects.json')).json();
  return structuredClone(bundled) as { lang: string; projects: ProjectInput[] };
}

/** A card for one of the bundled projects (or `data`), with `attributes` set and `setup` run before it connects. */
async function card(attributes: Record<string, string>, data?: unknown, setup: (element: WisgProjectCard) => void = () => {}): Promise<WisgProjectCard> {
  const element = document.createElement('wisg-project-card');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data ?? (await wisgData());
  setup(element);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** A card for one project object. */
async function cardFor(project: ProjectInput, lang: 'ka' | 'en' = 'en', today = '2024-06-01'): Promise<WisgProjectCard> {
  const element = await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${today} .project=${project}></wisg-project-card>`);
  await element.updateComplete;
  return element;
}

const root = (element: WisgProjectCard) => element.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (element: WisgProjectCard, name: string) => root(element).querySelector(`[part~="${name}"]`);
const headings = (element: WisgProjectCard) => [...root(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `${heading.localName} ${text(heading)}`);

const RFSL = { 'project-id': 'rfsl-2022-24', today: '2024-06-01' };

describe('<wisg-project-card>', () => {
  describe('what it shows', () => {
    it('shows the title as a level-3 heading, with level-4 section headings, in English', async () => {
      const element = await card({ ...RFSL, lang: 'en' });
      expect(headings(element)).to.deep.equal(['h3 RFSL 2022-24', 'h4 Project goal', 'h4 Project activities (4)']);
      expect(part(element, 'card')!.getAttribute('aria-labelledby')).to.equal(part(element, 'title')!.id);
      await expect(element).to.be.accessible();
    });

    it('takes the heading level from heading-level, 2 to 6, else 3', async () => {
      const element = await card({ ...RFSL, lang: 'en', 'heading-level': '5' });
      expect(headings(element)).to.deep.equal(['h5 RFSL 2022-24', 'h6 Project goal', 'h6 Project activities (4)']);
      element.headingLevel = 2;
      await element.updateComplete;
      expect(headings(element)[0]).to.equal('h2 RFSL 2022-24');
      element.setAttribute('heading-level', '9');
      await element.updateComplete;
      expect(headings(element)[0]).to.equal('h3 RFSL 2022-24');
    });

    it('says the section headings and the status in Georgian', async () => {
      const element = await card({ ...RFSL, lang: 'ka' });
      expect(headings(element)).to.deep.equal(['h3 RFSL 2022-24', 'h4 პროექტის მიზანი', 'h4 პროექტის აქტივობები (4)']);
      expect(text(part(element, 'status'))).to.equal('მიმდინარე');
      await expect(element).to.be.accessible();
    });

    it('gives the period as <time> elements in the card’s language', async () => {
      const english = await card({ ...RFSL, lang: 'en' });
      expect(text(part(english, 'period'))).to.equal('1 October 2022 – 30 November 2024');
      const times = [...part(english, 'period')!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['2022-10-01', '2024-11-30']);

      const georgian = await card({ ...RFSL, lang: 'ka' });
      expect(text(part(georgian, 'period'))).to.equal('1 ოქტომბერი 2022 – 30 ნოემბერი 2024');
    });

    it('says an open end in words, and month or year precision as given', async () => {
      const running = await cardFor({ id: 'o', title: 'Open', start: '2023-03' }, 'en');
      expect(text(part(running, 'period'))).to.equal('March 2023 – present');
      const georgian = await cardFor({ id: 'o', title: 'Open', start: '2023-03' }, 'ka');
      expect(text(part(georgian, 'period'))).to.equal('მარტი 2023 – დღემდე');
      const future = await cardFor({ id: 'f', title: 'Future', start: '2030' }, 'en');
      expect(text(part(future, 'period'))).to.equal('2030 – no end date');
      expect(part(future, 'period')!.querySelector('time')!.getAttribute('datetime')).to.equal('2030');
    });

    it('says the status in words, from the dates and today, unless the data states one', async () => {
      const expectations: [string, string, string][] = [
        ['2022-09-30', 'Planned', 'დაგეგმილი'],
        ['2022-10-01', 'Ongoing', 'მიმდინარე'],
        ['2024-11-30', 'Ongoing', 'მიმდინარე'],
        ['2024-12-01', 'Completed', 'დასრულებული'],
      ];
      for (const [today, english, georgian] of expectations) {
        expect(text(part(await card({ ...RFSL, today, lang: 'en' }), 'status')), today).to.equal(english);
        expect(text(part(await card({ ...RFSL, today, lang: 'ka' }), 'status')), today).to.equal(georgian);
      }
      const suspended = await cardFor({ id: 's', title: 'Paused', start: '2020', status: 'suspended' }, 'ka');
      expect(text(part(suspended, 'status'))).to.equal('შეჩერებული');
    });

    it('shows the goal’s paragraphs', async () => {
      const element = await card({ 'project-id': 'lbti-community-georgia', lang: 'en' });
      const paragraphs = [...part(element, 'goal')!.querySelectorAll('p')].map(text);
      expect(paragraphs.length).to.equal(2);
      expect(paragraphs[0]).to.match(/^The project covers three main areas of WISG's work/);
    });

    it('lists the activities with their sub-items nested', async () => {
      const element = await card({ 'project-id': 'intersectional-feminist-dialogue-queer-academia', lang: 'en', expanded: '' });
      const list = part(element, 'activities')!.querySelector('ul')!;
      const [first] = list.children;
      expect(list.children.length).to.equal(1);
      const own = first!.cloneNode(true) as Element;
      own.querySelector('ul')!.remove();
      expect(text(own)).to.equal('Organising the feminist forum “Feminist Perspectives on Resistance and Intersectionality”.');
      const nested = first!.querySelector(':scope > ul')!;
      expect(nested.children.length).to.be.greaterThan(1);
      await expect(element).to.be.accessible();
    });

    it('lists implementers and funders, linking those with a web address, and links the project page', async () => {
      const element = await cardFor({
        id: 'l',
        title: { en: 'Linked', ka: 'ბმულები' },
        start: '2022',
        end: '2023',
        implementers: [{ name: { en: 'WISG', ka: 'WISG' }, url: 'https://wisg.org/' }, { name: 'Union Sapari' }],
        funders: [{ name: { en: 'Fund', ka: 'ფონდი' }, url: 'javascript:alert(1)' }],
        url: 'https://example.org/projects/l',
      });
      expect(headings(element)).to.deep.equal(['h3 Linked', 'h4 Implementers', 'h4 Funder']);
      const implementers = part(element, 'implementers')!;
      expect([...implementers.querySelectorAll('li')].map(text)).to.deep.equal(['WISG', 'Union Sapari']);
      expect(implementers.querySelector('a')!.href).to.equal('https://wisg.org/');
      expect(implementers.querySelectorAll('a').length).to.equal(1);
      // Not an http(s) address: the name is shown, never linked.
      expect(text(part(element, 'funders')!.querySelector('li'))).to.equal('Fund');
      expect(part(element, 'funders')!.querySelector('a')).to.equal(null);
      const link = part(element, 'link') as HTMLAnchorElement;
      expect(text(link)).to.equal('Project page');
      expect(link.href).to.equal('https://example.org/projects/l');
      expect((part(element, 'title-link') as HTMLAnchorElement).href).to.equal('https://example.org/projects/l');
      await expect(element).to.be.accessible();

      // One organisation: the singular, as the source page has it ("განმახორციელებელი:").
      const georgian = await cardFor({ id: 'l', title: 'x', start: '2022', implementers: [{ name: 'y' }], funders: [{ name: 'z' }], url: 'https://example.org/' }, 'ka');
      expect(headings(georgian).slice(1)).to.deep.equal(['h4 განმახორციელებელი', 'h4 დამფინანსებელი']);
      const plural = await cardFor({ id: 'l', title: 'x', start: '2022', implementers: [{ name: 'y' }, { name: 'w' }], funders: [{ name: 'z' }, { name: 'v' }] }, 'ka');
      expect(headings(plural).slice(1)).to.deep.equal(['h4 განმახორციელებლები', 'h4 დამფინანსებლები']);
      expect(text(part(georgian, 'link'))).to.equal('პროექტის გვერდი');
    });

    it('shows a text missing in the card’s language in the other one, marked with its language', async () => {
      const element = await cardFor({ id: 'g', title: { ka: 'მხოლოდ ქართულად' }, start: '2022', goal: { ka: 'მიზანი' } }, 'en');
      expect(text(part(element, 'title'))).to.equal('მხოლოდ ქართულად');
      expect(part(element, 'title')!.getAttribute('lang')).to.equal('ka');
      expect(part(element, 'goal')!.querySelector('[lang="ka"]')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('renders data as text, never as markup', async () => {
      const element = await cardFor({ id: 'x', title: '<img src=x onerror="window.pwned=1">', start: '2020', goal: '<script>window.pwned=1</script>', activities: ['<b>bold</b>'] });
      expect(root(element).querySelector('img, script, b')).to.equal(null);
      expect(text(part(element, 'title'))).to.equal('<img src=x onerror="window.pwned=1">');
    });

    it('prints dark text on light paper, also when the visitor prefers dark colours', async function () {
      if (!can.emulateMedia) this.skip(); // print and colour schemes are emulated over CDP only (test/engine.ts)
      const element = await card({ ...RFSL, lang: 'ka' });
      const looks = () => {
        const style = getComputedStyle(element);
        return `${style.color} on ${getComputedStyle(part(element, 'card')!).backgroundColor}, ${style.colorScheme}`;
      };
      // A page that follows the visitor's scheme: dark on screen when they prefer dark.
      document.documentElement.style.cssText = 'color-scheme: light dark; background: Canvas';
      try {
        await emulateMediaOverCdp('screen', 'dark');
        // The page's canvas turns dark with the scheme; the widget hears of it in the next frame (a media query's change event).
        await nextFrame();
        expect(looks(), 'on screen, dark scheme').to.equal('rgb(236, 232, 241) on rgb(34, 30, 40), dark');
        for (const theme of [null, 'dark', 'light']) {
          if (theme) element.setAttribute('theme', theme);
          await emulateMediaOverCdp('print', 'dark');
          await nextFrame();
          expect(looks(), `printed, theme ${theme}`).to.equal('rgb(31, 27, 36) on rgb(246, 243, 249), light');
        }
      } finally {
        document.documentElement.style.cssText = '';
        await emulateMediaOverCdp();
      }
    });
  });

  describe('the activities disclosure', () => {
    it('prints the activities of a closed card in full', async function () {
      if (!can.emulateMedia) this.skip(); // print is emulated over CDP only (test/engine.ts)
      const element = await card({ ...RFSL, lang: 'ka' });
      const region = root(element).querySelector<HTMLElement>('.activities-body')!;
      expect(region.querySelector('li')!.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(region.checkVisibility()).to.equal(true);
        const items = [...region.querySelectorAll('li')];
        expect(items.length).to.equal(4);
        expect(items.every((item) => item.checkVisibility())).to.equal(true);
        expect(text(items[0])).to.equal('წლიური დაგეგმვა;');
        expect(text(items[3])).to.equal('მულტიდისციპლინური გუნდის გაძლიერება.');
        expect(getComputedStyle(root(element).querySelector('.disclosure-icon')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('opens and closes by keyboard, tied to its region, and fires wisg-project-select when opened', async () => {
      const element = await card({ ...RFSL, lang: 'en' });
      const button = part(element, 'disclosure') as HTMLButtonElement;
      const region = root(element).getElementById(button.getAttribute('aria-controls')!)!;
      const firstItem = region.querySelector('li')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hasAttribute('hidden')).to.equal(true);
      expect(firstItem.checkVisibility()).to.equal(false);

      let selects = 0;
      element.addEventListener('wisg-project-select', () => selects++);
      button.focus();
      const selected = oneEvent(element, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail.id).to.equal('rfsl-2022-24');
      expect(event.detail.project.id).to.equal('rfsl-2022-24');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(firstItem.checkVisibility()).to.equal(true);
      expect(region.querySelectorAll('li').length).to.equal(4);
      expect(element.hasAttribute('expanded')).to.equal(true);
      expectElement(root(element).activeElement, button);
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(firstItem.checkVisibility()).to.equal(false);
      expect(element.hasAttribute('expanded')).to.equal(false);
      expect(selects, 'closing does not select').to.equal(1);
    });

    it('lets find-in-page reach closed activities, and opens them when it finds a match', async () => {
      const element = await card({ ...RFSL, lang: 'en' });
      const button = part(element, 'disclosure') as HTMLButtonElement;
      const region = root(element).getElementById(button.getAttribute('aria-controls')!)!;
      // hidden="until-found": engines that support it search the closed list (others treat it as hidden).
      expect(region.getAttribute('hidden')).to.equal('until-found');
      if ('onbeforematch' in region) expect(region.hidden).to.equal('until-found');
      const selected = oneEvent(element, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      // What the browser does when a find-in-page match is inside: beforematch, then it shows the region.
      region.dispatchEvent(new Event('beforematch', { bubbles: true }));
      region.removeAttribute('hidden');
      expect((await selected).detail.id).to.equal('rfsl-2022-24');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(element.hasAttribute('expanded')).to.equal(true);
      expect(region.querySelector('li')!.checkVisibility()).to.equal(true);

      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.getAttribute('hidden'), 'closed again: findable again').to.equal('until-found');
    });

    it('is open from the start with the expanded attribute', async () => {
      const element = await card({ ...RFSL, lang: 'ka', expanded: '' });
      const button = part(element, 'disclosure')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(root(element).getElementById(button.getAttribute('aria-controls')!)!.querySelector('li'))).to.equal('წლიური დაგეგმვა;');
      await expect(element).to.be.accessible();
    });

    it('is left out when there are no activities', async () => {
      const element = await cardFor({ id: 'n', title: 'No activities', start: '2020' });
      expect(part(element, 'disclosure')).to.equal(null);
    });
  });

  describe('where the project comes from', () => {
    it('picks the project by project-id from src', async () => {
      const element = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src="/data/wisg-projects.json" project-id="gbv-dv-georgia"></wisg-project-card>`);
      await waitUntil(() => part(element, 'title'));
      expect(text(part(element, 'title'))).to.equal('Combating Gender-Based Violence and Domestic Violence in Georgia');
      expect(part(element, 'implementers')!.querySelectorAll('li').length).to.equal(5);

      element.projectId = 'rfsl-2022-24';
      await element.updateComplete;
      expect(text(part(element, 'title'))).to.equal('RFSL 2022-24');
    });

    it('takes one project object as the project property', async () => {
      const element = await cardFor({ id: 'one', title: { en: 'One project', ka: 'ერთი პროექტი' }, start: '2023-01-01', end: '2023-06-30' }, 'ka');
      expect(text(part(element, 'title'))).to.equal('ერთი პროექტი');
      expect(text(part(element, 'period'))).to.equal('1 იანვარი 2023 – 30 ივნისი 2023');
    });

    it('shows the project property even when a project-id is set (the object wins, as over every source)', async () => {
      const element = await card({ ...RFSL, lang: 'en' });
      expect(text(part(element, 'title'))).to.equal('RFSL 2022-24');
      let errors = 0;
      element.addEventListener('wisg-error', () => errors++);
      element.project = { id: 'forum-2023', title: { en: 'Feminist forum' }, start: '2023-04-01' };
      await element.updateComplete;
      expect(text(part(element, 'title'))).to.equal('Feminist forum');
      expect(part(element, 'notice')).to.equal(null);
      expect(errors).to.equal(0);
      expect(element.shownProject?.id).to.equal('forum-2023');
    });

    it('reports only its own project’s data problems (and the document’s), in the event as on screen', async () => {
      const data = {
        lang: 'en',
        projects: [
          { id: 'a', title: 'Project A', start: '2023', url: 'javascript:alert(1)' },
          { id: 'b', title: 'Project B', start: '2023-13' },
          { id: 'c', title: 'Project C', start: '2023', status: 'paused' },
        ],
      };
      let errored!: Promise<WisgErrorEvent>;
      const element = await card({ lang: 'en', 'project-id': 'a' }, data, (card) => {
        errored = oneEvent(card, 'wisg-error') as Promise<WisgErrorEvent>;
      });
      const event = await errored;
      await element.updateComplete;
      expect(text(part(element, 'title'))).to.equal('Project A');
      expect(text(root(element).querySelector('.issues summary'))).to.equal('Part of the data could not be shown (1 problem)');
      expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['projects[0].url']);
      expect(event.detail.message).to.equal('projects[0].url: "javascript:alert(1)" is not an http(s) address, so it is not linked.');
      expect(event.detail.fatal).to.equal(false);
    });

    it('reads an inline JSON child', async () => {
      const element = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" today="2024-01-01">
        <script type="application/json">
          { "lang": "en", "projects": [{ "id": "inline", "title": "Inline project", "start": "2023-05-01", "goal": "Pasted by an editor." }] }
        </script>
      </wisg-project-card>`);
      await waitUntil(() => part(element, 'title'));
      expect(text(part(element, 'title'))).to.equal('Inline project');
      expect(text(part(element, 'goal')!.querySelector('p'))).to.equal('Pasted by an editor.');
      expect(text(part(element, 'status'))).to.equal('Ongoing');
    });

    it('says clearly when the project-id is not in the data, and reports it', async () => {
      const data = await wisgData();
      let errored!: Promise<WisgErrorEvent>;
      const element = await card({ lang: 'en', 'project-id': 'no-such-project' }, data, (card) => {
        errored = oneEvent(card, 'wisg-error') as Promise<WisgErrorEvent>;
      });
      const event = await errored;
      await element.updateComplete;
      const notice = part(element, 'notice')!;
      const message = `There is no project “no-such-project” in the data. Its projects: ${data.projects.map((project: { id: string }) => project.id).join(', ')}.`;
      expect(text(notice)).to.equal(message);
      expect(text(notice)).to.contain('rfsl-2022-24, ');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(event.detail.message).to.equal(message);
      expect(event.detail.fatal).to.equal(true);
      await expect(element).to.be.accessible();

      element.setAttribute('lang', 'ka');
      await waitUntil(() => text(part(element, 'notice')).startsWith('მონაცემებში პროექტი „no-such-project“ ვერ მოიძებნა. მასში არსებული პროექტები: un-joint'));
      await expect(element).to.be.accessible();
    });

    it('asks for a project-id when the data has several projects and none is chosen', async () => {
      const element = await card({ lang: 'en' });
      expect(text(part(element, 'notice'))).to.match(/^Choose the project to show with the project-id attribute: un-joint-programme-gender-equality, /);
    });
  });

  describe('events and states', () => {
    it('fires a cancelable wisg-project-select when the title link is activated', async () => {
      const element = await cardFor({ id: 'nav', title: 'Go', start: '2020', url: 'https://example.org/go' });
      element.addEventListener('wisg-project-select', (event) => event.preventDefault());
      const selected = oneEvent(element, 'wisg-project-select') as Promise<WisgProjectSelectEvent>;
      const link = part(element, 'title-link') as HTMLAnchorElement;
      let navigationPrevented = false;
      link.addEventListener('click', (event) => (navigationPrevented = event.defaultPrevented));
      link.click();
      const event = await selected;
      expect(event.detail.id).to.equal('nav');
      expect(event.cancelable).to.equal(true);
      expect(navigationPrevented).to.equal(true);
    });

    it('is accessible while loading and when loading fails, in both languages', async () => {
      const realFetch = window.fetch;
      window.fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      try {
        const loading = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src="/card-never-answers.json" project-id="a"></wisg-project-card>`);
        expect(text(part(loading, 'loading'))).to.equal('Loading…');
        await expect(loading).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
      const failed = await fixture<WisgProjectCard>(html`<wisg-project-card lang="ka" src="/card-no-such-file.json" project-id="a"></wisg-project-card>`);
      await waitUntil(() => part(failed, 'error'));
      expect(text(failed.shadowRoot!.querySelector('.error-title'))).to.equal('პროექტების ჩატვირთვა ვერ მოხერხდა');
      expect(text(part(failed, 'retry-button'))).to.equal('სცადეთ ხელახლა');
      await expect(failed).to.be.accessible();
    });

    it('passes axe (contrast included) in the dark theme, expanded, in both languages', async () => {
      for (const lang of ['en', 'ka']) {
        const element = await card({ 'project-id': 'gbv-dv-georgia', lang, theme: 'dark', expanded: '' });
        await expect(element).to.be.accessible();
      }
    });

    it('follows a language change of the page live', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const element = document.createElement('wisg-project-card');
      element.setAttribute('project-id', 'rfsl-2022-24');
      element.setAttribute('today', '2024-06-01');
      element.data = await wisgData();
      wrapper.append(element);
      await element.updateComplete;
      expect(text(part(element, 'status'))).to.equal('Ongoing');
      wrapper.setAttribute('lang', 'ka');
      await waitUntil(() => text(part(element, 'status')) === 'მიმდინარე');
      expect(text(part(element, 'period'))).to.equal('1 ოქტომბერი 2022 – 30 ნოემბერი 2024');
    });
  });
});
