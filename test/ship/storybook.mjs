// The Storybook, as designers get it: `npm run build-storybook`, then every story of the
// static build in headless Chromium, in Georgian (light) and English (dark): it renders,
// logs no errors, and axe finds no violations. The Embed builder's snippets are pasted
// into a page with the built bundle and must work.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, openPage, widgetsSettled } from './browser.mjs';
import { cmsPage } from './pages.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { ensureDistLib } from '../cli/dist-lib.mjs';

const require = createRequire(join(process.cwd(), 'package.json'));
const AXE = require.resolve('axe-core/axe.min.js');
const VARIANTS = ['locale:ka;theme:light', 'locale:en;theme:dark'];

/** Waits for the story (and its play function) to finish, and for its widgets to settle. */
async function storyRendered(page, id) {
  await page.waitForFunction(
    () => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render && ['finished', 'completed', 'played', 'errored', 'aborted'].includes(render.phase);
    },
    { timeout: 20_000, polling: 50 },
  );
  const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
  assert.ok(!['errored', 'aborted'].includes(phase), `${id}: story ${phase}`);
  // Stories that wait for a server that never answers stay loading, by design.
  const waitsForever = /--loading$/.test(id);
  await page.waitForFunction(
    (waitsForever) =>
      [...document.querySelectorAll('#storybook-root wisg-project-card, #storybook-root wisg-project-list, #storybook-root wisg-timeline, #storybook-root wisg-embed-builder')].every((element) => {
        const root = element.shadowRoot;
        if (!customElements.get(element.localName) || !root || !root.firstElementChild) return false;
        return waitsForever || !root.querySelector('[aria-busy="true"]');
      }),
    { timeout: 15_000, polling: 50 },
    waitsForever,
  );
  await page.evaluate(() => Promise.all([...document.querySelectorAll('#storybook-root *')].map((element) => element.updateComplete)));
}

