// The one-script-tag bundles (dist/wisg-widgets.js and .iife.js), as a CMS page uses them:
// a page with a hostile theme, the bundled data, the script included twice.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, openPage, widgetsSettled } from './browser.mjs';
import { cmsPage, INLINE_PROJECT, scripts } from './pages.mjs';
import { serve } from '../../scripts/static-server.mjs';

const data = JSON.parse(readFileSync('data/wisg-projects.json', 'utf8'));
const titles = (lang) => data.projects.map((project) => project.title[lang]);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const WIDGETS = `
<h2>ქრონოლოგია</h2>
<wisg-timeline id="timeline-ka" src="/data/wisg-projects.json" today="2025-06-01"></wisg-timeline>
<h2>ყველა პროექტი</h2>
<wisg-project-list id="list-ka" src="/data/wisg-projects.json" today="2025-06-01"></wisg-project-list>
<div lang="en">
  <h2>One project</h2>
  <wisg-project-card id="card-en" src="/data/wisg-projects.json" project-id="rfsl-2022-24" today="2025-06-01"></wisg-project-card>
  <h2>Pasted JSON</h2>
  <wisg-project-card id="inline-en" today="2025-06-01">
    <script type="application/json">${JSON.stringify({ projects: [INLINE_PROJECT] })}</script>
  </wisg-project-card>
</div>`;

function checkWidgets(shown) {
  const byId = Object.fromEntries(shown.map((widget) => [widget.id, widget.text]));
  for (const title of titles('ka')) {
    assert.ok(byId['timeline-ka'].includes(title), `the Georgian timeline shows “${title}”`);
    assert.ok(byId['list-ka'].includes(title), `the Georgian list shows “${title}”`);
  }
  assert.match(byId['list-ka'], /(^| )9 პროექტი( |$)/, 'the list counts its projects in Georgian, the noun singular');
  assert.match(byId['card-en'], /RFSL 2022-24/);
  assert.match(byId['card-en'], /Project goal/);
  assert.match(byId['card-en'], /1 October 2022 – 30 November 2024/);
  assert.match(byId['inline-en'], /An inline project/);
  assert.match(byId['inline-en'], /Shown from JSON pasted into the page\./);
}

/** Styles the host theme must not have changed inside the widgets. */
async function themeDidNotLeak(page) {
  const styles = await page.evaluate(() => {
    const card = document.querySelector('#card-en');
    const title = card.shadowRoot.querySelector('[part~="title"]');
    const list = document.querySelector('#list-ka');
    const item = list.shadowRoot.querySelector('[part~="item"]');
    const get = (element, property) => getComputedStyle(element).getPropertyValue(property);
    return {
      hostFontSize: get(card, 'font-size'),
      titleFont: get(title, 'font-family'),
      titleTransform: get(title, 'text-transform'),
      titleSpacing: get(title, 'letter-spacing'),
      titleSize: parseFloat(get(title, 'font-size')),
      itemBefore: getComputedStyle(item, '::before').getPropertyValue('content'),
      listWidth: list.getBoundingClientRect().width,
      articleWidth: list.shadowRoot.querySelector('article').getBoundingClientRect().width,
    };
  });
  assert.equal(styles.hostFontSize, '16px', 'html { font-size: 62.5% } does not shrink the widgets');
  assert.doesNotMatch(styles.titleFont, /Impact/, 'the theme’s heading font stays out');
  assert.equal(styles.titleTransform, 'none', 'no uppercase headings (Georgian has no capitals)');
  assert.equal(styles.titleSpacing, 'normal');
  assert.ok(styles.titleSize > 16 && styles.titleSize < 28, `card title at a sensible size (${styles.titleSize}px)`);
  assert.ok(['none', 'normal'].includes(styles.itemBefore), 'the theme’s li::before does not reach the list');
  // 48em of the visitor's 16px, not 48rem of the theme's 10px.
  assert.ok(styles.listWidth > 900 && styles.articleWidth > 700, `cards keep their width: ${styles.articleWidth}px in ${styles.listWidth}px`);
}

