/**
 * Engine differences that reach what a visitor sees. Firefox turns Georgian into Mtavruli
 * capitals under `text-transform: uppercase` (Chromium does not), and has Georgian in Intl
 * (Chromium answers in English): the widgets must look and read the same in every engine.
 */
import { expect } from '@open-wc/testing';
import { engine } from '../../engine.js';
import { TAGS, attach, cleanUp, create, deepElements, shownText } from './support.js';

const PROJECT = { id: 'p', title: { ka: 'ქალთა ინიციატივა', en: 'Women’s initiative' }, start: '2022-10-01', end: '2024-11-30', goal: 'მიზანი', status: 'completed' };

describe(`engine differences (${engine})`, () => {
  afterEach(cleanUp);

  for (const tag of TAGS)
    it(`<${tag}>: a host page's text-transform: uppercase does not reach the Georgian text (no Mtavruli in Firefox)`, async () => {
      const page = attach(document.createElement('div'));
      page.lang = 'ka';
      page.style.textTransform = 'uppercase';
      page.style.letterSpacing = '0.3em';
      const element = page.appendChild(create(tag, {}, { projects: [PROJECT], today: '2025-01-01' }));
      await element.updateComplete;
      const texts = deepElements(element.shadowRoot!).filter((node) => /[\u10d0-\u10ff]/.test(node.textContent ?? ''));
      expect(texts.length).to.be.greaterThan(0);
      for (const node of texts) {
        expect(getComputedStyle(node).textTransform, `<${node.localName}>`).to.equal('none');
        expect(getComputedStyle(node).letterSpacing, `<${node.localName}>`).to.equal('normal');
      }
    });

  it('dates are written from our own month names, the same in every engine (Firefox has Georgian Intl data, Chromium does not)', async () => {
    const page = attach(document.createElement('div'));
    page.lang = 'ka';
    const card = page.appendChild(create('wisg-project-card', {}, { projects: [PROJECT], today: '2025-01-01' }));
    await card.updateComplete;
    expect(shownText(card)).to.contain('1 ოქტომბერი 2022 – 30 ნოემბერი 2024');
    expect(shownText(card)).not.to.match(/ოქტომბერი, 2022|October/);
  });
});
