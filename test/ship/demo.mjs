// `npm start`'s page (demo/index.html): the built bundle on a CMS-like page with the hostile
// theme; everything renders without console errors, and the language switch reaches the widgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launch, openPage, widgetsSettled } from './browser.mjs';
import { serve } from './server.mjs';

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
      assert.deepEqual(georgian.map((widget) => widget.tag), ['wisg-timeline', 'wisg-project-list', 'wisg-project-card']);
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
      assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(" | ")}`);
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
    assert.deepEqual(cards.filter((card) => card.open).map((card) => card.title), [rfsl.title.ka]);
    assert.ok(cards.find((card) => card.open).shown.includes(activity), 'the found activity is shown');
    assert.deepEqual(cards.filter((card) => !card.open).flatMap((card) => card.shown), [], 'the other cards stay closed');
    assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
    await page.close();
  });
});