describe('Storybook', () => {
  let browser;
  let storybook;
  let site;
  let stories;

  before(async () => {
    const started = Date.now();
    const build = spawnSync('npm', ['run', 'build-storybook', '--silent'], {
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    console.log(`# build-storybook: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    browser = await launch();
    storybook = await serve('storybook-static');
    site = await serve('.');
  });
  after(async () => {
    await browser?.close();
    await storybook?.close();
    await site?.close();
  });

  test('the stories type-check (tsc; Vite only strips the types)', () => {
    const run = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'stories/tsconfig.json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test('there is a story per element for every state, and the Embed builder', () => {
    const ids = new Set(stories.map((story) => story.id));
    for (const element of ['project-card', 'project-list', 'timeline']) {
      for (const state of ['loaded', 'loading', 'load-error', 'data-error', 'empty-result', 'filtered', 'expanded', 'one-project', 'many-projects', 'long-georgian-text', 'missing-translation']) {
        assert.ok(ids.has(`elements-${element}--${state}`), `elements-${element}--${state}`);
      }
    }
    assert.ok(ids.has('embed-builder--embed-builder'));
  });

  test('every story renders without console errors and passes axe, in Georgian (light) and English (dark)', async (t) => {
    const failures = [];
    const { page, problems } = await openPage(browser, { width: 1100, height: 900 });
    for (const story of stories) {
      for (const variant of VARIANTS) {
        problems.length = 0;
        const label = `${story.id} [${variant}]`;
        try {
          // a11y.manual: the a11y addon does not run its own axe at the same time as ours.
          await page.goto(`${storybook.url}/iframe.html?id=${story.id}&viewMode=story&globals=${variant};a11y.manual:!true`);
          await storyRendered(page, story.id);
          if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async () => {
            const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            return result.violations.map(
              (v) =>
                `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                  .map((node) => JSON.stringify(node.target))
                  .slice(0, 3)
                  .join(', ')}`,
            );
          });
          const lang = await page.$eval('.wisg-story', (element) => element.getAttribute('lang')).catch(() => null);
          if (!story.id.startsWith('embed-builder')) assert.equal(lang, variant.slice(7, 9), `${label}: the toolbar's language reaches the story`);
          for (const violation of violations) failures.push(`${label}: ${violation}`);
          // The widgets warn developers about failed loads and bad data: expected in those stories only.
          const expectsWarnings = /--(load-error|data-error|wrong-address)$/.test(story.id);
          for (const problem of problems) if (!(expectsWarnings && problem.startsWith('console.warn'))) failures.push(`${label}: ${problem}`);
        } catch (error) {
          failures.push(`${label}: ${error.message}`);
        }
      }
    }
    t.diagnostic(`${stories.length} stories × ${VARIANTS.length} variants walked`);
    await page.close();
    assert.deepEqual(failures, []);
  });

  test('the 30-long-titles timeline story shows every title whole, in Georgian and English (issue 16)', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/timeline/long-titles-30.json', 'utf8'));
    const id = 'elements-timeline--long-titles-30';
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    for (const lang of ['ka', 'en']) {
      await page.goto(`${storybook.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${lang};a11y.manual:!true`);
      await storyRendered(page, id);
      const shown = await page.$eval('wisg-timeline', (timeline) =>
        [...timeline.shadowRoot.querySelectorAll('.bar-title')].map((title) => ({
          text: title.textContent,
          clipped: title.scrollWidth > title.clientWidth || getComputedStyle(title).textOverflow === 'ellipsis',
        })),
      );
      assert.deepEqual(shown.map((title) => title.text).sort(), fixture.projects.map((project) => project.title[lang]).sort(), `${lang}: the 30 titles, whole`);
      assert.deepEqual(
        shown.filter((title) => title.clipped).map((title) => title.text),
        [],
        `${lang}: no title clipped`,
      );
    }
    await page.close();
  });

  test('axe sees inside the widgets’ shadow roots (so the walk above can fail)', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${storybook.url}/iframe.html?id=elements-project-card--loaded&viewMode=story&globals=a11y.manual:!true`);
    await storyRendered(page, 'elements-project-card--loaded');
    if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.addScriptTag({ path: AXE });
    const ids = await page.evaluate(async () => {
      const card = document.querySelector('wisg-project-card');
      card.shadowRoot.querySelector('article').append(Object.assign(document.createElement('img'), { src: 'data:,' }));
      const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((violation) => violation.id);
    });
    assert.ok(ids.includes('image-alt'), `an image without alt inside the card is reported: ${ids}`);
    await page.close();
  });

  test('the Embed builder’s snippets work when pasted into a page (inline JSON and src, module and classic)', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${storybook.url}/iframe.html?id=embed-builder--embed-builder&viewMode=story&globals=a11y.manual:!true`);
    await storyRendered(page, 'embed-builder--embed-builder');
    const choose = (name, value) =>
      page.evaluate(
        (name, value) => {
          const builder = document.querySelector('wisg-embed-builder');
          const radio = [...builder.shadowRoot.querySelectorAll(`input[name="${name}"]`)].find((input) => input.parentElement.textContent.trim().startsWith(value));
          radio.click();
          return builder.updateComplete;
        },
        name,
        value,
      );
    const snippet = () => page.$eval('wisg-embed-builder', (builder) => builder.shadowRoot.querySelector('code').textContent);
    const data = JSON.parse(readFileSync('data/wisg-projects.json', 'utf8'));
    // The projects' content is in the snippet by default; the last case turns it off.
    const cases = [
      ['Project list', 'JSON pasted', 'ES module', 'ka', true],
      ['One project', 'JSON pasted', 'Classic', 'en', true],
      ['Timeline', 'A JSON file', 'ES module', 'en', true],
      ['Project list', 'A JSON file', 'Classic', 'ka', true],
      ['One project', 'A JSON file', 'ES module', 'ka', false],
    ];
    const note = await page.$eval('wisg-embed-builder', (builder) => {
      const box = [...builder.shadowRoot.querySelectorAll('input[type="checkbox"]')].find((input) => /content/.test(input.parentElement.textContent));
      return { checked: box.checked, label: box.parentElement.textContent.trim(), note: builder.shadowRoot.getElementById(box.getAttribute('aria-describedby')).textContent };
    });
    assert.equal(note.checked, true, 'the content is included by default');
    assert.match(note.label, /Include the projects’ content/);
    assert.match(note.note, /search engines.*without JavaScript/s);
    const pages = {};
    for (const [i, [widget, source, script, lang, prerender]] of cases.entries()) {
      await choose('widget', widget);
      await choose('source', source);
      await choose('script', script);
      await choose('lang', lang === 'ka' ? 'ქართული' : 'English');
      await page.evaluate((prerender) => {
        const builder = document.querySelector('wisg-embed-builder');
        const box = [...builder.shadowRoot.querySelectorAll('input[type="checkbox"]')].find((input) => /content/.test(input.parentElement.textContent));
        if (box.checked !== prerender) box.click();
        return builder.updateComplete;
      }, prerender);
      // The snippet names the published files; here they come from this repository's dist/ and data/.
      const html = (await snippet()).replaceAll(/https:\/\/unpkg\.com\/@wisg\/widgets@[^/]+/g, '');
      pages[`/snippet-${i}.html`] = cmsPage({ body: html });
    }
    await page.close();
    const host = await serve('.', { pages });
    try {
      for (const [i, [widget, , , lang, prerender]] of cases.entries()) {
        const title = data.projects.find((project) => project.id === 'rfsl-2022-24').title[lang];
        // Without JavaScript: the page holds the project (as a heading) when the content was included.
        const { page: noScript } = await openPage(browser);
        await noScript.setJavaScriptEnabled(false);
        await noScript.goto(`${host.url}/snippet-${i}.html`);
        const headings = await noScript.evaluate(() => [...document.querySelectorAll('.wisg-static :is(h2, h3, h4)')].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));
        // A timeline row's heading is its title, then its period and status (one button when scripted).
        assert.equal(
          headings.some((heading) => heading.startsWith(title)),
          prerender,
          `${widget} (${lang}), content ${prerender ? 'included' : 'left out'}, without JavaScript: ${headings.slice(0, 5)}`,
        );
        await noScript.close();
        const { page: pasted, problems: pastedProblems } = await openPage(browser);
        await pasted.goto(`${host.url}/snippet-${i}.html`);
        const [shown] = await widgetsSettled(pasted);
        assert.ok(shown.text.includes(title), `${widget} (${lang}) shows “${title}”: ${shown.text.slice(0, 200)}`);
        assert.deepEqual(pastedProblems, [], `snippet ${i}`);
        await pasted.close();
      }
    } finally {
      await host.close();
    }
    assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
  });

  test('the Embed builder reads your data: a CSV and an IATI file chosen, previewed in the three widgets, a broken sheet’s problem in their words (ka, en), the download and the snippet hold the JSON contract', async () => {
    await ensureDistLib();
    const data = await import(resolve('dist/lib/data.js'));
    const scratch = mkdtempSync(join(tmpdir(), 'wisg-builder-'));
    const { page, problems } = await openPage(browser, { width: 1200, height: 900 });
    try {
      await page.goto(`${storybook.url}/iframe.html?id=embed-builder--embed-builder&viewMode=story&globals=a11y.manual:!true`);
      await storyRendered(page, 'embed-builder--embed-builder');
      // What the download saves: URL.createObjectURL is handed the file, and the click saves nothing here.
      await page.evaluate(() => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => ((window.__downloaded = blob), create(blob));
        HTMLAnchorElement.prototype.click = function () {
          window.__downloadName = this.download;
        };
      });
      const inBuilder = (fn, ...args) =>
        page.evaluate((source, ...rest) => new Function(`return (${source})`)()(document.querySelector('wisg-embed-builder').shadowRoot, ...rest), fn.toString(), ...args);
      const choose = async (file) => {
        const input = await page.evaluateHandle(() => document.querySelector('wisg-embed-builder').shadowRoot.querySelector('input[type="file"]'));
        await input.uploadFile(file);
        const name = file.split('/').pop();
        await page.waitForFunction(
          (name) => document.querySelector('wisg-embed-builder').shadowRoot.querySelector('[role="status"]').textContent.startsWith(`Read “${name}”`),
          { timeout: 10_000 },
          name,
        );
        await page.waitForFunction(
          () =>
            [...document.querySelector('wisg-embed-builder').shadowRoot.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')].every(
              (w) => w.shadowRoot?.firstElementChild && !w.shadowRoot.querySelector('[aria-busy="true"]'),
            ),
          { timeout: 15_000 },
        );
        await page.evaluate(() => document.querySelector('wisg-embed-builder').updateComplete);
      };
      const shown = () =>
        inBuilder((root) => ({
          status: root.querySelector('[role="status"]').textContent.trim(),
          label: root.querySelector('input[type="file"]').labels[0]?.textContent.trim(),
          problemsHeading: root.querySelector('#problems-heading')?.textContent.trim(),
          problems: [...root.querySelectorAll('ul.problems li')].map((li) => li.textContent.trim()),
          problemsLang: root.querySelector('ul.problems')?.getAttribute('lang'),
          previews: Object.fromEntries([...root.querySelectorAll('.yours-preview > :is(wisg-project-list, wisg-project-card, wisg-timeline)')].map((w) => [w.localName, w.shadowRoot.textContent])),
          snippet: root.querySelector('code').textContent,
        }));
      const download = async () => {
        await inBuilder((root) => [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Download as JSON')).click());
        return page.evaluate(async () => ({ name: window.__downloadName, text: await window.__downloaded.text() }));
      };
      const inlineAs = async (label) => {
        await inBuilder((root, label) => [...root.querySelectorAll('input[name="inline-as"]')].find((input) => input.parentElement.textContent.trim().startsWith(label)).click(), label);
        await page.evaluate(() => document.querySelector('wisg-embed-builder').updateComplete);
      };
      const inlineScript = (snippet) => {
        const match = /<script type="([^"]+)">\n([\s\S]*)\n<\/script>\n<\/wisg-project-list>$/.exec(snippet);
        assert.ok(match, `the snippet ends with the data inline: …${snippet.slice(-300)}`);
        return { type: match[1], text: match[2] };
      };
      const titles = (contract, lang) => contract.projects.map((project) => project.title[lang] ?? Object.values(project.title)[0]);

      // The bundled sheet: the same projects as the bundled JSON.
      const csvText = readFileSync('data/wisg-projects.csv', 'utf8');
      const contract = data.projectsToJson(data.parseProjectsData(csvText, { contentType: 'text/csv' }));
      assert.deepEqual(contract, data.projectsToJson(data.parseProjectsData(readFileSync('data/wisg-projects.json', 'utf8'))));
      await choose(resolve('data/wisg-projects.csv'));
      let seen = await shown();
      assert.equal(seen.label, 'Choose a file');
      assert.equal(seen.status, `Read “wisg-projects.csv” as a spreadsheet (CSV/TSV): ${contract.projects.length} projects, no problems.`);
      assert.equal(seen.problemsHeading, undefined);
      for (const title of titles(contract, 'ka')) {
        assert.ok(seen.previews['wisg-timeline'].includes(title), `the timeline shows “${title}”`);
        assert.ok(seen.previews['wisg-project-list'].includes(title), `the list shows “${title}”`);
      }
      assert.ok(
        titles(contract, 'ka').some((title) => seen.previews['wisg-project-card'].includes(title)),
        'the card shows one of the projects',
      );
      const saved = await download();
      assert.equal(saved.name, 'wisg-projects.json');
      assert.deepEqual(JSON.parse(saved.text), contract);
      // The snippet carries the sheet as it is (text/csv), or the JSON contract.
      let inline = inlineScript(seen.snippet);
      assert.deepEqual([inline.type, inline.text], ['text/csv', csvText.replace(/^\uFEFF/, '').trimEnd()]);
      // Pasted into a page with the built bundle, the sheet inline is read by the list itself.
      const host = await serve('.', { pages: { '/yours.html': cmsPage({ body: seen.snippet.replaceAll(/https:\/\/unpkg\.com\/@wisg\/widgets@[^/]+/g, '') }) } });
      try {
        const { page: pasted, problems: pastedProblems } = await openPage(browser);
        await pasted.goto(`${host.url}/yours.html`);
        const [list] = await widgetsSettled(pasted);
        for (const title of titles(contract, 'ka').slice(0, 3)) assert.ok(list.text.includes(title), `the pasted list shows “${title}”`);
        assert.deepEqual(pastedProblems, []);
        await pasted.close();
      } finally {
        await host.close();
      }
      await inlineAs('As JSON');
      inline = inlineScript((await shown()).snippet);
      assert.equal(inline.type, 'application/json');
      assert.deepEqual(JSON.parse(inline.text), contract);
      await inlineAs('As it is');

      // axe, with a file read and its three previews.
      if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      );
      assert.deepEqual(violations, []);

      // An IATI activity file (the standard's own example).
      const iatiFile = resolve('test/fixtures/iati/example-annotated-2.03.xml');
      const iatiText = readFileSync(iatiFile, 'utf8');
      const iatiModel = data.parseProjectsData(iatiText, { contentType: 'application/xml' });
      const iatiContract = data.projectsToJson(iatiModel);
      assert.ok(iatiContract.projects.length > 0);
      await choose(iatiFile);
      seen = await shown();
      assert.match(seen.status, /^Read “example-annotated-2\.03\.xml” as an IATI activity file \(XML\): \d+ projects?, /);
      for (const title of titles(iatiContract, 'ka')) assert.ok(seen.previews['wisg-timeline'].includes(title) && seen.previews['wisg-project-list'].includes(title), `the previews show “${title}”`);
      assert.deepEqual(
        seen.problems,
        iatiModel.issues.map((issue) => data.describeIssue(issue, 'ka')),
      );
      assert.deepEqual(JSON.parse((await download()).text), iatiContract);
      // The annotated example has XML comments: "<!--" cannot go inside <script> as it is, so the snippet carries the JSON contract.
      assert.ok(iatiText.includes('<!--'));
      inline = inlineScript(seen.snippet);
      assert.equal(inline.type, 'application/json');
      assert.deepEqual(JSON.parse(inline.text), iatiContract);

      // A sheet with a date that is not one: its problem as the widgets word it, in the widgets' language; the good rows still show.
      // Row 4 is the third project's (row 1 holds the headers); its start cell, after its id and titles, becomes 31.02.2023.
      const third = contract.projects[2];
      const rowAt = csvText.indexOf(`\r\n${third.id},`);
      const cellAt = csvText.indexOf(`,${third.start},`, rowAt);
      assert.ok(rowAt > 0 && cellAt > rowAt, 'row 4 and its start cell are found');
      const brokenText = `${csvText.slice(0, cellAt)},31.02.2023,${csvText.slice(cellAt + third.start.length + 2)}`;
      const startColumn = csvText
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]
        .split(',')
        .indexOf('start');
      const broken = join(scratch, 'broken.csv');
      writeFileSync(broken, brokenText);
      const letter = String.fromCharCode(65 + startColumn);
      await choose(broken);
      seen = await shown();
      assert.equal(seen.problemsHeading, 'Problems in “broken.csv” (1)');
      assert.equal(seen.problemsLang, 'ka');
      const issue = data.parseProjectsData(brokenText).issues[0];
      assert.deepEqual(seen.problems, [data.describeIssue(issue, 'ka')]);
      await inBuilder((root) => [...root.querySelectorAll('input[name="lang"]')].find((input) => input.parentElement.textContent.includes('English')).click());
      await page.evaluate(() => document.querySelector('wisg-embed-builder').updateComplete);
      seen = await shown();
      assert.equal(seen.problemsLang, 'en');
      assert.equal(seen.problems.length, 1);
      assert.match(seen.problems[0], new RegExp(`^Row 4 \\(cell ${letter}4\\), column “start”: “31\\.02\\.2023” is not a date`));
      assert.equal(seen.problems[0], data.describeIssue(issue, 'en'));
      assert.match(seen.status, new RegExp(`: ${contract.projects.length - 1} projects, 1 problem \\(listed below\\)\\.$`));

      // Dropped on the drop zone (the other way in): a JSON file, read the same way.
      await inBuilder((root, text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        root.querySelector('.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, JSON.stringify(contract));
      await page.waitForFunction(() => document.querySelector('wisg-embed-builder').shadowRoot.querySelector('[role="status"]').textContent.startsWith('Read “dropped.json”'), { timeout: 10_000 });
      seen = await shown();
      assert.equal(seen.status, `Read “dropped.json” as JSON: ${contract.projects.length} projects, no problems.`);
      assert.deepEqual(JSON.parse(inlineScript(seen.snippet).text), contract);
    } finally {
      await page.close();
      rmSync(scratch, { recursive: true, force: true });
    }
    assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
  });
});