async function until(condition, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('the built bundles on a hostile CMS page', () => {
  let browser;
  let server;
  const versionNine = () => {
    const code = readFileSync('dist/wisg-widgets.js', 'utf8');
    const other = code.replaceAll(`"${version}"`, '"9.9.9"');
    assert.notEqual(other, code, 'the version string is found in the bundle');
    return other;
  };
  before(async () => {
    browser = await launch();
    server = await serve('.', {
      pages: {
        '/esm.html': cmsPage({ head: scripts('esm', false), body: WIDGETS }),
        '/esm-twice.html': cmsPage({ head: scripts('esm', false), body: WIDGETS + scripts('esm', true) }),
        '/iife.html': cmsPage({ head: scripts('iife', false), body: WIDGETS }),
        // Classic scripts in <head> run before the elements are parsed, and again at the end.
        '/iife-twice.html': cmsPage({ head: scripts('iife', false), body: WIDGETS + scripts('iife', false) }),
        '/both.html': cmsPage({ head: scripts('iife', false) + scripts('esm', false), body: WIDGETS }),
        '/v9/wisg-widgets.js': versionNine,
        '/two-versions.html': cmsPage({
          head: '<script type="module" src="/v9/wisg-widgets.js"></script>\n<script type="module" src="/dist/wisg-widgets.js"></script>',
          body: WIDGETS,
        }),
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, path, copies] of [
    ['ES module', '/esm.html', 1],
    ['ES module, included twice', '/esm-twice.html', 2],
    ['classic script (IIFE)', '/iife.html', 1],
    ['classic script, included twice', '/iife-twice.html', 2],
    ['classic script and ES module together', '/both.html', 2],
  ]) {
    test(`${name}: all three widgets show the bundled data, no console errors`, async () => {
      const { page, problems } = await openPage(browser);
      await page.goto(server.url + path);
      const shown = await widgetsSettled(page);
      checkWidgets(shown);
      await themeDidNotLeak(page);
      const litCopies = await page.evaluate(() => globalThis.litHtmlVersions?.length ?? 0);
      assert.equal(litCopies, copies, `${copies} copies of the bundle ran`);
      assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
      await page.close();
    });
  }

  test('the README’s Embed snippets work as written (the CDN and example addresses pointed here)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('<!-- embed:start -->'), readme.indexOf('<!-- embed:end -->'));
    const blocks = (language) => [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
    const cdn = [...section.matchAll(/https:\/\/unpkg\.com\/@wisg\/widgets@([^/]+)\//g)].map((match) => match[1]);
    assert.ok(cdn.length >= 3 && cdn.every((v) => v === version), `the CDN addresses name this version (${version}): ${cdn}`);
    const local = (html) => html.replaceAll(/https:\/\/unpkg\.com\/@wisg\/widgets@[^/]+\//g, '/').replaceAll('https://example.org/projects.json', '/data/wisg-projects.json');
    const html = blocks('html').map(local);
    const css = blocks('css').join('\n');
    assert.ok(html.length >= 5 && css.includes(':not(:defined)'));
    // Every block on one page: the module and the classic script together, as two CMS blocks might.
    const body = html.join('\n');
    const host = await serve('.', { pages: { '/readme.html': cmsPage({ head: `<style>${css}</style>`, body }) } });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(host.url + '/readme.html');
      const shown = await widgetsSettled(page);
      assert.equal(shown.length, 4);
      for (const widget of shown) assert.match(widget.text, /RFSL 2022-24/, widget.tag);
      assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
      await page.close();
    } finally {
      await host.close();
    }
  });

  test('two versions on one page: the first wins, one warning, nothing throws', async () => {
    const { page, problems, console } = await openPage(browser);
    await page.goto(server.url + '/two-versions.html');
    checkWidgets(await widgetsSettled(page));
    const versions = await page.evaluate(() => ['wisg-project-card', 'wisg-project-list', 'wisg-timeline'].map((tag) => customElements.get(tag).version));
    assert.deepEqual(versions, ['9.9.9', '9.9.9', '9.9.9']);
    const warnings = console.filter((message) => message.type === 'warn');
    assert.equal(warnings.length, 1, `exactly one warning: ${JSON.stringify(warnings)}`);
    assert.match(warnings[0].text, new RegExp(`version 9\\.9\\.9; version ${version.replaceAll('.', '\\.')}`));
    assert.deepEqual(
      problems.filter((problem) => !problem.startsWith('console.warn')),
      [],
    );
    await page.close();
  });

  test('space is reserved while the script and the data load: no jump when the script arrives', async () => {
    const { page, problems } = await openPage(browser);
    // Hold the script back, then the data, and measure the widgets in each state.
    await page.setRequestInterception(true);
    const held = { script: [], data: [] };
    const released = { script: false, data: false };
    page.on('request', (request) => {
      const url = request.url();
      const kind = url.includes('/dist/wisg-widgets.js') ? 'script' : url.includes('/data/wisg-projects.json') ? 'data' : undefined;
      if (kind && !released[kind]) held[kind].push(request);
      else request.continue();
    });
    const release = (kind) => {
      released[kind] = true;
      held[kind].forEach((request) => request.continue());
    };
    const heights = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#timeline-ka, #list-ka, #card-en')].map((element) => ({
          defined: Boolean(customElements.get(element.localName)),
          loading: Boolean(element.shadowRoot?.querySelector('[part~="loading"]')),
          height: element.getBoundingClientRect().height,
        })),
      );
    // A held module script holds DOMContentLoaded back too: do not wait for it.
    const navigation = page.goto(server.url + '/esm.html');
    await page.waitForFunction(() => document.querySelector('#card-en') && document.querySelector('#inline-en'));
    await until(() => held.script.length > 0);
    const waiting = await heights();
    assert.ok(
      waiting.every((widget) => !widget.defined && widget.height >= 90),
      `before the script: 6em reserved ${JSON.stringify(waiting)}`,
    );
    release('script');
    await page.waitForFunction(() => [...document.querySelectorAll('#timeline-ka, #list-ka, #card-en')].every((element) => element.shadowRoot?.querySelector('[part~="loading"]')));
    const loading = await heights();
    loading.forEach((widget, i) => {
      assert.ok(widget.defined && widget.loading);
      assert.ok(Math.abs(widget.height - waiting[i].height) <= 1, `same height before the script and while loading: ${JSON.stringify({ waiting, loading })}`);
    });
    release('data');
    await navigation;
    checkWidgets(await widgetsSettled(page));
    assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
    await page.close();
  });
});

describe('the built bundles without the readers’ chunk (the problems’ chunk there), and with JSON a CMS marked up', () => {
  let browser;
  let server;
  let partial;
  // A sheet pasted into a page, and JSON pasted into a classic-editor post (wpautop's <p> and <br />).
  const SHEET = 'id,title,start,status\nsheet-1,A pasted sheet,2024-01-01,ongoing\n';
  const WPAUTOP = `<p>{"projects": [<br />\n${JSON.stringify(INLINE_PROJECT)}</p>\n<p>]}</p>`;
  const PAGE = (script) =>
    cmsPage({
      head: script,
      body: `<wisg-project-card id="sheet-ka" lang="ka" today="2025-06-01"><script type="text/csv">${SHEET}</script></wisg-project-card>
<wisg-project-card id="sheet-en" lang="en" today="2025-06-01"><script type="text/csv">${SHEET}</script></wisg-project-card>
<wisg-project-card id="wpautop-en" lang="en" today="2025-06-01"><script type="application/json">${WPAUTOP}</script></wisg-project-card>`,
    });
  before(async () => {
    // dist/ without the readers' chunk: a partial upload, a CDN that lost one file.
    partial = mkdtempSync(join(tmpdir(), 'wisg-partial-'));
    cpSync('dist', partial, { recursive: true, filter: (path) => !path.endsWith('wisg-widgets-readers.js') });
    browser = await launch();
    server = await serve('.', {
      mounts: { 'partial/': partial },
      pages: {
        '/esm.html': PAGE('<script type="module" src="/partial/wisg-widgets.js"></script>'),
        '/iife.html': PAGE('<script src="/partial/wisg-widgets.iife.js"></script>'),
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(partial, { recursive: true, force: true });
  });

  for (const [name, path] of [
    ['ES module', '/esm.html'],
    ['classic script', '/iife.html'],
  ])
    test(`${name}: a sheet says in words that the readers could not be loaded, with a retry; pasted JSON is mended`, async () => {
      const { page } = await openPage(browser);
      await page.goto(server.url + path);
      const shown = Object.fromEntries((await widgetsSettled(page)).map((widget) => [widget.id, widget.text]));
      assert.equal(
        shown['sheet-en'],
        'Could not load the projects The part of the widgets that reads spreadsheets and IATI files (wisg-widgets-readers.js, next to their script) could not be loaded. Try again',
      );
      assert.equal(
        shown['sheet-ka'],
        'პროექტების ჩატვირთვა ვერ მოხერხდა ვიჯეტების ის ნაწილი, რომელიც ცხრილებსა და IATI ფაილებს კითხულობს (wisg-widgets-readers.js, მათი სკრიპტის გვერდით), ვერ ჩაიტვირთა. სცადეთ ხელახლა',
      );
      assert.match(shown['wpautop-en'], /An inline project/);
      assert.doesNotMatch(shown['wpautop-en'], /not valid JSON|Could not/);
      await page.close();
    });
});
