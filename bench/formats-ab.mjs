#!/usr/bin/env node
// The formats section's pages, before and after a change, interleaved page by page so that both see
// the same machine load (on a shared machine two runs of `npm run bench` minutes apart differed by
// more than the change): the same generated 1,000 projects as JSON, CSV and IATI XML, chunk preloaded,
// from A (a built export of another commit: the directory `node bench/run.mjs --at REV` builds,
// /tmp/wisg-bench-REV) and B (this checkout's dist/, `npm run build` first).
//
//   node bench/formats-ab.mjs /tmp/wisg-bench-6536516 [runs=9]
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/static-server.mjs';
import { formatFiles, formatOnce, FORMATS, FORMAT_WIDGETS } from './formats.mjs';
import { generateProjects } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [before, runsArg] = process.argv.slice(2);
if (!before || !existsSync(join(before, 'dist/wisg-widgets-readers.js'))) {
  console.error('usage: node bench/formats-ab.mjs BUILT_EXPORT_DIR [runs]  (a directory with dist/ and bench/pages/, e.g. from bench/run.mjs --at REV)');
  process.exit(2);
}
const runs = Number(runsArg ?? 9);
const SIZE = 1000;
const data = new Map([...formatFiles(generateProjects(SIZE), '2025-06-01')].map(([path, text]) => [path, Buffer.from(text)]));
const pages = (url) => data.get(url.pathname);
const only = ['bench/pages/', 'dist/'];
const servers = {
  A: await serve(ROOT, { pages, only, mounts: { 'dist/': join(before, 'dist'), 'bench/pages/': join(before, 'bench/pages') }, brotli: true }),
  B: await serve(ROOT, { pages, only, brotli: true }),
};
const browser = await launchChromium({ protocolTimeout: 600_000 });
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const widget of FORMAT_WIDGETS) {
      for (const format of FORMATS) {
        for (const side of run % 2 ? ['B', 'A'] : ['A', 'B']) {
          const result = await formatOnce(browser, servers[side].url, { widget, format, size: SIZE, mode: 'preloaded' }, { cap: 60 });
          if (result.error || result.projects !== SIZE) console.log(`  ${side} ${widget} ${format}: ${result.error ?? `${result.projects} projects`}`);
          else results.push({ side, widget, format, render: result.render });
        }
      }
    }
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) await server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`${SIZE} projects, chunk preloaded, median of ${runs} (A: ${before}, B: ${ROOT}/dist):`);
for (const widget of FORMAT_WIDGETS) {
  for (const side of ['A', 'B']) {
    const of = (format) => median(results.filter((r) => r.side === side && r.widget === widget && r.format === format).map((r) => r.render));
    const json = of('json');
    console.log(`  ${widget.padEnd(8)} ${side}: ${FORMATS.map((format) => `${format} ${of(format).toFixed(0)} ms${format === 'json' ? '' : ` (${(of(format) / json).toFixed(2)}×)`}`).join(', ')}`);
  }
}
