#!/usr/bin/env node
// `npm run bench`: renders the same seeded data sets in our list and timeline, TimelineJS3,
// vis-timeline and a static pre-rendered page, in headless Chromium, and writes bench/RESULTS.md.
//
//   npm run bench                                  # the full run: sizes 10,100,1000,10000, 5 runs each
//   npm run bench -- --sizes 10,100 --runs 3       # a quick look (writes bench/RESULTS.partial.md)
//   options: --libs list,timeline,vis,timelinejs,static  --cap 60 (seconds per render)
//            --out FILE  --arrow-key ArrowRight  --profile LIB:SIZE[:render|first|keystroke|clear|arrow] (a .cpuprofile of that phase; first = to the first paint;
//              formats: --profile formats-list-iati:1000[:preloaded|first], every run of that page)
//            --trace LIB:SIZE[:phase] (a Chrome trace of that phase: style, layout, paint…; see trace-summary.mjs)
//            --dist DIR (serve /dist/ from DIR: bench a patched build of a copy of the repo against this one)
//            --at REV (bench a bundle built from a clean export of commit REV, with that commit's bench/pages)
//            --quiet 25 (default: before each run, wait until the machine is under 25 % busy, at most 2 min; 100: never wait)
//            --settle 1000 (ms between the render and the first key press: a visitor reads before typing)
//            --serve (only serve the pages, e.g. http://127.0.0.1:PORT/bench/pages/timeline.html?size=100)
//            --sections interaction,load,formats (default all; load: page load to projects painted, bench/load.mjs;
//              formats: the same projects as JSON, CSV and IATI XML, inline, to painted, bench/formats.mjs)
//            --formats json,csv,iati  --format-sizes 1000
//            --load-pages static,src,inline,prerendered,vis,timelinejs  --load-sizes 10,100  --networks slow4g,none
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/static-server.mjs';
import { generateProjects, QUERY } from './generate.mjs';
import { renderStatic } from './static.mjs';
import { writeFormatsReport, writeLoadReport, writeReport } from './report.mjs';
import { LOAD_PAGES, LOAD_SIZES, loadOnce, loadPage, NETWORKS, timelineJsData } from './load.mjs';
import { FORMAT_MODES, FORMAT_SIZES, FORMAT_WIDGETS, formatFiles, formatOnce, FORMATS } from './formats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALL_LIBS = ['list', 'timeline', 'vis', 'timelinejs', 'static'];
const ALL_SECTIONS = ['interaction', 'load', 'formats'];
const DEFAULT_SIZES = [10, 100, 1000, 10000];
const DEFAULT_RUNS = 5;
const TODAY = '2025-06-01'; // the same as bench/pages/harness.js

