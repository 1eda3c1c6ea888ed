#!/usr/bin/env node
// `npm run screenshots`: builds dist/, serves the repository, and photographs each widget
// in Georgian and English, on a white, a tinted and a dark page, 320 px and 1280 px wide, into test-results/screenshots/
// (and the wide timeline once more with a bar focused); those the README shows go to
// docs/screenshots/ too (scripts/screenshot-files.mjs).
// Uses Debian's Chromium (CHROME_PATH overrides); nothing is downloaded.
//   node scripts/screenshots.mjs [--no-build] [filter]   e.g. `list-ka` for those shots only
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { saveScreenshot, shotPage } from './screenshot-files.mjs';
import { serve } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Fixed "today", so statuses and "present" do not change from one run to the next.
const TODAY = '2025-01-15';
const widgets = {
  card: () => `<wisg-project-card src="/data/wisg-projects.json" project-id="intersectional-feminist-dialogue-queer-academia" expanded today="${TODAY}"></wisg-project-card>`,
  list: (lang) => `<wisg-project-list src="/data/wisg-projects.json" heading="${lang === 'ka' ? 'პროექტები' : 'Projects'}" today="${TODAY}"></wisg-project-list>`,
  timeline: () => `<wisg-timeline src="/data/wisg-projects.json" today="${TODAY}"></wisg-timeline>`,
};

/** The host pages: white, a theme's tint (Twenty Twenty-One's mint) and dark; the widgets take their scheme from what is behind them. */
const BACKDROPS = { light: '#fff', tinted: '#d1e4dd', dark: '#17141b' };

function page(widget, lang, backdrop) {
  return shotPage({ lang, css: `body { background: ${BACKDROPS[backdrop]}; } #shot { display: flow-root; }`, body: `<div id="shot">${widgets[widget](lang)}</div>` });
}

const server = await serve(root, { pages: { '/shot': (url) => page(url.searchParams.get('widget'), url.searchParams.get('lang'), url.searchParams.get('backdrop')) } });
const origin = server.url;

const browser = await launchChromium();
let failures = 0;
try {
  const tab = await browser.newPage();
  for (const widget of Object.keys(widgets)) {
    for (const lang of ['ka', 'en']) {
      for (const theme of Object.keys(BACKDROPS)) {
        for (const width of [320, 1280]) {
          const name = `${widget}-${lang}-${theme}-${width}`;
          if (!name.includes(filter)) continue;
          // A dark page is what a visitor who prefers dark gets from a theme that follows them.
          await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme === 'dark' ? 'dark' : 'light' }]);
          await tab.setViewport({ width, height: 800 });
          await tab.goto(`${origin}/shot?widget=${widget}&lang=${lang}&backdrop=${theme}`);
          await tab.waitForFunction(() => window.loaded || window.failed, { timeout: 15_000 });
          const failed = await tab.evaluate(() => window.failed);
          if (failed) {
            console.error(`${name}: ${failed}`);
            failures++;
          }
          await tab.evaluate(async () => {
            await document.querySelector('#shot > *').updateComplete;
            await document.fonts.ready;
          });
          // The whole widget on screen at once, so lazily painted parts are painted.
          const height = await tab.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
          await tab.setViewport({ width, height });
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) {
            console.error(`${name}: scrolls ${overflow} px sideways`);
            failures++;
          }
          const clip = await tab.evaluate((maxCards) => {
            const box = document.querySelector('#shot').getBoundingClientRect();
            const shadow = document.querySelector('#shot > *').shadowRoot;
            // As wide as what the widget draws (a card stops at its readable width)…
            const right = Math.max(...[...shadow.querySelector('[part="base"]').children].map((child) => child.getBoundingClientRect().right));
            // …and, for the long list, its top: heading, toolbar, count and the first cards.
            const items = shadow.querySelectorAll('.item');
            const last = items[Math.min(items.length, maxCards) - 1];
            const bottom = last ? last.getBoundingClientRect().bottom + 8 : box.bottom;
            return { x: box.x, y: box.y, width: Math.min(box.width, Math.ceil(right - box.x) + 8), height: Math.min(box.bottom, bottom) - box.y };
          }, 3);
          console.log(saveScreenshot(name, await tab.screenshot({ clip })).join(', '));
          if (widget === 'timeline' && width === 1280) {
            // The last row focused from the keyboard: the focus ring round its label and bar.
            await tab.evaluate(() => document.querySelector('#shot > *').shadowRoot.querySelector('.bars > li:last-child button').focus());
            await tab.keyboard.press('End');
            console.log(saveScreenshot(`${name}-focused`, await tab.screenshot({ clip })).join(', '));
          }
          if (widget === 'card') {
            // Its link copied from the keyboard: the button focused, and the status under it (headless Chromium writes once granted).
            await tab.browserContext().overridePermissions(origin, ['clipboard-write', 'clipboard-sanitized-write']);
            await tab.evaluate(() => document.querySelector('#shot > *').shadowRoot.querySelector('[part="copy-link"]').focus());
            await tab.keyboard.press('Enter');
            await tab.waitForFunction(() => document.querySelector('#shot > *').shadowRoot.querySelector('[part="copy-status"]').textContent.trim(), { timeout: 5000 });
            const copied = await tab.evaluate(() => {
              const box = document.querySelector('#shot').getBoundingClientRect();
              return { x: box.x, y: box.y, width: box.width, height: box.height };
            });
            console.log(saveScreenshot(`${name}-copied`, await tab.screenshot({ clip: { ...clip, height: copied.height } })).join(', '));
            await tab.browserContext().clearPermissionOverrides();
          }
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
