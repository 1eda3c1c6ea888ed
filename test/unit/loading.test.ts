/**
 * The three ways data reaches a widget, and the loading states a person sees,
 * tested through the card.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/wisg-project-card.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { DataIssue } from '../../src/data/types.js';
import { fetchShared } from '../../src/loading/shared-fetch.js';
import { DEFAULT_TIMEOUT } from '../../src/shared/widget-element.js';
import { $, controlFetch, freshUrl, settled, visibleText, wisgData } from './helpers.js';

const TODAY = '2026-11-25';

// Read the bundled data before any test replaces fetch.
before(() => wisgData());

const title = (card: WisgProjectCard) => card.shadowRoot!.querySelector('.title')?.textContent?.trim();

describe('loading: the src attribute', () => {
  let network: ReturnType<typeof controlFetch>;
  beforeEach(() => {
    network = controlFetch();
  });
  afterEach(() => network.restore());

  it('says it is loading, then shows the project, and tells the page', async () => {
    const url = freshUrl();
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src=${url} project-id="rfsl-2022-24" today=${TODAY}></wisg-project-card>`);
    await waitUntil(() => network.requests.length === 1);
    expect(network.requests[0]!.url).to.equal(new URL(url, location.href).href);
    expect(visibleText(card)).to.equal('Loading…');
    expect($(card, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    // Text in place, not a status region: Orca read an empty one as "statusbar" (screen-reader-markup.test.ts).
    expect($(card, '[part="loading"]').hasAttribute('role')).to.equal(false);
    await expect(card).to.be.accessible();

    const loaded = oneEvent(card, 'wisg-load');
    network.requests[0]!.respond(JSON.stringify(await wisgData()));
    const event = await loaded;
    expect(event.detail.source).to.equal('src');
    expect(event.detail.projects).to.have.length(9);
    expect(event.bubbles && event.composed).to.equal(true);
    await card.updateComplete;
    expect(title(card)).to.equal('RFSL 2022-24');
    expect($(card, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
  });

  it('says loading in Georgian in a Georgian widget', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="ka" src=${freshUrl()}></wisg-project-card>`);
    expect(visibleText(card)).to.equal('იტვირთება…');
    await expect(card).to.be.accessible();
  });

  it('aborts the previous request when src changes, and a late answer never overwrites the newer one', async () => {
    const [first, second] = [freshUrl('first'), freshUrl('second')];
    const data = await wisgData();
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src=${first} project-id="rfsl-2022-24"></wisg-project-card>`);
    await waitUntil(() => network.requests.length === 1);
    card.src = second;
    await waitUntil(() => network.requests.length === 2);
    expect(network.requests[0]!.signal!.aborted, 'first request aborted').to.equal(true);

    const renamed = structuredClone(data);
    (renamed.projects.find((project) => project.id === 'rfsl-2022-24')!.title as Record<string, string>).en = 'From the second file';
    network.requests[1]!.respond(JSON.stringify(renamed));
    await settled(card);
    // The first server answers late; nothing may change.
    network.requests[0]!.respond(JSON.stringify(data));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await card.updateComplete;
    expect(title(card)).to.equal('From the second file');
  });

  it('makes one request for many widgets with the same src', async () => {
    const url = freshUrl();
    const host = await fixture(html`<div lang="en">
      <wisg-project-card src=${url} project-id="rfsl-2022-24"></wisg-project-card>
      <wisg-project-card src=${url} project-id="gbv-dv-georgia"></wisg-project-card>
      <wisg-project-card src=${url} project-id="lbti-community-georgia"></wisg-project-card>
    </div>`);
    await waitUntil(() => network.requests.length >= 1);
    network.requests[0]!.respond(JSON.stringify(await wisgData()));
    const cards = [...host.querySelectorAll<WisgProjectCard>('wisg-project-card')];
    await Promise.all(cards.map(settled));
    expect(network.requests).to.have.length(1);
    expect(cards.map(title)).to.deep.equal(['RFSL 2022-24', 'Combating Gender-Based Violence and Domestic Violence in Georgia', 'Empowering the LBTI Community in Georgia']);

    // A widget added later reuses the answer the page already has.
    const late = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src=${url} project-id="rfsl-2022-24"></wisg-project-card>`);
    await settled(late);
    expect(network.requests).to.have.length(1);
    expect(title(late)).to.equal('RFSL 2022-24');
  });

  it('ends a hung request after `timeout` ms with a visible, localized error and a retry that works', async () => {
    const url = freshUrl();
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src=${url} timeout="200" project-id="rfsl-2022-24"></wisg-project-card>`);
    const failed = await oneEvent(card, 'wisg-error');
    expect(failed.detail).to.include({ kind: 'load', fatal: true, reason: 'timeout' });
    await card.updateComplete;
    const alert = $(card, '[role="alert"]');
    expect([...alert.children].map(visibleText)).to.deep.equal([
      'Could not load the projects',
      'The server did not answer within 0.2 seconds.',
      `Address: ${new URL(url, location.href).href}`,
      'Try again',
    ]);
    await expect(card).to.be.accessible();

    const retry = $<HTMLButtonElement>(card, '[part="retry-button"]');
    retry.focus();
    retry.click();
    await waitUntil(() => network.requests.length === 2);
    await card.updateComplete;
    expect(card.shadowRoot!.activeElement?.getAttribute('part'), 'focus moves from the gone button to the loading message').to.equal('loading');
    network.requests[1]!.respond(JSON.stringify(await wisgData()));
    await settled(card);
    expect(title(card)).to.equal('RFSL 2022-24');
    expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    // Keyboard focus stays in the widget, at the top of what replaced the message.
    expect(document.activeElement?.localName).to.equal('wisg-project-card');
    expect(card.shadowRoot!.activeElement?.getAttribute('part')).to.equal('base');
  });

  it('waits 15 seconds by default', async () => {
    const card = document.createElement('wisg-project-card');
    expect(card.timeout).to.equal(DEFAULT_TIMEOUT);
    expect(DEFAULT_TIMEOUT).to.equal(15_000);
    const delays: number[] = [];
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number) => {
      delays.push(delay ?? 0);
      return realSetTimeout(handler, 0);
    }) as typeof window.setTimeout;
    try {
      const waiting = fetchShared(freshUrl(), { signal: new AbortController().signal, timeout: card.timeout, maxBytes: 1000 });
      await waiting.catch(() => {});
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(delays).to.include(15_000);
  });

  it('shows the server’s refusal in words, and the address it asked, in Georgian too', async () => {
    const url = freshUrl();
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="ka" src=${url}></wisg-project-card>`);
    await waitUntil(() => network.requests.length === 1);
    network.requests[0]!.respond('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    await settled(card);
    expect([...$(card, '[role="alert"]').children].map(visibleText)).to.deep.equal([
      'პროექტების ჩატვირთვა ვერ მოხერხდა',
      'მონაცემების ფაილი ვერ მოიძებნა (HTTP 404).',
      `მისამართი: ${new URL(url, location.href).href}`,
      'სცადეთ ხელახლა',
    ]);
    await expect(card).to.be.accessible();
  });
});

describe('loading: JS properties', () => {
  it('takes a document as `data`', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" project-id="rfsl-2022-24" .data=${await wisgData()}></wisg-project-card>`);
    await settled(card);
    expect(title(card)).to.equal('RFSL 2022-24');
  });

  it('takes an array as `projects`, set after creation as frameworks do, and follows changes', async () => {
    const { projects } = await wisgData();
    const card = document.createElement('wisg-project-card');
    card.lang = 'en';
    card.projectId = 'gbv-dv-georgia';
    const loaded = oneEvent(card, 'wisg-load');
    card.projects = projects;
    document.body.append(card);
    try {
      expect((await loaded).detail.source).to.equal('projects');
      await card.updateComplete;
      expect(title(card)).to.equal('Combating Gender-Based Violence and Domestic Violence in Georgia');
      card.projects = [{ id: 'gbv-dv-georgia', title: { en: 'Replaced' }, start: '2022' }];
      await card.updateComplete;
      expect(title(card)).to.equal('Replaced');
    } finally {
      card.remove();
    }
  });

  it('prefers `projects` over `data` over `src`', async () => {
    const network = controlFetch();
    try {
      const card = await fixture<WisgProjectCard>(html`<wisg-project-card
        lang="en"
        src=${freshUrl()}
        .data=${[{ id: 'a', title: 'From data', start: '2020' }]}
        .projects=${[{ id: 'a', title: 'From projects', start: '2020' }]}
      ></wisg-project-card>`);
      await settled(card);
      expect(title(card)).to.equal('From projects');
      card.projects = undefined;
      await card.updateComplete;
      expect(title(card)).to.equal('From data');
      expect(network.requests).to.have.length(0);
    } finally {
      network.restore();
    }
  });
});

describe('loading: an inline JSON child', () => {
  it('reads <script type="application/json"> inside the element, and never runs it', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en">
      <script type="application/json">
        [{ "id": "inline", "title": { "en": "Pasted into the CMS", "ka": "CMS-ში ჩასმული" }, "start": "2024-03" }]
      </script>
    </wisg-project-card>`);
    await settled(card);
    expect(title(card)).to.equal('Pasted into the CMS');
    expect(visibleText($(card, '[part="period"]'))).to.equal('March 2024 – present');
  });

  it('picks up a child that arrives after the element is defined, as an HTML parser delivers it', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="ka"></wisg-project-card>`);
    // The words come with the problems' chunk, asked for once the element is still idle after its first task.
    await waitUntil(() => visibleText(card) !== '', 'the idle notice is worded');
    expect(visibleText(card)).to.equal('საჩვენებელი პროექტები არ არის: ვიჯეტს სჭირდება src მისამართი ან პროექტების JSON მის შიგნით.');
    const script = document.createElement('script');
    script.type = 'application/json';
    card.append(script);
    script.textContent = '[{"id": "late", "title": "გვიან მოსული", "start": "2023"}]';
    await waitUntil(() => title(card) === 'გვიან მოსული', 'inline data was not read');
  });

  it('reports broken inline JSON where it breaks, without a retry button', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en">
      <script type="application/json">{"projects": [}</script>
    </wisg-project-card>`);
    await settled(card);
    expect(visibleText($(card, '[role="alert"]'))).to.equal('Could not show the projects The data is not valid JSON (line 1, column 15).');
    expect(card.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(card).to.be.accessible();
  });
});

describe('loading: data with some bad projects', () => {
  it('shows the good ones, lists the problems, warns in the console and tells the page', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const card = document.createElement('wisg-project-card');
      card.lang = 'en';
      card.projectId = 'good';
      const errored = oneEvent(card, 'wisg-error');
      card.projects = [
        { id: 'good', title: 'Good', start: '2023', url: 'javascript:alert(1)' },
        { id: 'bad', title: 'Bad', start: '2023-13-01' },
      ];
      document.body.append(card);
      const event = await errored;
      await card.updateComplete;
      expect(event.detail).to.include({ kind: 'data', fatal: false });
      // The card reports its own project's problem only: on screen, in the event and in the console.
      expect(event.detail.issues.map((issue: DataIssue) => issue.path)).to.deep.equal(['[0].url']);
      expect(warnings.join('\n')).to.contain('[0].url: "javascript:alert(1)" is not an http(s) address');
      expect(warnings.join('\n')).not.to.contain('[1].start');
      expect(title(card)).to.equal('Good');
      expect(visibleText($(card, '[part="issues"]'))).to.equal('Part of the data could not be shown (1 problem) [0].url: "javascript:alert(1)" is not an http(s) address, so it is not linked.');
      // Its one link is its own address on the page: the javascript: url is linked nowhere.
      expect([...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#good']);
      await expect(card).to.be.accessible();
      card.remove();
    } finally {
      console.warn = realWarn;
    }
  });
});
