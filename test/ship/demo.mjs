// `npm start`'s page (demo/index.html): the built bundle on a CMS-like page with the hostile
// theme; everything renders without console errors, and the language switch reaches the widgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, openPage, widgetsSettled } from './browser.mjs';
import { englishDemo, prerenderDemo } from '../../scripts/demo-prerender.mjs';

const AXE = createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js');
import { serve } from '../../scripts/static-server.mjs';

const data = JSON.parse(readFileSync('data/wisg-projects.json', 'utf8'));

describe('the demo page (npm start)', () => {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await serve('.');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 390, 320]) {
    test(`${width}px wide: all widgets render in Georgian, then in English after the switch`, async () => {
      const { page, problems } = await openPage(browser, { width, height: 900 });
      await page.goto(`${server.url}/demo/`);
      const georgian = await widgetsSettled(page);
      assert.deepEqual(
        georgian.map((widget) => widget.tag),
        ['wisg-timeline', 'wisg-project-list', 'wisg-project-card'],
      );
      for (const widget of georgian.slice(0, 2)) for (const project of data.projects) assert.ok(widget.text.includes(project.title.ka), `${widget.tag}: ${project.title.ka}`);
      assert.match(georgian[2].text, /პროექტის მიზანი/);
      await page.click('[data-lang="en"]');
      await page.waitForFunction(() => document.querySelector('wisg-project-card').shadowRoot.textContent.includes('Project goal'));
      const english = await widgetsSettled(page);
      for (const widget of english.slice(0, 2)) for (const project of data.projects) assert.ok(widget.text.includes(project.title.en), `${widget.tag}: ${project.title.en}`);
      assert.match(english[1].text, /All projects/);
      // Nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling');
      assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
      await page.close();
    });
  }

  test('its saved content is what the renderer writes today, and demo/en.html is its English page (node scripts/demo-prerender.mjs)', () => {
    const page = readFileSync('demo/index.html', 'utf8');
    assert.equal(prerenderDemo(page), page);
    assert.equal(englishDemo(page), readFileSync('demo/en.html', 'utf8'));
  });

  for (const [lang, path] of [
    ['ka', '/demo/'],
    ['en', '/demo/en.html'],
  ]) {
    test(`without JavaScript (${lang}): every project is on the page, as headings, <time>s, status words, goals and activities; axe finds nothing`, async () => {
      const { page, problems } = await openPage(browser, { width: 390, height: 900 });
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.url}${path}`);
      // (puppeteer's own evaluate still runs; the page's scripts did not: no element is defined.)
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('wisg-timeline, wisg-project-list, wisg-project-card')].map((widget) => ({
          defined: !!customElements.get(widget.localName) || !!widget.shadowRoot,
          titles: [...widget.querySelectorAll('.wisg-static .title, .wisg-static .bar-title')].filter((title) => title.checkVisibility()).map((title) => title.textContent.trim()),
          headings: [...widget.querySelectorAll('.wisg-static :is(h2, h3, h4, h5, h6).title, .wisg-static .bar-title')].length,
          times: widget.querySelectorAll('.wisg-static time[datetime]').length,
          statuses: [...widget.querySelectorAll('.wisg-static .status')].filter((status) => status.checkVisibility()).length,
          goals: [...widget.querySelectorAll('.wisg-static .goal p')].filter((goal) => goal.checkVisibility()).length,
          activities: widget.querySelectorAll('.wisg-static .activity-list li').length,
          ordered: widget.querySelectorAll('.wisg-static ol.bars > li').length,
        })),
      );
      for (const widget of seen) assert.equal(widget.defined, false, 'no script ran');
      const [timeline, list, card] = seen;
      for (const widget of [timeline, list]) {
        assert.deepEqual([...widget.titles].sort(), data.projects.map((project) => project.title[lang]).sort());
        assert.equal(widget.headings, data.projects.length);
        assert.ok(widget.times >= data.projects.length && widget.statuses >= data.projects.length && widget.goals >= data.projects.length && widget.activities > 0);
      }
      assert.equal(timeline.ordered, data.projects.length, 'the timeline is an ordered list');
      assert.deepEqual(card.titles, ['RFSL 2022-24']);
      // axe needs script: on again, for it alone (the page's own scripts were never run).
      await page.setJavaScriptEnabled(true);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document)).violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('find-in-page reaches closed activities: a link to a text in them opens that card', async () => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    const rfsl = data.projects.find((project) => project.id === 'rfsl-2022-24');
    const activity = rfsl.activities[1].ka; // "Organising an international feminist forum…"
    await page.goto(`${server.url}/demo/`);
    await widgetsSettled(page);
    // Once the page is read, a text fragment makes the browser search it as find-in-page (Ctrl+F) does
    // (whole words: a fragment matches at word boundaries).
    await page.goto(`${server.url}/demo/#:~:text=${encodeURIComponent(activity.split(' ').slice(0, 3).join(' '))}`);
    await page.waitForFunction(() => document.querySelector('wisg-project-list').shadowRoot.querySelector('[part="disclosure"][aria-expanded="true"]'), { timeout: 5000 });
    const cards = await page.evaluate(() =>
      [...document.querySelector('wisg-project-list').shadowRoot.querySelectorAll('.card')].map((card) => ({
        title: card.querySelector('.title').textContent.trim(),
        open: card.querySelector('[part="disclosure"]')?.getAttribute('aria-expanded') === 'true',
        shown: [...card.querySelectorAll('.activity-list li')].filter((item) => item.checkVisibility()).map((item) => item.textContent.trim()),
      })),
    );
    assert.deepEqual(
      cards.filter((card) => card.open).map((card) => card.title),
      [rfsl.title.ka],
    );
    assert.ok(cards.find((card) => card.open).shown.includes(activity), 'the found activity is shown');
    assert.deepEqual(
      cards.filter((card) => !card.open).flatMap((card) => card.shown),
      [],
      'the other cards stay closed',
    );
    assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
    await page.close();
  });
});
