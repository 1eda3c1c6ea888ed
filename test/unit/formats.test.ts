/**
 * The widgets on each format `src` and inline data may be in: the JSON contract, CSV/TSV as
 * spreadsheets write it and IATI activity files (2.0x and 1.0x), in both languages. The sheet
 * and IATI readers load on first use (src/loading/readers.ts); the problems they find are shown
 * in the file's own terms, and the good rows still show.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/wisg-project-list.js';
import '../../src/wisg-project-card.js';
import '../../src/wisg-timeline.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { WisgTimeline } from '../../src/timeline/timeline.js';
import { detectFormat } from '../../src/data/formats.js';
import { ChunkLoadError, loadChunk } from '../../src/loading/lazy-chunk.js';
import { $, settled, visibleText } from './helpers.js';

const TODAY = '2026-11-25';
const count = (list: WisgProjectList) => $(list, '[part="count"]').textContent!.trim();
const titles = (list: WisgProjectList) => [...list.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
const problems = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part="issues"] li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

async function list(src: string, lang: 'ka' | 'en', attributes: { iatiOrg?: string } = {}): Promise<WisgProjectList> {
  const element = await fixture<WisgProjectList>(html`<wisg-project-list lang=${lang} src=${src} iati-org=${attributes.iatiOrg ?? ''} today=${TODAY}></wisg-project-list>`);
  // Real files up to 1.6 MB (hundreds of activities) are read and rendered: more than settled()'s one second.
  await waitUntil(() => ['ready', 'failed'].includes((element as unknown as { loadState: { status: string } }).loadState.status), 'did not settle', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

describe('formats: src told apart by content type and content', () => {
  it('detects JSON, sheets and IATI XML by content, and by type where the content says nothing', () => {
    expect(detectFormat('{"projects": []}', 'text/plain')).to.equal('json');
    expect(detectFormat('\uFEFF[ ]')).to.equal('json');
    expect(detectFormat('<?xml version="1.0"?><iati-activities/>', 'application/octet-stream')).to.equal('iati');
    expect(detectFormat('id,title,start\n', 'text/plain; charset=utf-8')).to.equal('csv');
    expect(detectFormat('{"a": 1}', 'text/csv')).to.equal('csv');
    expect(detectFormat('title\tstart\n', 'text/tab-separated-values')).to.equal('csv');
    expect(detectFormat('', 'application/json')).to.equal('json');
    // Pasted into a classic-editor post: wpautop opened it with a paragraph.
    expect(detectFormat('<p>{"projects": [<br />\n]}</p>', 'application/json')).to.equal('json');
    expect(detectFormat('<p>{"projects": []}</p>', 'text/xml')).to.equal('iati');
    // As WordPress 6.1 serves an Author's inline JSON in a classic post: the script's text opens with the
    // end of the paragraph wpautop put around the element (test/wordpress/run.mjs, "Pasted inline JSON").
    expect(detectFormat('</p>\n<p>{\n  "lang": "ka",</p>\n<p>  "projects": []}</p>', 'application/json')).to.equal('json');
    expect(detectFormat('</p>\n<p>{"projects": []}', 'text/xml')).to.equal('iati');
    expect(detectFormat('<iati-activities/>', 'application/json')).to.equal('iati');
  });

  for (const [name, file] of [
    ['LibreOffice CSV (comma)', 'libreoffice-comma.csv'],
    ['LibreOffice CSV (semicolon)', 'libreoffice-semicolon.csv'],
    ['LibreOffice TSV', 'libreoffice-tab.tsv'],
  ] as const) {
    it(`${name}: the nine WISG projects, in Georgian`, async () => {
      const ka = await list(`/test/fixtures/csv/${file}`, 'ka');
      expect(count(ka)).to.equal('9 პროექტი');
      expect(problems(ka)).to.deep.equal([]);
      expect(titles(ka)).to.include('RFSL 2022-24');
    });

    it(`${name}: …and in English`, async () => {
      const en = await list(`/test/fixtures/csv/${file}`, 'en');
      expect(count(en)).to.equal('9 projects');
      expect(titles(en)).to.include('Combating Gender-Based Violence and Domestic Violence in Georgia');
    });
  }

  it('a sheet served as text/plain without a name that says so (a Google Sheets-like address)', async () => {
    const sheet = 'title,start,end\r\nA sheet project,01.03.2023,2024\r\n';
    const url = URL.createObjectURL(new Blob([sheet], { type: 'text/plain' }));
    const element = await list(url, 'en');
    expect(count(element)).to.equal('1 project');
    expect(titles(element)).to.deep.equal(['A sheet project']);
  });

  for (const version of ['2.03', '2.02', '2.01', '1.05', '1.04'] as const) {
    it(`IATI ${version}: the standard's example activity, in both languages`, async () => {
      const en = await list(`/test/fixtures/iati/example-annotated-${version}.xml`, 'en');
      expect(count(en)).to.equal('1 project');
      expect(titles(en)).to.deep.equal(['Activity title']);
      const ka = await list(`/test/fixtures/iati/example-annotated-${version}.xml`, 'ka');
      expect(count(ka)).to.equal('1 პროექტი');
    });
  }

  it('IATI, hundreds of activities from real publishers (1.0x and 2.0x mixed): shown, and what cannot be mapped reported per activity', async () => {
    const en = await list('/test/fixtures/iati/dportal-100-activities.xml', 'en');
    expect(count(en)).to.equal('93 projects');
    const reported = problems(en);
    expect(reported).to.have.length(7);
    expect(reported[2]).to.equal('Activity 17 (US-501c3-522318905-SG-1120091252354), activity-date (start): required, but missing.');
  });

  it('…reported in Georgian', async () => {
    const ka = await list('/test/fixtures/iati/dportal-100-activities.xml', 'ka');
    expect(count(ka)).to.equal('93 პროექტი');
    expect(problems(ka)[2]).to.equal('აქტივობა 17 (US-501c3-522318905-SG-1120091252354), activity-date (start): სავალდებულოა, მაგრამ მითითებული არ არის.');
  });

  it('IATI 1.0 (UN OCHA, 287 activities, 1.6 MB)', async () => {
    const ocha = await list('/test/fixtures/iati/ocha-1.0.xml', 'en');
    expect(Number.parseInt(count(ocha))).to.be.greaterThan(200);
  });

  it('iati-org keeps only the activities one organisation reports or takes part in', async () => {
    const oxfam = await list('/test/fixtures/iati/dportal-100-activities.xml', 'en', { iatiOrg: 'GB-CHC-202918' });
    expect(count(oxfam)).to.equal('2 projects');
    oxfam.iatiOrg = 'GE-NOBODY';
    await oxfam.updateComplete;
    await settled(oxfam);
    expect(visibleText(oxfam)).to.equal('Could not show the projects No activity in the file is reported by the organisation “GE-NOBODY” or has it as a participant. Try again');
  });

  it('the card and the timeline read a sheet too', async () => {
    const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang="en" src="/test/fixtures/csv/libreoffice-comma.csv" project-id="rfsl-2022-24" today=${TODAY}></wisg-project-card>`);
    await settled(card);
    expect($(card, '.title').textContent!.trim()).to.equal('RFSL 2022-24');
    const timeline = await fixture<WisgTimeline>(html`<wisg-timeline lang="ka" src="/test/fixtures/iati/dportal-100-activities.xml" today=${TODAY}></wisg-timeline>`);
    await settled(timeline);
    expect(timeline.shadowRoot!.querySelectorAll('.bar-title').length).to.equal(93);
  });
});

describe('formats: inline data', () => {
  const SHEET = [
    'id,title_en,title_ka,start,end,status',
    'a,An inline sheet project,ჩასმული ცხრილის პროექტი,2023-01-01,2023-12-31,',
    'b,Bad dates,ცუდი თარიღები,31.02.2023,,',
    'c,"A title, with a comma",,2024,,active',
  ].join('\n');

  it('<script type="text/csv">: the good rows shown, the bad ones reported by row, cell and column, in English', async () => {
    const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY}><script type="text/csv">${SHEET}</script></wisg-project-list>`);
    await settled(element);
    expect(count(element)).to.equal('2 projects');
    expect(titles(element)).to.have.members(['An inline sheet project', 'A title, with a comma']);
    expect(problems(element)).to.deep.equal([
      'Row 3 (cell D3), column “start”: “31.02.2023” is not a date (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY).',
      'Row 4 (cell F4), column “status”: “active” is not a status (planned, ongoing, completed, suspended, cancelled).',
    ]);
    await expect(element).to.be.accessible();
  });

  it('…and in Georgian', async () => {
    const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="ka" today=${TODAY}><script type="text/csv">${SHEET}</script></wisg-project-list>`);
    await settled(element);
    expect(count(element)).to.equal('2 პროექტი');
    expect(titles(element)).to.include('ჩასმული ცხრილის პროექტი');
    expect(problems(element)[0]).to.equal('მწკრივი 3 (უჯრა D3), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).');
  });

  it('<script type="application/xml">: an IATI activity pasted into the page', async () => {
    const xml = await (await fetch('/test/fixtures/iati/example-annotated-2.03.xml')).text();
    const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY}></wisg-project-list>`);
    const script = document.createElement('script');
    script.type = 'application/xml';
    script.textContent = xml;
    element.append(script);
    await settled(element);
    expect(titles(element)).to.deep.equal(['Activity title']);
  });

  it('a sheet pasted into WordPress (wpautop: <br /> at line ends, <p> around blank lines) still reads', async () => {
    const pasted = '<p>title,start<br />\nA pasted project,2023-05-01<br />\n</p>\n<p>Another,2024</p>';
    const element = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" today=${TODAY}><script type="text/csv">${pasted}</script></wisg-project-list>`);
    await settled(element);
    expect(titles(element)).to.have.members(['A pasted project', 'Another']);
    expect(problems(element)).to.deep.equal([]);
  });

  it('a broken XML file: a clear error at its line and column, in both languages', async () => {
    const element = await fixture<WisgProjectList>(
      html`<wisg-project-list lang="en" today=${TODAY}><script type="text/xml"><iati-activities><iati-activity></iati-activities></script></wisg-project-list>`,
    );
    await settled(element);
    expect(visibleText(element)).to.match(/^Could not show the projects The data is not valid XML \(line 1, column \d+\)\.$/);
    element.lang = 'ka';
    await waitUntil(() => visibleText(element).startsWith('პროექტების'));
    expect(visibleText(element)).to.match(/^პროექტების ჩვენება ვერ მოხერხდა მონაცემები არ არის სწორი XML \(სტრიქონი 1, სვეტი \d+\)\.$/);
  });
});

describe('lazy chunks (src/loading/lazy-chunk.ts)', () => {
  it('loads a chunk once, and forgets a failed load so that a retry loads it again', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const error = await loadChunk('test-missing', failing).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(ChunkLoadError);
    expect((error as ChunkLoadError).chunk).to.equal('test-missing');
    await loadChunk('test-missing', failing).catch(() => {});
    expect(calls).to.equal(2);
    const module = { answer: 42 };
    const first = loadChunk('test-present', () => Promise.resolve(module));
    expect(await loadChunk('test-present', () => Promise.resolve({ answer: 0 }))).to.equal(module);
    expect(await first).to.equal(module);
  });
});
