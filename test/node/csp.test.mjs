// Strict pages (issue 6): the published bundles on pages with a strict Content-Security-Policy
// (no 'unsafe-inline', no 'unsafe-eval', scripts and styles from the page's origin only) and
// Trusted Types enforced. The widgets must load, render, work and report no violation.
//
// Chromium always (CHROME_PATH or /usr/bin/chromium); Firefox and WebKit too when
// WISG_BROWSERS names them (`npm run test:all`). See test/csp/strict-page.mjs for the pages.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath, startWebKitDriver } from '../browsers.mjs';
import { buildBundles, exercise, POLICIES, serveStrictPages } from '../csp/strict-page.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const engines = (process.env.WISG_BROWSERS ?? 'chromium').split(',').map((engine) => engine.trim());

/** A driver with one interface over puppeteer (Chromium, Firefox) and webdriverio (WebKit). */
async function openEngine(engine) {
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    try {
      const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: driver.capabilities });
      return {
        visit: async (url) => {
          await browser.url(url);
          return browser.execute(exercise);
        },
        close: async () => {
          await browser.deleteSession().catch(() => {});
          driver.stop();
        },
      };
    } catch (error) {
      driver.stop();
      throw error;
    }
  }
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: firefoxPath(), headless: true }
      : { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--js-flags')) },
  );
  return {
    visit: async (url) => {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        return await page.evaluate(exercise);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

let server;
before(async () => {
  server = await serveStrictPages(await buildBundles());
});
after(() => server?.close());

const reportsFor = (path) => server.reports.filter((report) => report.includes(path));

for (const engine of engines) {
  describe(`strict CSP and Trusted Types in ${engine}`, () => {
    let driver;
    before(async () => {
      driver = await openEngine(engine);
    });
    after(() => driver?.close());

    test('the checks catch a violation: an inline style attribute and HTML from a string are refused and reported', async (t) => {
      const result = await driver.visit(`${server.url}/control.html`);
      t.diagnostic(`${engine}: Trusted Types ${result.trustedTypes ? 'enforced' : 'not implemented (require-trusted-types-for is ignored)'}`);
      assert.ok(result.settled, 'the widgets settled');
      assert.ok(
        result.violations.some((violation) => /^style-src/.test(violation)),
        `the inline style attribute is reported: ${JSON.stringify(result.violations)}`,
      );
      if (result.trustedTypes) {
        assert.match(result.control, /TypeError/, 'HTML from a string is refused under Trusted Types');
        assert.ok(
          result.violations.some((violation) => violation.startsWith('require-trusted-types-for')),
          JSON.stringify(result.violations),
        );
      }
      // …and reported to the policy's report-uri, which the last test below reads.
      const deadline = Date.now() + 5000;
      while (reportsFor('/control.html').length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(reportsFor('/control.html').length > 0, 'a violation report arrived');
    });

    for (const kind of ['module', 'classic'])
      for (const policy of Object.keys(POLICIES))
        test(`the ${kind} bundle under "${policy}": renders, works, and reports no violation`, async () => {
          const result = await driver.visit(`${server.url}/${kind}.html?policy=${encodeURIComponent(policy)}`);
          assert.deepEqual(result.errors, [], 'no uncaught error or unhandled rejection');
          assert.deepEqual(result.violations, [], 'no CSP violation');
          assert.ok(result.settled, `every widget settled: ${JSON.stringify(result.texts)}`);
          assert.match(result.texts.timeline, /RFSL 2022-24/);
          assert.match(result.texts.timeline, /გენდერული ნიშნით ძალადობისა/);
          assert.ok(result.dialogOpen, 'the timeline opened a project in its dialog');
          assert.match(result.texts.list, /RFSL 2022-24/);
          assert.match(result.texts.card, /Project goal/);
          assert.match(result.texts.card, /1 October 2022 – 30 November 2024/);
          assert.match(result.texts.inline, /An inline project/);
          assert.match(result.texts.inline, /Shown from JSON pasted into the page\./);
          assert.match(result.texts.missing, /Could not load the projects/);
          assert.match(result.texts.missing, /HTTP 404/);
          // The lazily loaded readers: a sheet by src, a sheet pasted inline, its bad row in the sheet's terms.
          assert.match(result.texts.sheet, /9 პროექტი/);
          assert.match(result.texts.sheet, /RFSL 2022-24/);
          assert.match(result.texts['inline-sheet'], /A pasted sheet project/);
          assert.match(result.texts['inline-sheet'], /1 February 2024/);
          assert.match(result.texts['inline-sheet'], /Row 3 \(cell C3\), column “start”: “31\.02\.2024” is not a date/);
          // Styles arrive as constructed style sheets (CSSOM, which the policy allows), never <style>.
          assert.ok(result.adoptedSheets > 0, 'adopted style sheets');
          assert.equal(result.styleElements, 0, 'no <style> elements');
          assert.equal(result.cardDisplay, 'block', "the widgets' own styles apply");
          assert.match(result.inheritedFont, /Georgia/, 'the page font is passed in through style.setProperty (CSSOM)');
        });

    for (const kind of ['module', 'classic'])
      test(`the ${kind} bundle without its lazy chunk (a host that copied only the bundle): the sheets say so, the rest renders`, async () => {
        const result = await driver.visit(`${server.url}/${kind}.html?chunks=missing`);
        assert.deepEqual(result.errors, [], 'no uncaught error or unhandled rejection');
        assert.ok(result.settled, `every widget settled: ${JSON.stringify(result.texts)}`);
        assert.match(result.texts.list, /RFSL 2022-24/);
        assert.match(
          result.texts.sheet,
          // Without the problems' chunk either, the file to copy is named in a few words (bundles.mjs: with it, in full).
          /^პროექტების ჩატვირთვა ვერ მოხერხდა wisg-widgets-readers\.js ვერ ჩაიტვირთა\.მისამართი: http:\/\/127\.0\.0\.1:\d+\/data\.csv სცადეთ ხელახლა$/,
        );
        assert.match(result.texts['inline-sheet'], /^Could not load the projects wisg-widgets-readers\.js could not be loaded\. Try again$/);
      });

    test('the browser sent no violation report for the widget pages', async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual([...reportsFor('/module.html'), ...reportsFor('/classic.html')], []);
    });
  });
}