// ---------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = {
    sizes: DEFAULT_SIZES,
    runs: DEFAULT_RUNS,
    libs: ALL_LIBS,
    cap: 60,
    out: undefined,
    arrowKey: 'ArrowRight',
    profile: undefined,
    trace: undefined,
    serve: false,
    dist: undefined,
    at: undefined,
    quiet: 25,
    settle: 1000,
    sections: ALL_SECTIONS,
    loadPages: LOAD_PAGES,
    loadSizes: LOAD_SIZES,
    networks: Object.keys(NETWORKS),
    formats: FORMATS,
    formatSizes: FORMAT_SIZES,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--sizes':
        options.sizes = value()
          .split(',')
          .map((s) => Number(s.replace(/_/g, '')));
        break;
      case '--runs':
        options.runs = Number(value());
        break;
      case '--libs':
        options.libs = value().split(',');
        break;
      case '--cap':
        options.cap = Number(value());
        break;
      case '--out':
        options.out = value();
        break;
      case '--arrow-key':
        options.arrowKey = value();
        break;
      case '--profile':
        options.profile = value();
        break;
      case '--trace':
        options.trace = value();
        break;
      case '--dist':
        options.dist = resolve(value());
        break;
      case '--at':
        options.at = value();
        break;
      case '--quiet':
        options.quiet = Number(value());
        break;
      case '--settle':
        options.settle = Number(value());
        break;
      case '--serve':
        options.serve = true;
        break;
      case '--sections':
        options.sections = value().split(',');
        break;
      case '--load-pages':
        options.loadPages = value().split(',');
        break;
      case '--load-sizes':
        options.loadSizes = value().split(',').map(Number);
        break;
      case '--networks':
        options.networks = value().split(',');
        break;
      case '--formats':
        options.formats = value().split(',');
        break;
      case '--format-sizes':
        options.formatSizes = value().split(',').map(Number);
        break;
      case '--help':
      case '-h':
        console.log(
          readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(1)
            .filter((line, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('//')))
            .map((l) => l.replace(/^\/\/ ?/, ''))
            .join('\n'),
        );
        process.exit(0);
      // falls through (process.exit does not return)
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: positive integers, e.g. 10,100');
  if (!(options.runs >= 1)) throw new Error('--runs: at least 1');
  for (const lib of options.libs) if (!ALL_LIBS.includes(lib)) throw new Error(`--libs: ${lib}? (${ALL_LIBS.join(', ')})`);
  for (const section of options.sections) if (!ALL_SECTIONS.includes(section)) throw new Error(`--sections: ${section}? (${ALL_SECTIONS.join(', ')})`);
  for (const kind of options.loadPages) if (!LOAD_PAGES.includes(kind)) throw new Error(`--load-pages: ${kind}? (${LOAD_PAGES.join(', ')})`);
  for (const network of options.networks) if (!NETWORKS[network]) throw new Error(`--networks: ${network}? (${Object.keys(NETWORKS).join(', ')})`);
  if (options.loadSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--load-sizes: positive integers, e.g. 10,100');
  for (const format of options.formats) if (!FORMATS.includes(format)) throw new Error(`--formats: ${format}? (${FORMATS.join(', ')})`);
  if (options.formatSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--format-sizes: positive integers, e.g. 1000');
  const full =
    options.runs >= DEFAULT_RUNS &&
    DEFAULT_SIZES.every((n) => options.sizes.includes(n)) &&
    ALL_LIBS.every((l) => options.libs.includes(l)) &&
    ALL_SECTIONS.every((section) => options.sections.includes(section)) &&
    LOAD_PAGES.every((kind) => options.loadPages.includes(kind)) &&
    LOAD_SIZES.every((n) => options.loadSizes.includes(n)) &&
    Object.keys(NETWORKS).every((network) => options.networks.includes(network)) &&
    FORMATS.every((format) => options.formats.includes(format)) &&
    FORMAT_SIZES.every((n) => options.formatSizes.includes(n));
  options.full = full;
  options.out ??= join('bench', full ? 'RESULTS.md' : 'RESULTS.partial.md');
  return options;
}

// ---------------------------------------------------------------------------- serving

/** Only what the pages need: the pages, our bundle, the two anchors, and the generated data. */
const SERVED = ['bench/pages/', 'dist/', 'demo/cms-theme.css', 'node_modules/@knight-lab/timelinejs/dist/', 'node_modules/vis-timeline/standalone/'];

/** The pages, with generated data and pages from `data` (path → body), text brotli-compressed as a CDN serves it (what the load section's slow 4G carries). */
function serveBench(data, port = 0, dist = undefined, pages = undefined) {
  const mounts = {};
  if (dist) mounts['dist/'] = dist;
  if (pages) mounts['bench/pages/'] = pages;
  return serve(ROOT, { pages: (url) => data.get(url.pathname), only: SERVED, mounts, brotli: true, port });
}

const brotliCache = new Map();
function brotliSize(file) {
  if (!brotliCache.has(file)) {
    const bytes = readFileSync(file);
    const compressed = brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    brotliCache.set(file, { raw: bytes.length, br: compressed.length });
  }
  return brotliCache.get(file);
}

// ---------------------------------------------------------------------------- browser

const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error(`${what}: more than ${ms / 1000} s`), { capped: true })), ms).unref());
const race = (promise, ms, what) => Promise.race([promise, timeout(ms, what)]);

