#!/usr/bin/env node
// The timeline's titles (issue 16), photographed: the bundled WISG data and 30 long Georgian
// titles (test/fixtures/timeline/long-titles-30.json), ka and en, light and dark, 1280 and 1024 px,
// into test-results/timeline-titles/, and those that docs/timeline-titles/README.md shows into
// docs/timeline-titles/ too (committed: the design's evidence). Serves a built checkout with
// scripts/serve.mjs, so the "before" pictures come from an older checkout's dist/ the same way:
//   node scripts/timeline-titles-screenshots.mjs [--root DIR] [--prefix after] [filter]
// Uses Debian's Chromium (CHROME_PATH overrides); nothing is downloaded. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { DOCS_TIMELINE_TITLES_DIR, docsTimelineTitles, shotPage } from './screenshot-files.mjs';

const here = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(option('--root', here));
const prefix = option('--prefix', 'after');
const filter = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '';
const outDir = join(here, 'test-results/timeline-titles');
const shown = docsTimelineTitles();
const port = Number(process.env.PORT ?? 8650);
const origin = `http://127.0.0.1:${port}`;
// Fixed "today", so statuses and the marker do not move from one run to the next.
const TODAY = '2025-01-15';
const DATA = { wisg: '/data/wisg-projects.json', long30: '/long-titles-30.json' };

function page(lang, src) {
  return shotPage({
    lang,
    css: 'body { background: #fff; } @media (prefers-color-scheme: dark) { body { background: #17141b; } }',
    body: `<wisg-timeline src="${src}" today="${TODAY}"></wisg-timeline>`,
  });
}

const server = spawn(process.execPath, [join(here, 'scripts/serve.mjs'), root], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));
const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
try {
  const tab = await browser.newPage();
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/shot') request.respond({ contentType: 'text/html; charset=utf-8', body: page(url.searchParams.get('lang'), url.searchParams.get('src')) });
    // The 30-project fixture is this checkout's, whichever checkout is served.
    else if (url.pathname === DATA.long30) request.respond({ contentType: 'application/json', body: readFileSync(join(here, 'test/fixtures/timeline/long-titles-30.json')) });
    else request.continue();
  });
  for (const [data, src] of Object.entries(DATA))
    for (const lang of ['ka', 'en'])
      for (const theme of ['light', 'dark'])
        for (const width of [1280, 1024]) {
          const name = `${prefix}-${data}-${lang}-${theme}-${width}`;
          if (!name.includes(filter)) continue;
          await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
          await tab.setViewport({ width, height: 800 });
          await tab.goto(`${origin}/shot?lang=${lang}&src=${encodeURIComponent(src)}`);
          await tab.waitForFunction(() => window.loaded, { timeout: 30_000 });
          await tab.evaluate(async () => {
            await document.querySelector('wisg-timeline').updateComplete;
            await document.fonts.ready;
          });
          // The first 1,000 px of a long chart: what a visitor sees first.
          const height = Math.min(1000, await tab.evaluate(() => Math.ceil(document.documentElement.scrollHeight)));
          await tab.setViewport({ width, height });
          const png = await tab.screenshot();
          for (const dir of [outDir, ...(shown.includes(`${name}.png`) ? [DOCS_TIMELINE_TITLES_DIR] : [])]) {
            writeFileSync(join(dir, `${name}.png`), png);
            console.log(relative(here, join(dir, `${name}.png`)));
          }
        }
} finally {
  await browser.close();
  server.kill();
}
