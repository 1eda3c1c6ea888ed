// The Storybook, as designers get it: `npm run build-storybook`, then every story of the
// static build in headless Chromium, in Georgian (light) and English (dark): it renders,
// logs no errors, and axe finds no violations. The Embed builder's snippets are pasted
// into a page with the built bundle and must work.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, openPage, widgetsSettled } from './browser.mjs';
import { cmsPage } from './pages.mjs';
import { serve } from '../../scripts/static-server.mjs';

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
});
