/**
 * "Link to this project" (issue 14 item 2): every card ends with the project's address on the page, a
 * real `<a href="#<id>">` the browser's own menu can copy, named short and described by the card's title.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/wisg-widgets.js';
import { parseProjects } from '../../src/data/parse.js';
import { renderStatic } from '../../src/render/index.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import type { WisgTimeline } from '../../src/timeline/timeline.js';
import { wisgData, expectElement, focused } from './helpers.js';

const TODAY = '2024-06-01';
const GBV = 'gbv-dv-georgia';
const WORDS = { en: 'Link to this project', ka: 'პროექტის ბმული' };
const GBV_TITLE = {
  en: 'Combating Gender-Based Violence and Domestic Violence in Georgia',
  ka: 'გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში',
};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The element that describes `node` (aria-describedby), looked up in its own root. */
const description = (node: Element) => (node.getRootNode() as ParentNode & { getElementById(id: string): Element | null }).getElementById(node.getAttribute('aria-describedby') ?? '');

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

for (const lang of ['en', 'ka'] as const) {
  describe(`"Link to this project" (${lang})`, () => {
    it('ends the card: its href is #<id>, its text and name short, its title describes it; axe passes', async () => {
      const element = await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${TODAY} project-id=${GBV} .data=${await wisgData()}></wisg-project-card>`);
      await element.updateComplete;
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="address-link"]')!;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal(`#${GBV}`);
      // The browser's "Copy link" copies the page's address with the project's.
      expect(link.href).to.equal(`${location.href.replace(/#.*$/, '')}#${GBV}`);
      expect(text(link)).to.equal(WORDS[lang]);
      expect(link.hasAttribute('aria-label'), 'the name is the text: no title repeated in it').to.equal(false);
      expect(text(description(link))).to.equal(GBV_TITLE[lang]);
      expect(description(link)!.matches('.title')).to.equal(true);
      // The card's last controls: the link, then its copy button. (Parts compared, not elements: chai's
      // message for two unequal elements inspects their whole DOM and stalls the browser.)
      const controls = [...element.shadowRoot!.querySelectorAll('article a, article button')].map((control) => control.getAttribute('part'));
      expect(controls.slice(-2)).to.deep.equal(['address-link', 'copy-link']);
      await expect(element).to.be.accessible();
    });

    it('in the list: one per card, each described by its own title; Tab reaches it after the card’s other controls', async () => {
      const list = await fixture<WisgProjectList>(html`<wisg-project-list lang=${lang} today=${TODAY} .data=${await wisgData()}></wisg-project-list>`);
      await list.updateComplete;
      const cards = [...list.shadowRoot!.querySelectorAll('article[data-project-id]')];
      expect(cards.length).to.be.greaterThan(1);
      for (const card of cards) {
        const link = card.querySelector<HTMLAnchorElement>('[part="address-link"]')!;
        expect(link.getAttribute('href')).to.equal(`#${encodeURIComponent(card.getAttribute('data-project-id')!)}`);
        expect(text(link)).to.equal(WORDS[lang]);
        expect(description(link)).to.equal(card.querySelector('.title'));
      }
      const card = list.shadowRoot!.querySelector(`[data-project-id="${GBV}"]`)!;
      // Focus order: the title link, the disclosure, the project's page (if any), then the address.
      const stops: (string | null)[] = [];
      card.querySelector<HTMLElement>('[part="disclosure"]')!.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(focused()?.getAttribute('part') ?? null);
        if (stops.at(-1) === 'address-link') break;
      }
      expect(stops.at(-1), `Tab went ${stops.join(', ')}`).to.equal('address-link');
      expect(card.contains(focused())).to.equal(true);
      await expect(list).to.be.accessible();
    });

    it('followed in the list, opens that project as any link to it does', async () => {
      const list = await fixture<WisgProjectList>(html`<wisg-project-list lang=${lang} today=${TODAY} .data=${await wisgData()}></wisg-project-list>`);
      await list.updateComplete;
      const card = list.shadowRoot!.querySelector(`[data-project-id="${GBV}"]`)!;
      card.querySelector<HTMLAnchorElement>('[part="address-link"]')!.click();
      await waitUntil(() => card.querySelector('[part="disclosure"]')!.getAttribute('aria-expanded') === 'true', 'the activities did not open');
      expect(location.hash).to.equal(`#${GBV}`);
      expectElement(focused(), card.querySelector('.title'));
    });

    it('is not in the timeline’s details dialog (Orca then no longer said the dialog’s name); its Close is still focused', async () => {
      const element = await fixture<WisgTimeline>(html`<wisg-timeline lang=${lang} today=${TODAY} .data=${await wisgData()}></wisg-timeline>`);
      await element.updateComplete;
      const bar = element.shadowRoot!.querySelector<HTMLElement>('[data-project-id="rfsl-2022-24"] button')!;
      bar.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const details = element.shadowRoot!.querySelector('dialog')!;
      expect(details.open).to.equal(true);
      expect(text(details.querySelector('.title'))).to.equal('RFSL 2022-24');
      expect(details.querySelector('[part="address-link"]')).to.equal(null);
      expect(focused()?.getAttribute('part')).to.equal('close-button');
      await expect(element).to.be.accessible();
    });

    it('is in the static rendering (no script): same text and href, described by the title', async () => {
      const rendering = renderStatic(parseProjects(await wisgData()), { element: 'list', lang, today: TODAY });
      const holder = document.createElement('div');
      holder.innerHTML = rendering.html;
      const card = holder.querySelector(`[data-project-id="${GBV}"]`)!;
      const links = [...card.querySelectorAll('a')].filter((a) => a.getAttribute('href') === `#${GBV}`);
      expect(links.length).to.equal(1);
      expect(text(links[0])).to.equal(WORDS[lang]);
      expect(links[0]!.getAttribute('aria-describedby')).to.equal(card.querySelector('.title')!.id);
      expect(text(card.querySelector('.title'))).to.equal(GBV_TITLE[lang]);
    });
  });
}

describe('projectHash on broken data', () => {
  it('an id with a lone surrogate still renders a card (U+FFFD in its address), not a thrown error', async () => {
    const data = await wisgData();
    const project = { ...data.projects[0]!, id: 'a\uD800b' };
    const element = await fixture<WisgProjectCard>(html`<wisg-project-card today=${TODAY} project-id=${'a\uD800b'} .data=${{ ...data, projects: [project] }}></wisg-project-card>`);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="address-link"]')!.getAttribute('href')).to.equal('#a%EF%BF%BDb');
  });
});
