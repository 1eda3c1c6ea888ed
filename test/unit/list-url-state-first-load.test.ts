/**
 * A shared address opened cold: the list-state chunk (src/chunks/list-state.ts) not yet loaded when the lists
 * have their data (inline, as a CMS page writes it). The visitor sees only the list the address asks for,
 * never the whole list first, and a deep link in the same address lands in that list. This file must stay
 * the first on its page to load the chunk: it imports nothing that loads it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/wisg-project-list.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import { wisgData, focused } from './helpers.js';

const TODAY = '2024-06-01';
const GBV = 'gbv-dv-georgia';
const PAGE_SEARCH = location.search;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (list: WisgProjectList) => text(list.shadowRoot!.querySelector('[part="count"]'));
const menu = (list: WisgProjectList, id: 'status' | 'year' | 'sort') => list.shadowRoot!.getElementById(id) as HTMLSelectElement;

/** Every count the list showed, in order, each once (what a person could have seen). */
function watchCounts(list: WisgProjectList): string[] {
  const seen: string[] = [];
  const note = () => {
    const shown = count(list);
    if (shown && shown !== seen.at(-1)) seen.push(shown);
  };
  new MutationObserver(note).observe(list.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return seen;
}

afterEach(() => history.replaceState(null, '', `${location.pathname}${PAGE_SEARCH}`));

describe('<wisg-project-list url-state> opened from a shared address, its chunk not yet loaded', () => {
  it('shows only the filtered list ("6 of 9"), in en and ka, tells wisg-load listeners so, and the deep link lands in it', async () => {
    const json = JSON.stringify(await wisgData());
    const search = [PAGE_SEARCH.slice(1), 'en-status=completed&ka-status=completed'].filter(Boolean).join('&');
    history.replaceState(null, '', `${location.pathname}?${search}#${GBV}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // What a page's script that listens for wisg-load reads of each list then: the projects it shows.
    const shownAtLoad: Record<string, string[]> = {};
    wrapper.addEventListener('wisg-load', (event) => {
      const list = event.target as WisgProjectList;
      shownAtLoad[list.lang] = list.shownProjects.map((project) => project.id);
    });
    // As a CMS page holds them: the data inline, the lists written in the HTML.
    wrapper.innerHTML = ['en', 'ka']
      .map((lang) => `<wisg-project-list url-state="${lang}" lang="${lang}" today="${TODAY}"><script type="application/json">${json}</script></wisg-project-list>`)
      .join('');
    const [en, ka] = [...wrapper.querySelectorAll('wisg-project-list')];
    const counts = { en: watchCounts(en!), ka: watchCounts(ka!) };
    await waitUntil(() => menu(en!, 'status')?.value === 'completed' && menu(ka!, 'status')?.value === 'completed', 'the address was not applied');
    await Promise.all([en!.updateComplete, ka!.updateComplete]);
    await waitUntil(() => focused()?.closest('[data-project-id]')?.getAttribute('data-project-id') === GBV, 'the deep link did not focus the project');

    expect(counts).to.deep.equal({ en: ['6 of 9 projects'], ka: ['9 პროექტიდან 6'] });
    expect(Object.keys(shownAtLoad).sort()).to.deep.equal(['en', 'ka']);
    for (const lang of ['en', 'ka']) expect(shownAtLoad[lang], `shownProjects at wisg-load (${lang})`).to.have.length(6).and.include(GBV);
    expect(text(menu(en!, 'status').selectedOptions[0])).to.equal('Completed');
    expect(text(menu(ka!, 'status').selectedOptions[0])).to.equal('დასრულებული');
    // The first list in document order that has the project answers: the English one.
    const heading = focused()!;
    expect(en!.shadowRoot!.contains(heading)).to.equal(true, 'focus is in the English list');
    expect(text(heading)).to.equal('Combating Gender-Based Violence and Domestic Violence in Georgia');
    const { top, bottom } = heading.getBoundingClientRect();
    expect(top >= 0 && bottom <= innerHeight).to.equal(true, `the heading is at ${top}px in a ${innerHeight}px view`);
    // The shared filter stayed: the address still has it.
    expect(new URLSearchParams(location.search).get('en-status')).to.equal('completed');
    await expect(en).to.be.accessible();
    await expect(ka).to.be.accessible();
  });
});
