#!/usr/bin/env node
// `npm run size`: what a visitor downloads, brotli-compressed (quality 11, as CDNs serve it).
//
//   node scripts/size.mjs            checks dist/ and each single-element entry against its budget
//   node scripts/size.mjs --modules  also shows what each module costs in the full bundle
//
// The full bundles are read from dist/ (run `npm run build` first). The single-element
// figures are what a page (or a user's bundler) gets from one self-defining entry with
// lit inlined: each entry is bundled in memory exactly like dist/wisg-widgets.js.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import { plugins } from './build-config.mjs';

/**
 * Bytes, brotli. `budget` fails the check; `target` is where we want to be (issue 5's
 * 20 KB for the full bundle was withdrawn by the brief, which sets the one-script bundle's budget
 * at 23.5 KB: 23,500 B). The classic build wraps the same code (a few dozen bytes more). The single-element
 * entries' budgets are what they measured on 2026-12-01 at e50610c + the smaller takeover (with the
 * CSV and IATI readers still in every entry: ~730 B that is to load as a lazy chunk), rounded up to the next 100 B: their growth
 * is seen when it happens. `--modules` and docs/size.md say where the bytes go.
 */
export const BUDGETS = {
  // The brief's 23.5 KB for the one-script bundle, both builds (23,363-23,440 B on 2026-12-02, after the
  // links' lazy chunk, the CMS-markup mending and the readers' failure text moved into lazy chunks).
  'dist/wisg-widgets.js': { budget: 23_500, target: 23_500 },
  // A lazy chunk (scripts/lazy-chunks.mjs), loaded only by pages whose data is a sheet or an IATI file.
  'dist/wisg-widgets-readers.js': { budget: 7_500, target: 6_000 },
  'dist/wisg-widgets.iife.js': { budget: 23_500, target: 23_500 },
  // A lazy chunk, loaded only by pages with a data problem or a failed request (docs/size.md).
  'dist/wisg-widgets-problems.js': { budget: 3_000, target: 2_500 },
  // A lazy chunk, loaded only by pages opened at a project's address (page#<project id>), and by the first
  // click of a card's copy button (what it says, in both languages): 830 B on 2026-12-03, rounded up.
  'dist/wisg-widgets-links.js': { budget: 900, target: 900 },
  // A lazy chunk, loaded only by lists with more than 100 results (a page at a time, and its "Show more" button
  // with its own msg() and Georgian): 785 B on 2026-12-03, rounded up to the next 100 B.
  'dist/wisg-widgets-pager.js': { budget: 800, target: 800 },
  // A lazy chunk, loaded only by lists with the url-state attribute (src/chunks/list-state.ts): 1,156 B on
  // 2026-12-03, 1,230 B with the namespaces by page order (wisg-2 …), rounded up to the next 100 B.
  'dist/wisg-widgets-list-state.js': { budget: 1_300, target: 1_300 },
  'src/wisg-project-card.ts': { budget: 16_700, target: 15_000 },
  'src/wisg-project-list.ts': { budget: 20_000, target: 18_000 },
  'src/wisg-timeline.ts': { budget: 20_300, target: 18_000 },
};

export const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Bundles one entry the way the one-script-tag bundle is made; returns its code and source map. */
export async function bundleEntry(input) {
  const build = await rollup({ input, plugins: plugins({ minify: true }), onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: 'es', sourcemap: true });
    return { code: output[0].code, map: output[0].map };
  } finally {
    await build.close();
  }
}

/**
 * What each source module costs: the minified text its source map attributes to it, brotli-compressed
 * alone. Modules compress worse alone than together, so the figures are scaled to sum to the total.
 */
export async function moduleCosts(code, map) {
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
  const offset = (m) => lineStart[m.generatedLine - 1] + m.generatedColumn;
  const text = new Map();
  await SourceMapConsumer.with(map, null, (consumer) => {
    const mappings = [];
    consumer.eachMapping((m) => mappings.push(m));
    mappings.sort((a, b) => offset(a) - offset(b));
    mappings.forEach((m, i) => {
      const end = i + 1 < mappings.length ? offset(mappings[i + 1]) : code.length;
      const source = (m.source ?? '(unmapped)').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
      text.set(source, (text.get(source) ?? '') + code.slice(offset(m), end));
    });
  });
  const total = brotli(code);
  const rows = [...text].map(([source, piece]) => ({ source, minified: Buffer.byteLength(piece), alone: brotli(piece) }));
  const sum = rows.reduce((a, row) => a + row.alone, 0);
  for (const row of rows) row.share = Math.round((row.alone / sum) * total);
  return rows.sort((a, b) => b.share - a.share);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

async function main() {
  const showModules = process.argv.includes('--modules');
  const rows = [];
  for (const file of [
    'dist/wisg-widgets.js',
    'dist/wisg-widgets.iife.js',
    'dist/wisg-widgets-readers.js',
    'dist/wisg-widgets-problems.js',
    'dist/wisg-widgets-links.js',
    'dist/wisg-widgets-pager.js',
    'dist/wisg-widgets-list-state.js',
  ]) {
    if (!existsSync(file)) {
      console.error(`${file} is missing: run \`npm run build\` first.`);
      process.exit(2);
    }
    const code = readFileSync(file, 'utf8');
    rows.push({ name: file, code, map: showModules && JSON.parse(readFileSync(`${file}.map`, 'utf8')) });
  }
  for (const entry of ['src/wisg-project-card.ts', 'src/wisg-project-list.ts', 'src/wisg-timeline.ts']) {
    rows.push({ name: entry, ...(await bundleEntry(entry)) });
  }

  let failed = false;
  console.log('\n  brotli      gzip        minified    budget (br)  target (br)  file / entry');
  for (const row of rows) {
    const size = brotli(row.code);
    const { budget, target } = BUDGETS[row.name];
    const over = size > budget;
    failed ||= over;
    const note = over ? `  OVER BUDGET by ${size - budget} B` : size > target ? `  (${size - target} B over the target)` : '';
    console.log(`  ${kb(size).padEnd(11)} ${kb(gzip(row.code)).padEnd(11)} ${kb(Buffer.byteLength(row.code)).padEnd(11)} ${kb(budget).padEnd(12)} ${kb(target).padEnd(12)} ${row.name}${note}`);
  }
  if (showModules) {
    const full = rows[0];
    console.log(`\n  What each module costs in ${full.name} (brotli, scaled to the total):`);
    for (const row of await moduleCosts(full.code, full.map)) {
      console.log(`  ${String(row.share).padStart(6)} B  ${String(row.minified).padStart(6)} B minified  ${row.source}`);
    }
  }
  console.log('');
  if (failed) {
    console.error('Size budget exceeded (see above). `node scripts/size.mjs --modules` shows where the bytes go.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
