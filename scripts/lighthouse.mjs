#!/usr/bin/env node
// Lighthouse (12.8, offline, Debian's Chromium) on the demo page in Georgian and English, as a phone
// sees it (Lighthouse's default: mobile emulation, simulated slow 4G, 4× slower CPU):
//
//   node scripts/lighthouse.mjs            prints each page's scores; fails unless Accessibility and SEO are 100
//   node scripts/lighthouse.mjs --json F   also writes the scores and the failed audits to F
//
// Performance's figures (FCP, LCP, CLS) are printed for information, not checked: they are timings on
// a shared machine (npm run bench measures them side by side). CLS is the exception that is layout,
// not time: it must stay under 0.1 ("good") on the phone.
// Needs `npm run build` (the demo loads dist/). CHROME_PATH picks the browser (default /usr/bin/chromium).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, HEADLESS_CHROMIUM_ARGS } from './chromium.mjs';
import { serve } from './static-server.mjs';

export const PAGES = { ka: '/demo/', en: '/demo/en.html' };
const REQUIRED = { accessibility: 1, seo: 1 };
const CLS_LIMIT = 0.1;

/** Runs Lighthouse on each page; returns one row per page. */
export async function audit({ pages = PAGES, port = Number(process.env.PORT ?? 0) } = {}) {
  const server = await serve('.', { port });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: HEADLESS_CHROMIUM_ARGS,
  });
  const rows = [];
  try {
    for (const [lang, path] of Object.entries(pages)) {
      const { lhr } = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'seo', 'performance'] });
      const failed = Object.values(lhr.categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].title})`),
        );
      const metric = (id) => lhr.audits[id]?.numericValue;
      rows.push({
        lang,
        path,
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)])),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        cls: metric('cumulative-layout-shift'),
        failed,
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return rows;
}

async function main() {
  const jsonAt = process.argv.indexOf('--json');
  const rows = await audit();
  let ok = true;
  console.log('\n  page            accessibility  seo  performance  FCP (ms)  LCP (ms)  CLS');
  for (const row of rows) {
    console.log(
      `  ${`${row.lang} ${row.path}`.padEnd(16)}${String(row.scores.accessibility).padStart(13)}${String(row.scores.seo).padStart(5)}${String(row.scores.performance).padStart(13)}${String(Math.round(row.fcp)).padStart(10)}${String(Math.round(row.lcp)).padStart(10)}  ${row.cls.toFixed(3)}`,
    );
    for (const [category, score] of Object.entries(REQUIRED)) if (row.scores[category] < score * 100) ok = false;
    if (!(row.cls < CLS_LIMIT) || row.runtimeError) ok = false;
    for (const audit of row.failed) console.log(`      ✗ ${audit}`);
    if (row.runtimeError) console.log(`      ✗ ${row.runtimeError}`);
  }
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(rows, null, 2) + '\n');
  console.log(ok ? '\n  Accessibility and SEO at 100, CLS under 0.1, in both languages.\n' : '\n  Lighthouse: Accessibility and SEO must be 100 and CLS under 0.1 on every page (see above).\n');
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
