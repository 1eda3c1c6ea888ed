/** Each widget's own language: resolution, live changes, side by side, and fallback marking. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/wisg-project-card.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import { inheritedLang } from '../../src/localize/locale-controller.js';
import { localeFor } from '../../src/localize/msg.js';
import { $, settled, visibleText, wisgData } from './helpers.js';

const TODAY = '2026-11-25';
const period = (card: WisgProjectCard) => visibleText($(card, '[part="period"]'));
const statusText = (card: WisgProjectCard) => visibleText($(card, '[part="status"]'));

async function rfslCard(lang?: string) {
  const { projects } = await wisgData();
  const card = document.createElement('wisg-project-card');
  if (lang !== undefined) card.setAttribute('lang', lang);
  card.setAttribute('today', TODAY);
  card.projectId = 'rfsl-2022-24';
  card.projects = projects;
  return card;
}

describe('language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('maps ka and its regional forms to Georgian, everything else to English', () => {
    expect(['ka', 'KA', 'ka-GE', ' ka '].map(localeFor)).to.deep.equal(['ka', 'ka', 'ka', 'ka']);
    expect(['en', 'en-GB', 'de', '', 'kab', null, undefined].map(localeFor)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('renders dates, status and headings in the element’s own language', async () => {
    const card = await fixture<WisgProjectCard>(await rfslCard('ka'));
    await settled(card);
    expect(period(card)).to.equal('1 ოქტომბერი 2022 – 30 ნოემბერი 2024');
    expect(statusText(card)).to.equal('დასრულებული');
    expect(visibleText($(card, '.goal .section-heading'))).to.equal('პროექტის მიზანი');
    expect($(card, '[part="base"]').lang).to.equal('ka');
    expect([...card.shadowRoot!.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2022-10-01', '2024-11-30']);
    await expect(card).to.be.accessible();
  });

  it('inherits the nearest ancestor’s lang, crossing shadow roots', async () => {
    const outer = await fixture(html`<section lang="ka"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    shadow.append(inner);
    const card = await rfslCard();
    inner.append(card);
    await settled(card);
    expect(inheritedLang(card)).to.equal('ka');
    expect(statusText(card)).to.equal('დასრულებული');

    // A lang inside the shadow root is nearer.
    inner.setAttribute('lang', 'en');
    await waitUntil(() => statusText(card) === 'Completed', 'did not follow the lang inside the shadow root');
  });

  it('follows a live change of <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const card = await fixture<WisgProjectCard>(await rfslCard());
    await settled(card);
    expect(period(card)).to.equal('1 October 2022 – 30 November 2024');
    document.documentElement.setAttribute('lang', 'ka');
    await waitUntil(() => period(card) === '1 ოქტომბერი 2022 – 30 ნოემბერი 2024', 'did not follow <html lang>');
    expect($(card, '.title').textContent).to.equal('RFSL 2022-24');
  });

  it('follows a change of its own lang attribute', async () => {
    const card = await fixture<WisgProjectCard>(await rfslCard('en'));
    await settled(card);
    card.lang = 'ka';
    await waitUntil(() => statusText(card) === 'დასრულებული');
    card.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'de');
    await waitUntil(() => statusText(card) === 'Completed', 'unsupported languages fall back to English');
  });

  it('renders two widgets side by side, each entirely in its own language', async () => {
    const row = await fixture(html`<div></div>`);
    const [ka, en] = [await rfslCard('ka'), await rfslCard('en')];
    ka.projectId = en.projectId = 'gbv-dv-georgia';
    row.append(ka, en);
    await Promise.all([settled(ka), settled(en)]);
    expect(visibleText($(ka, '.title'))).to.equal('გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში');
    expect(visibleText($(en, '.title'))).to.equal('Combating Gender-Based Violence and Domestic Violence in Georgia');
    expect([period(ka), period(en)]).to.deep.equal(['6 ივლისი 2022 – 9 მაისი 2023', '6 July 2022 – 9 May 2023']);
    expect(visibleText($(ka, '.organisations .section-heading'))).to.equal('განმახორციელებლები');
    expect(visibleText($(en, '.organisations .section-heading'))).to.equal('Implementers');
    // Both stay right after the page's language changes.
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all([ka.updateComplete, en.updateComplete]);
    expect(statusText(ka)).to.equal('დასრულებული');
  });

  it('shows a text missing in the wanted language in the other one, marked with its lang', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card
      lang="en"
      today=${TODAY}
      expanded
      .projects=${[
        {
          id: 'half',
          title: { ka: 'მხოლოდ ქართულად' },
          start: '2025-01',
          goal: { en: 'An English goal.' },
          activities: [{ ka: 'ქართული აქტივობა' }, { en: 'An English activity', ka: 'ინგლისური' }],
        },
      ]}
    ></wisg-project-card>`);
    await settled(card);
    const heading = $(card, '.title');
    expect(heading.textContent).to.equal('მხოლოდ ქართულად');
    expect(heading.lang).to.equal('ka');
    expect($(card, '.goal p').closest('[lang]')!.getAttribute('lang'), 'the goal is in the element’s language').to.equal('en');
    const items = [...card.shadowRoot!.querySelectorAll('.activity-list li')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['ქართული აქტივობა', 'An English activity']);
    expect(items[0]!.querySelector('span')!.lang).to.equal('ka');
    expect(items[1]!.querySelector('[lang]')).to.equal(null);
    await expect(card).to.be.accessible();
  });
});