async function runOnce(browser, origin, lib, size, options) {
  const context = await browser.createBrowserContext();
  const result = { lib, size };
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
    // Nothing leaves the machine (TimelineJS asks Google for fonts): those requests fail at once.
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));
    const code = new Set();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.ok() && /\.(m?js|css)$/.test(path) && !path.startsWith('/bench/')) code.add(path);
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error)));

    await page.goto(`${origin}/bench/pages/${lib}.html?size=${size}`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true', { timeout: 30_000 });
    await race(
      page.evaluate(() => window.bench.setup()),
      120_000,
      'setup',
    );
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    // --profile lib:size[:phase]: a CPU profile (100 µs sampling) of one phase of this run;
    // --trace lib:size[:phase]: a Chrome trace of it (where the time outside JS goes).
    const wanted = (option, phase) => {
      const [l, n, p = 'render'] = (option ?? '').split(':');
      return l === lib && Number(n) === size && p === phase;
    };
    const profiled = async (phase, work) => {
      const profile = wanted(options.profile, phase);
      const trace = wanted(options.trace, phase);
      if (!profile && !trace) return work();
      const base = join('bench', `profile-${lib}-${size}-${phase}`);
      if (trace) {
        await page.tracing.start({
          path: join(ROOT, base + '.trace.json'),
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'v8.execute', 'disabled-by-default-v8.gc', 'loading', 'cc', 'gpu'],
        });
      }
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      try {
        return await work();
      } finally {
        if (profile) {
          const { profile: data } = await cdp.send('Profiler.stop');
          writeFileSync(join(ROOT, base + '.cpuprofile'), JSON.stringify(data));
          console.log(`  (CPU profile of ${phase}: ${base}.cpuprofile — node bench/profile-summary.mjs ${base}.cpuprofile)`);
        }
        if (trace) {
          await page.tracing.stop();
          console.log(`  (trace of ${phase}: ${base}.trace.json — node bench/trace-summary.mjs ${base}.trace.json)`);
        }
      }
    };
    try {
      // Phase "first" profiles only up to the first paint (and then lets the rest happen unmeasured).
      const firstOnly = wanted(options.profile, 'first') || wanted(options.trace, 'first');
      const render = await profiled(firstOnly ? 'first' : 'render', () =>
        race(
          page.evaluate((firstOnly) => window.bench.render({ firstOnly }), firstOnly),
          options.cap * 1000,
          'render',
        ),
      );
      result.render = render.first;
      result.complete = render.complete;
    } catch (error) {
      if (!error.capped) throw error;
      result.render = null;
      result.capped = true;
      return result;
    }
    await cdp.send('HeapProfiler.collectGarbage');
    result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    result.elements = await page.evaluate(() => window.bench.domNodes());
    result.code = [...code].map((path) => ({ path, ...brotliSize(options.dist && path.startsWith('/dist/') ? join(options.dist, path.slice(6)) : join(ROOT, path)) }));

    // A visitor reads before typing: work an element defers until after its first paint (search
    // indexing, say) has had this long to finish, as it would before a real first keystroke.
    if (options.settle > 0) await new Promise((done) => setTimeout(done, options.settle));
    if (await page.evaluate(() => window.bench.hasQuery())) {
      await page.evaluate(() => window.bench.prepareQuery());
      result.keystroke = await profiled('keystroke', () =>
        race(
          page.evaluate((q) => window.bench.query(q), QUERY),
          60_000,
          'query',
        ),
      );
      result.clear = await profiled('clear', () =>
        race(
          page.evaluate(() => window.bench.query('')),
          60_000,
          'clear query',
        ),
      );
    }
    if (await page.evaluate(() => window.bench.hasArrow())) {
      await page.evaluate(() => window.bench.armArrow());
      const arrow = await profiled('arrow', async () => {
        await page.keyboard.press(options.arrowKey);
        return race(
          page.evaluate(() => window.bench.arrowResult()),
          30_000,
          'arrow key',
        );
      });
      result.arrow = arrow.ms;
      result.arrowMove = `${arrow.from} → ${arrow.to}`;
    }
    if (errors.length) result.errors = errors;
    return result;
  } catch (error) {
    // Keep what was measured before the failure.
    result.error = String(error.message ?? error).split('\n')[0];
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------- a shared machine

/** The share of all CPUs busy over `ms` (from /proc/stat), 0–1; undefined where there is no /proc. */
async function cpuBusy(ms = 1000) {
  const read = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const values = fields.map(Number);
    const idle = values[3] + (values[4] ?? 0);
    return { idle, total: values.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = read();
    await new Promise((done) => setTimeout(done, ms));
    const b = read();
    return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
  } catch {
    return undefined;
  }
}

/** Waits (up to 2 minutes) until the machine is quieter than `limit` percent busy; returns the last reading. */
async function waitQuiet(limit) {
  const deadline = Date.now() + 2 * 60_000;
  let busy = await cpuBusy();
  let told = false;
  while (busy !== undefined && busy * 100 > limit && Date.now() < deadline) {
    if (!told) process.stdout.write(`  (waiting for a quieter machine: ${Math.round(busy * 100)} % busy)`);
    told = true;
    await new Promise((done) => setTimeout(done, 4000));
    busy = await cpuBusy();
  }
  if (told) process.stdout.write(` → ${Math.round(busy * 100)} %\n`);
  return busy;
}

// ---------------------------------------------------------------------------- machine

function machine(browserVersion) {
  const cpus = os.cpus();
  let distro = '';
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // Not Linux, or no os-release: the report names no distribution.
  }
  let detail = '';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(info)?.[1];
    detail = ` (family ${field('cpu family')}, model ${field('model')}${/\bhypervisor\b/.test(field('flags') ?? '') ? ', virtual machine' : ''})`;
  } catch {
    // No /proc/cpuinfo: the report gives the CPU model only.
  }
  return {
    cpu: (cpus[0]?.model?.trim() ?? 'unknown') + detail,
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${distro || os.type()} (${os.release()})`,
    browser: browserVersion,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)),
  };
}

/** Builds the bundle from `git archive REV` in a scratch folder (node_modules linked) and returns its dist/. */
function buildAt(rev) {
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(os.tmpdir(), `wisg-bench-${sha}`);
  if (!existsSync(join(dir, 'dist/wisg-widgets.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', sha], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    console.log(`bench: building ${sha} in ${dir}`);
    execFileSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: dir, stdio: 'inherit' });
  }
  options_at.sha = sha;
  return join(dir, 'dist');
}
const options_at = {};

// ---------------------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.at) options.dist = buildAt(options.at);
  const bundle = join(options.dist ?? join(ROOT, 'dist'), 'wisg-widgets.js');
  if ((options.libs.includes('list') || options.libs.includes('timeline')) && !existsSync(bundle)) {
    throw new Error('dist/wisg-widgets.js is missing: `npm run bench` builds it (or run `npm run build` first)');
  }

  const interaction = options.sections.includes('interaction');
  const load = options.sections.includes('load');
  const formats = options.sections.includes('formats');
  const largest = Math.max(...(interaction ? options.sizes : []), ...(load ? options.loadSizes : []), ...(formats ? options.formatSizes : []));
  const all = generateProjects(largest);
  const data = new Map();
  for (const size of new Set([...(interaction ? options.sizes : []), ...(load ? options.loadSizes : [])])) {
    const projects = all.slice(0, size);
    data.set(`/bench-data/${size}.json`, Buffer.from(JSON.stringify(projects)));
    data.set(`/bench-data/${size}.html`, Buffer.from(renderStatic(projects, TODAY)));
    if (load && options.loadSizes.includes(size)) {
      data.set(`/bench-data/${size}.timelinejs.json`, Buffer.from(JSON.stringify(timelineJsData(projects))));
      for (const kind of options.loadPages) data.set(`/bench-load/${kind}-${size}.html`, Buffer.from(loadPage(kind, projects, TODAY)));
    }
  }

  for (const size of formats ? options.formatSizes : []) {
    for (const [path, text] of formatFiles(all.slice(0, size), TODAY)) data.set(path, Buffer.from(text));
  }

  // With --at, the pages come from that commit too: a page and the element it measures change together.
  const pages = options.at && existsSync(join(options.dist, '..', 'bench/pages')) ? join(options.dist, '..', 'bench/pages') : undefined;
  const server = await serveBench(data, options.serve ? Number(process.env.PORT ?? 8010) : 0, options.dist, pages);
  const origin = server.url;
  if (options.serve) {
    console.log(`bench pages: ${origin}/bench/pages/{${options.libs.join(',')}}.html?size={${options.sizes.join(',')}}  (Ctrl+C stops)`);
    if (load) console.log(`page-load pages: ${origin}/bench-load/{${options.loadPages.join(',')}}-{${options.loadSizes.join(',')}}.html`);
    if (formats) console.log(`formats pages: ${origin}/bench/pages/formats.html?widget={list,timeline}&format={${options.formats.join(',')}}&size={${options.formatSizes.join(',')}}&preload={1,0}`);
    return;
  }
  const browser = await launchChromium({ protocolTimeout: 600_000 });
  const startedAt = new Date();
  const info = machine(await browser.version());
  console.log(
    `bench: ${options.sections.join(' and ')}; sizes ${options.sizes.join(', ')}; ${options.runs} runs; ${options.libs.join(', ')}; ${info.browser}, ${info.cpu} ×${info.cores}, load ${info.load.join(' ')}`,
  );

  const results = [];
  const loads = [];
  const formatResults = [];
  const capped = new Set();
  try {
    for (const size of interaction ? options.sizes : []) {
      for (let run = 0; run < options.runs; run++) {
        // Rotate the order, so that no library always runs first (or right after the heaviest one).
        const libs = options.libs.map((_, i) => options.libs[(i + run) % options.libs.length]);
        for (const lib of libs) {
          if (capped.has(`${lib}:${size}`)) continue;
          const busy = options.quiet < 100 ? await waitQuiet(options.quiet) : await cpuBusy(250);
          const started = Date.now();
          let result;
          try {
            result = await runOnce(browser, origin, lib, size, options);
          } catch (error) {
            result = { lib, size, error: String(error.message ?? error) };
          }
          result.run = run + 1;
          if (busy !== undefined) result.busyBefore = Math.round(busy * 100);
          results.push(result);
          if (result.capped) capped.add(`${lib}:${size}`); // one run over the cap is enough to know
          const show = (v) => (v == null ? '-' : `${v.toFixed(1)}`);
          console.log(
            `  ${String(size).padStart(5)} #${run + 1} ${lib.padEnd(10)} render ${result.capped ? `> ${options.cap} s` : show(result.render)} ms` +
              (result.complete != null && result.complete !== result.render ? ` (all ${show(result.complete)} ms)` : '') +
              (result.keystroke != null ? `, keystroke ${show(result.keystroke)} / clear ${show(result.clear)} ms` : '') +
              (result.arrow != null ? `, arrow ${show(result.arrow)} ms` : '') +
              (result.heap != null ? `, heap ${(result.heap / 2 ** 20).toFixed(1)} MB` : '') +
              (result.error ? `  ERROR ${result.error}` : '') +
              (result.errors ? `  page errors: ${result.errors.join(' | ').slice(0, 200)}` : '') +
              `  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
        }
      }
    }
    // Page load to projects painted (bench/load.mjs): each network, each size, the pages in rotating order.
    for (const network of load ? options.networks : []) {
      for (const size of options.loadSizes) {
        for (let run = 0; run < options.runs; run++) {
          const kinds = options.loadPages.map((_, i) => options.loadPages[(i + run) % options.loadPages.length]);
          for (const kind of kinds) {
            const busy = options.quiet < 100 ? await waitQuiet(options.quiet) : await cpuBusy(250);
            const result = await loadOnce(browser, origin, kind, size, network, { cap: options.cap });
            result.run = run + 1;
            if (busy !== undefined) result.busyBefore = Math.round(busy * 100);
            loads.push(result);
            const ms = (v) => (v == null ? '-' : `${Math.round(v)}`);
            console.log(
              `  load ${network.padEnd(6)} ${String(size).padStart(4)} #${run + 1} ${kind.padEnd(11)} FCP ${ms(result.fcp)} ms, LCP ${ms(result.lcp)} ms, projects painted ${ms(result.painted)} ms, CLS ${result.cls == null ? '-' : result.cls.toFixed(3)}${result.lcpElement ? ` (LCP: ${result.lcpElement}, ${result.lcpSize})` : ''}` +
                (result.error ? `  ERROR ${result.error}` : '') +
                (result.errors ? `  page errors: ${result.errors.join(' | ').slice(0, 200)}` : ''),
            );
          }
        }
      }
    }
    // The same projects as JSON, CSV and IATI XML (bench/formats.mjs): every widget, format and
    // mode once per run, in an order that rotates, so that no format always runs first.
    const widgets = FORMAT_WIDGETS.filter((widget) => options.libs.includes(widget));
    const combos = widgets.flatMap((widget) => options.formats.flatMap((format) => FORMAT_MODES.map((mode) => ({ widget, format, mode }))));
    for (const size of formats ? options.formatSizes : []) {
      for (let run = 0; run < options.runs; run++) {
        for (let i = 0; i < combos.length; i++) {
          const combo = { ...combos[(i + run * widgets.length) % combos.length], size };
          const busy = options.quiet < 100 ? await waitQuiet(options.quiet) : await cpuBusy(250);
          const result = await formatOnce(browser, origin, combo, { cap: options.cap, profile: options.profile && { option: options.profile, base: join(ROOT, 'bench', 'profile-formats') } });
          result.run = run + 1;
          if (busy !== undefined) result.busyBefore = Math.round(busy * 100);
          formatResults.push(result);
          const ms = (v) => (v == null ? '-' : v.toFixed(1));
          console.log(
            `  formats ${String(size).padStart(5)} #${run + 1} ${combo.widget.padEnd(8)} ${combo.format.padEnd(4)} ${combo.mode.padEnd(9)} painted ${ms(result.render)} ms` +
              (result.complete != null && result.complete !== result.render ? ` (every bar ${ms(result.complete)} ms)` : '') +
              (result.projects != null ? `; ${result.projects} projects, ${result.issues} problems, ${result.titlesShown} titles on screen, ${(result.bytes / 1e6).toFixed(2)} MB` : '') +
              (result.error ? `  ERROR ${result.error}` : '') +
              (result.errors ? `  page errors: ${result.errors.join(' | ').slice(0, 200)}` : ''),
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  info.loadAfter = os.loadavg().map((l) => l.toFixed(2));
  const commit = (() => {
    if (options_at.sha) return options_at.sha;
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  })();
  const dirty = (() => {
    if (options.at) return 0;
    if (options.dist) return undefined;
    try {
      return execFileSync('git', ['status', '--porcelain', '--', 'src', 'rollup.config.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
    } catch {
      return undefined;
    }
  })();
  const run = {
    startedAt: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt) / 1000),
    commit,
    dirty,
    builtAt: options_at.sha,
    options: { ...options, query: QUERY, today: TODAY },
    machine: info,
    results,
    loads,
    formats: formatResults,
  };
  // resolve: an absolute --out stays as given.
  const out = resolve(ROOT, options.out);
  writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(run, null, 1) + '\n');
  writeFileSync(
    out,
    [
      interaction
        ? writeReport(run)
        : `# Benchmark (${options.sections.join(' and ')} only)\n\nCommit ${commit ?? '?'}${dirty ? ` with ${dirty} changed files` : ''}, ${run.startedAt}; ${info.browser}, ${info.cpu} ×${info.cores}, load ${info.load.join(' ')} → ${info.loadAfter.join(' ')}.\n`,
      load ? writeLoadReport(run) : '',
      formats ? writeFormatsReport(run) : '',
    ].join('\n'),
  );
  console.log(`\nwrote ${options.out} (raw: ${options.out.replace(/\.md$/, '.json')})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
