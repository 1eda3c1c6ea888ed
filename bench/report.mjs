// Turns one benchmark run (bench/run.mjs) into bench/RESULTS.md.
import { HEADLESS_CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const NAMES = {
  list: 'our `<wisg-project-list>`',
  timeline: 'our `<wisg-timeline>`',
  vis: 'vis-timeline 8.5.4 (standalone)',
  timelinejs: 'TimelineJS 3.9.11',
  static: 'static HTML (the floor)',
};

/** "Usable at 10,000" made concrete: the first paint within a second, every interaction within RAIL's 100 ms. */
export const USABLE = { render: 1000, interaction: 100 };

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (ms) => (ms === undefined ? '–' : ms >= 100 ? Math.round(ms).toLocaleString('en-US') : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const mb = (bytes) => (bytes === undefined ? '–' : (bytes / 2 ** 20).toFixed(1));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const times = (ratio) => (ratio === undefined || !Number.isFinite(ratio) ? '–' : ratio >= 1 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}× (1/${(1 / ratio).toFixed(1)})`);

export function writeReport(run) {
  const { options, machine, results } = run;
  const libs = options.libs;
  const sizes = options.sizes;
  const cap = options.cap;

  const cell = (lib, size) => results.filter((r) => r.lib === lib && r.size === size);
  const stat = (lib, size, key) => {
    const rows = cell(lib, size);
    if (key === 'render' && rows.some((r) => r.capped)) return { capped: true };
    const values = rows.map((r) => r[key]).filter((v) => typeof v === 'number');
    if (values.length === 0) return {};
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
  };
  const med = (lib, size, key) => stat(lib, size, key).median;
  const show = (lib, size, key, unit = '') => {
    const s = stat(lib, size, key);
    if (s.capped) return `> ${cap} s (cap)`;
    if (s.median === undefined) return '–';
    return `**${fmt(s.median)}**${unit} <sub>${fmt(s.min)}–${fmt(s.max)}</sub>`;
  };
  const has = (lib) => libs.includes(lib);
  const chunked = (lib) => results.some((r) => r.lib === lib && r.complete !== undefined && r.complete !== r.render);
  const ratio = (a, b, size, key = 'render', keyB = 'render') => {
    const x = med(a, size, key);
    const y = stat(b, size, keyB);
    if (y.capped && x !== undefined) return { text: `< ${(x / (cap * 1000)).toFixed(4)}× (anchor over the cap)`, value: x / (cap * 1000), bound: true };
    if (x === undefined || y.median === undefined) return { text: '–' };
    return { text: times(x / y.median), value: x / y.median };
  };

  const lines = [];
  const out = (...l) => lines.push(...l);
  const table = (head, rows) => {
    out(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows) out(`| ${row.join(' | ')} |`);
    out('');
  };

  out('# Benchmark results', '');
  out(
    `\`npm run bench\`${options.full ? '' : ` (partial: \`--sizes ${sizes.join(',')} --runs ${options.runs} --libs ${libs.join(',')}\`)`}, ` +
      `${run.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(run.seconds / 60)} min` +
      `${run.commit ? `, at commit \`${run.commit}\`${run.builtAt ? ' (bundle built from a clean export of that commit: `--at`)' : run.dirty ? ` (with ${run.dirty} uncommitted file${run.dirty === 1 ? '' : 's'} in src/ — the bundle is built from the working tree)` : ''}` : ''}. Median of ${options.runs} run${options.runs === 1 ? '' : 's'} per library and size ` +
      `(a fresh browser context and page for each run); small print: fastest–slowest run. Raw numbers: [\`${options.out.replace(/.*\//, '').replace(/\.md$/, '.json')}\`](${options.out.replace(/.*\//, '').replace(/\.md$/, '.json')}).`,
    '',
  );

  // ------------------------------------------------------------------ targets
  out('## Targets', '');
  const targets = [];
  const at = 1000;
  if (sizes.includes(at)) {
    if (has('timeline') && has('vis')) {
      const r = ratio('timeline', 'vis', at);
      const limit = med('vis', at, 'render') / 5;
      targets.push([
        `timeline first render ≤ 1/5 of vis-timeline's (1,000 projects)`,
        `${fmt(med('timeline', at, 'render'))} ms vs ≤ ${fmt(limit)} ms; ratio ${r.text}${chunked('timeline') ? ` (every bar: ${fmt(med('timeline', at, 'complete'))} ms, ${ratio('timeline', 'vis', at, 'complete').text})` : ''}`,
        verdict(r.value, 0.2),
      ]);
    }
    if (has('timeline') && has('timelinejs')) {
      const r = ratio('timeline', 'timelinejs', at);
      const tl = stat('timelinejs', at, 'render');
      const limit = tl.capped ? (cap * 1000) / 20 : tl.median / 20;
      targets.push([
        `timeline first render ≤ 1/20 of TimelineJS's (1,000 projects)`,
        `${fmt(med('timeline', at, 'render'))} ms vs ≤ ${fmt(limit)} ms; ratio ${r.text}${chunked('timeline') ? ` (every bar: ${ratio('timeline', 'timelinejs', at, 'complete').text})` : ''}`,
        verdict(r.value, 0.05),
      ]);
    }
    if (has('list')) {
      const worst = maxDefined(med('list', at, 'keystroke'), med('list', at, 'clear'));
      targets.push([`list search keystroke ≤ 16 ms (1,000 projects)`, `filter ${fmt(med('list', at, 'keystroke'))} ms, clear ${fmt(med('list', at, 'clear'))} ms`, verdict(worst, 16)]);
    }
  }
  if (sizes.includes(10000)) {
    for (const lib of ['list', 'timeline'].filter(has)) {
      const render = stat(lib, 10000, 'render');
      const interactions = lib === 'list' ? ['keystroke', 'clear'] : ['arrow'];
      const worst = maxDefined(...interactions.map((k) => med(lib, 10000, k)));
      const ok = render.median !== undefined && render.median <= USABLE.render && worst !== undefined && worst <= USABLE.interaction;
      targets.push([
        `${lib} usable at 10,000 (first paint ≤ ${USABLE.render} ms, each interaction ≤ ${USABLE.interaction} ms)`,
        `first paint ${render.capped ? `> ${cap} s` : `${fmt(render.median)} ms`}; ${interactions.map((k) => `${k === 'arrow' ? 'arrow key' : k} ${fmt(med(lib, 10000, k))} ms`).join(', ')}`,
        render.median === undefined ? '– not measured' : ok ? '✅ met' : '❌ missed',
      ]);
    }
  }
  if (targets.length) table(['target', 'measured', ''], targets);
  else out('(This run did not include the sizes the targets are set at.)', '');

  // ------------------------------------------------------------------ render
  out('## Data in hand → rendered and painted (ms)', '');
  const renderRows = [];
  for (const lib of libs) {
    renderRows.push([NAMES[lib], ...sizes.map((s) => show(lib, s, 'render'))]);
    // Renderers that go on in chunks after the first frame: when the last chunk is painted.
    if (results.some((r) => r.lib === lib && r.complete !== undefined && r.complete !== r.render)) {
      renderRows.push([`${NAMES[lib]}: every item rendered`, ...sizes.map((s) => show(lib, s, 'complete'))]);
    }
  }
  table(['', ...sizes.map((s) => s.toLocaleString('en-US'))], renderRows);

  out('### Ratios (medians; below 1× is faster)', '');
  const pairs = [
    ['timeline', 'vis'],
    ['timeline', 'timelinejs'],
    ['timeline', 'static'],
    ['list', 'static'],
    ['list', 'vis'],
    ['list', 'timelinejs'],
    ['vis', 'static'],
    ['timelinejs', 'static'],
  ].filter(([a, b]) => has(a) && has(b));
  const ratioRows = [];
  for (const [a, b] of pairs) {
    ratioRows.push([`${short(a)} ÷ ${short(b)}`, ...sizes.map((s) => ratio(a, b, s).text)]);
    if (chunked(a)) ratioRows.push([`${short(a)}, every item ÷ ${short(b)}`, ...sizes.map((s) => ratio(a, b, s, 'complete').text)]);
  }
  table(['', ...sizes.map((s) => s.toLocaleString('en-US'))], ratioRows);
  const streaming = libs.filter(chunked).map(short);
  out(
    `${streaming.length ? `${streaming.join(' and ')} paint${streaming.length === 1 ? 's' : ''} a first chunk, then stream${streaming.length === 1 ? 's' : ''} in the rest a frame at a time: "every item" is when the last chunk is painted. ` : ''}` +
      'Elements that show long results a page at a time render only that page: the element counts further down show how much each page put in the DOM.',
    '',
  );

  // ------------------------------------------------------------------ interactions
  out('## Interactions → repainted (ms)', '');
  const rows = [];
  for (const lib of libs) {
    if (results.some((r) => r.lib === lib && r.keystroke !== undefined)) {
      rows.push([`${NAMES[lib]}: search keystroke (filter)`, ...sizes.map((s) => show(lib, s, 'keystroke'))]);
      rows.push([`${NAMES[lib]}: search cleared`, ...sizes.map((s) => show(lib, s, 'clear'))]);
    }
    if (results.some((r) => r.lib === lib && r.arrow !== undefined)) rows.push([`${NAMES[lib]}: arrow key → focus moved`, ...sizes.map((s) => show(lib, s, 'arrow'))]);
  }
  if (rows.length) table(['', ...sizes.map((s) => s.toLocaleString('en-US'))], rows);
  out(
    `The anchors have no search; vis-timeline has no arrow-key navigation between items, and TimelineJS's arrow keys start a slide animation, so neither is comparable: "–".`,
    `The query is \`${options.query}\` (in about a quarter of the titles, nowhere else): the filter step hides about three quarters of the projects, the clear step brings them back. The arrow key is ${options.arrowKey}.`,
    '',
  );

  // ------------------------------------------------------------------ memory
  out('## After render: JS heap and elements', '');
  table(
    ['', ...sizes.map((s) => s.toLocaleString('en-US'))],
    libs.flatMap((lib) => [
      [`${NAMES[lib]}: JS heap, MB`, ...sizes.map((s) => (stat(lib, s, 'render').capped ? '(over the cap)' : `${mb(med(lib, s, 'heap'))} <sub>before: ${mb(med(lib, s, 'heapBefore'))}</sub>`))],
      [`${NAMES[lib]}: elements`, ...sizes.map((s) => (med(lib, s, 'elements') === undefined ? '–' : Math.round(med(lib, s, 'elements')).toLocaleString('en-US')))],
    ]),
  );
  out(
    'JS heap: `Runtime.getHeapUsage().usedSize` after `HeapProfiler.collectGarbage`, for the whole page: the library, the data (every page holds the same projects, in its library\'s format) and what rendering added. "before" is the same measurement just before the data was handed over (library loaded, data in hand). Elements: every element in the document and in shadow roots.',
    '',
  );

  // ------------------------------------------------------------------ bytes
  out('## Code shipped (brotli, quality 11)', '');
  const byteRows = [];
  for (const lib of libs) {
    const withCode = results.find((r) => r.lib === lib && r.code);
    if (!withCode) continue;
    const js = withCode.code.filter((f) => /\.m?js$/.test(f.path));
    const cssFiles = withCode.code.filter((f) => f.path.endsWith('.css'));
    const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
    byteRows.push([
      NAMES[lib],
      js.length ? `${kb(sum(js, 'br'))} <sub>${kb(sum(js, 'raw'))} raw</sub>` : '0',
      cssFiles.length
        ? `${kb(sum(cssFiles, 'br'))} <sub>${kb(sum(cssFiles, 'raw'))} raw</sub>`
        : lib === 'static'
          ? 'inline in the page'
          : lib === 'vis'
            ? 'in the JS'
            : 'in the JS (shadow DOM styles)',
      withCode.code.map((f) => `\`${f.path.replace(/^\/node_modules\//, '')}\``).join(', ') || '–',
    ]);
  }
  table(['', 'JS', 'CSS', 'files'], byteRows);
  out(
    `${has('list') || has('timeline') ? 'Our pages load the one-script-tag bundle: all three elements, lit included. ' : ''}${has('static') ? 'The floor ships no code but ships its content as HTML; the others ship the data as JSON (not counted above).' : ''}`,
    '',
  );

  // ------------------------------------------------------------------ machine
  out('## Machine', '');
  table(
    ['', ''],
    [
      ['CPU', `${machine.cpu}, ${machine.cores} cores`],
      ['memory', machine.memory],
      ['OS', machine.os],
      ['browser', `${machine.browser}, headless (\`--headless=new\`), 1280×800`],
      ['Node', machine.node],
      ['load average (1, 5, 15 min)', `${machine.load.join(', ')} at the start; ${machine.loadAfter?.join(', ') ?? '?'} at the end`],
      ...(() => {
        const busy = results.map((r) => r.busyBefore).filter((v) => v !== undefined);
        if (!busy.length) return [];
        return [
          [
            'CPU busy just before each run',
            `median ${median(busy)} %, highest ${Math.max(...busy)} %${options.quiet < 100 ? ` (each run waited, up to 2 min, for < ${options.quiet} %)` : ''} — other people's work on a shared machine`,
          ],
        ];
      })(),
    ],
  );

  // ------------------------------------------------------------------ method
  out(
    '## How it is measured',
    '',
    `- **Data**: \`bench/generate.mjs\`, seeded (same projects on every machine; a smaller set is a prefix of a larger one): Georgian titles (with English), goals of 2–3 paragraphs in both languages, 2–7 activities (a fifth with sub-items), 1–2 implementers, 0–3 funders, periods starting 2000–2029 and lasting 3 months to 5 years (5 % open-ended; dates by day, month or year), about 3 KB of JSON text per project like WISG's real ones. "Today" is ${options.today} everywhere.`,
    "- **Each library gets the same projects in its own format**, converted before the clock starts: our elements take the array as published (their parsing and validation are timed); vis-timeline gets a `DataSet` of range items (title as content, default options); TimelineJS gets one slide per project (title, goal paragraphs, activities as HTML; English UI strings, built in); the floor gets the list's markup pre-rendered in Node (`bench/static.mjs`: the same cards, activities collapsed) and sets `innerHTML`; its CSS is the list's (block boxes; no `content-visibility`, which the list dropped because Chromium leaves skipped cards out of the accessibility tree).",
    "- **Data in hand → painted**: in a `requestAnimationFrame` callback, t0; the data is handed over (our element created, given `projects` and appended; `new vis.Timeline(…)`; `new TL.Timeline(…)`; `innerHTML`); a `MessageChannel` message posted at t0 runs right after that frame has been rendered (style, layout, paint). If the library has said it is done by then (our `wisg-load` event, vis-timeline's `initialDrawDone`/`onInitialDrawComplete`, TimelineJS's `ready`), that is t1; otherwise t1 is the end of the first frame rendered after it says so (`requestAnimationFrame` + `MessageChannel`). So no library waits for a vsync it does not need, and the figure covers script, style, layout and paint of the first frame that shows the result.",
    `- **Interactions start ${options.settle ?? 0} ms after the render** (and after the heap is measured), as a visitor reads before typing: work an element defers until after its first paint has had that long.`,
    "- **Search keystroke**: the same frame-aligned clock around setting the list's `query` property and `updateComplete` (the floor: hiding the non-matching cards, with a text index built before the clock starts).",
    "- **Arrow key**: focus is put on the first bar, then puppeteer presses a real key (`Input.dispatchKeyEvent`); t0 is the keydown's `event.timeStamp`, t1 the end of the first frame rendered after focus moved (and the element's `updateComplete`). A real key cannot be aligned with a frame, so this figure includes waiting for the next frame (0–16.7 ms at 60 Hz); the floor row shows that share.",
    `- **Cap**: a render still running after ${cap} s is stopped, recorded as "> ${cap} s", and that library is not run again at that size.`,
    `- Chromium flags: \`${HEADLESS_CHROMIUM_ARGS.join(' ')}\`; every request outside the local server is refused (TimelineJS asks Google Fonts for its typeface). The order of the libraries rotates from run to run.`,
    '',
  );
  return lines.join('\n');
}

function short(lib) {
  return { list: 'list', timeline: 'timeline', vis: 'vis-timeline', timelinejs: 'TimelineJS', static: 'static' }[lib];
}

function maxDefined(...values) {
  const defined = values.filter((v) => v !== undefined);
  return defined.length ? Math.max(...defined) : undefined;
}

function verdict(value, limit) {
  if (value === undefined) return '– not measured';
  return value <= limit ? '✅ met' : `❌ missed (${(value / limit).toFixed(1)}× over)`;
}

// `node bench/report.mjs bench/RESULTS.json` rewrites RESULTS.md from the raw numbers (after a change to this file).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const file = process.argv[2] ?? new URL('RESULTS.json', import.meta.url).pathname;
  writeFileSync(file.replace(/\.json$/, '.md'), writeReport(JSON.parse(readFileSync(file, 'utf8'))));
  console.log(`wrote ${file.replace(/\.json$/, '.md')}`);
}

const LOAD_NAMES = {
  static: 'static HTML (the floor)',
  src: 'our list, `src`',
  inline: 'our list, inline JSON',
  prerendered: 'our list, pre-rendered content + `src`',
  vis: 'vis-timeline 8.5.4 (standalone)',
  timelinejs: 'TimelineJS 3.9.11',
};
const NETWORK_NAMES = { slow4g: 'slow 4G (150 ms RTT, 1.6 Mbps down, 750 Kbps up)', none: 'unthrottled (local server)' };
/** The issue's targets for the pre-rendered snippet: LCP within 1.2× the static page's, CLS ≤ 0.02. */
export const LOAD_TARGETS = { lcpRatio: 1.2, cls: 0.02 };

/** The page-load section (bench/load.mjs) of a run. */
export function writeLoadReport(run) {
  const { options, loads = [] } = run;
  const lines = [];
  const out = (...l) => lines.push(...l);
  const rows = (kind, size, network) => loads.filter((r) => r.kind === kind && r.size === size && r.network === network && !r.error);
  const med = (kind, size, network, key) => median(rows(kind, size, network).map((r) => r[key]));
  const ms = (v) => (v === undefined ? '–' : Math.round(v).toLocaleString('en-US'));
  const range = (kind, size, network, key, digits) => {
    const values = rows(kind, size, network)
      .map((r) => r[key])
      .filter((v) => typeof v === 'number');
    if (!values.length) return '–';
    const show = (v) => (digits === undefined ? ms(v) : v.toFixed(digits));
    return `**${show(median(values))}** <sub>${show(Math.min(...values))}–${show(Math.max(...values))}</sub>`;
  };
  out(
    '## Page load to projects painted',
    '',
    `A demo-like page (the demo's CMS theme, a header, a heading, a paragraph, then the projects), loaded cold (cache disabled) in a new browser context at 1280×800, median of ${options.runs} (lowest–highest below it). Text is served brotli-compressed, as a CDN serves it. FCP and LCP as Chromium reports them (\`first-contentful-paint\`, \`largest-contentful-paint\`, which looks into shadow roots); CLS is the sum of \`layout-shift\` entries until ${1.5} s after the projects are painted; "projects painted" is the frame after the one whose layout first holds the first project's title. Pages: \`bench/load.mjs\`.`,
    '',
  );
  for (const network of options.networks ?? []) {
    for (const size of options.loadSizes ?? []) {
      out(`### ${size} projects, ${NETWORK_NAMES[network] ?? network}`, '');
      out('| page | FCP (ms) | LCP (ms) | projects painted (ms) | CLS | LCP ÷ static |', '|---|---:|---:|---:|---:|---:|');
      const floor = med('static', size, network, 'lcp');
      for (const kind of options.loadPages ?? []) {
        const lcp = med(kind, size, network, 'lcp');
        const ratio = lcp !== undefined && floor ? `${(lcp / floor).toFixed(2)}×` : '–';
        out(
          `| ${LOAD_NAMES[kind] ?? kind} | ${range(kind, size, network, 'fcp')} | ${range(kind, size, network, 'lcp')} | ${range(kind, size, network, 'painted')} | ${range(kind, size, network, 'cls', 3)} | ${ratio} |`,
        );
      }
      const pre = med('prerendered', size, network, 'lcp');
      const cls = med('prerendered', size, network, 'cls');
      if (pre !== undefined && floor) {
        const lcpOk = pre / floor <= LOAD_TARGETS.lcpRatio;
        const clsOk = cls <= LOAD_TARGETS.cls;
        out(
          '',
          `Target for the pre-rendered snippet: LCP within ${LOAD_TARGETS.lcpRatio}× the static page's — **${lcpOk ? 'met' : 'missed'}** (${(pre / floor).toFixed(2)}×); CLS ≤ ${LOAD_TARGETS.cls} — **${clsOk ? 'met' : 'missed'}** (${cls.toFixed(3)}).`,
        );
      }
      const failed = loads.filter((r) => r.size === size && r.network === network && r.error);
      if (failed.length) out('', `Failed loads: ${failed.map((r) => `${r.kind} #${r.run}: ${r.error}`).join('; ')}.`);
      out('');
    }
  }
  return lines.join('\n');
}

const FORMAT_NAMES = { json: 'JSON (`application/json`)', csv: 'CSV (`text/csv`, projectsToCsv)', iati: 'IATI 2.03 XML (`application/xml`)' };
const FORMAT_TARGET = 2; // as bench/formats.mjs: issue 13's "within 2× of JSON"

/** The formats section (bench/formats.mjs) of a run: the same projects as JSON, CSV and IATI XML. */
export function writeFormatsReport(run) {
  const { options, formats: results = [] } = run;
  const lines = [];
  const out = (...l) => lines.push(...l);
  const rows = (widget, format, size, mode) => results.filter((r) => r.widget === widget && r.format === format && r.size === size && r.mode === mode && !r.error);
  const values = (widget, format, size, mode, key) =>
    rows(widget, format, size, mode)
      .map((r) => r[key])
      .filter((v) => typeof v === 'number');
  const med = (...args) => median(values(...args));
  const show = (...args) => {
    const v = values(...args);
    return v.length ? `**${fmt(median(v))}** <sub>${fmt(Math.min(...v))}–${fmt(Math.max(...v))}</sub>` : '–';
  };
  const widgets = [...new Set(results.map((r) => r.widget))];
  const formats = (options.formats ?? ['json', 'csv', 'iati']).filter((f) => results.some((r) => r.format === f));
  out(
    '## The same projects as JSON, CSV and IATI XML: bytes in hand → painted (ms)',
    '',
    `The generated projects given to our widgets as the inline \`<script type="…">\` child an editor pastes: JSON text, a CSV sheet written by the package's own \`projectsToCsv\`, an IATI 2.03 activity file written by \`bench/iati.mjs\` (which reads back to the same projects: \`test/node/bench-iati.test.mjs\`). The clock starts when the element, with its script child, is created and appended (in a \`requestAnimationFrame\` callback) and stops at the end of the first frame rendered after its \`wisg-load\`, as in "Data in hand → rendered and painted". **Chunk preloaded**: the readers' chunk (\`dist/wisg-widgets-readers.js\`) was imported once per page before the clock started (on the JSON pages too), so the figure is reading, validating and rendering. **First call**: a page where it was not, so the element loads the chunk on first use from the local server (unthrottled). Median of ${options.runs} (fastest–slowest below it), each in a fresh browser context; the order rotates from run to run. Target (issue 13): CSV and IATI within ${FORMAT_TARGET}× of JSON, chunk preloaded.`,
    '',
  );
  for (const size of options.formatSizes ?? []) {
    out(`### ${size.toLocaleString('en-US')} projects`, '');
    out('| widget, format | text | chunk preloaded | ÷ JSON | within 2× of JSON | first call | ÷ JSON | read |', '|---|---:|---:|---:|---|---:|---:|---|');
    for (const widget of widgets) {
      for (const format of formats) {
        const ratio = (mode) => {
          const x = med(widget, format, size, mode, 'render');
          const json = med(widget, 'json', size, mode, 'render');
          return x === undefined || !json ? undefined : x / json;
        };
        const preloaded = ratio('preloaded');
        const verdictText =
          format === 'json'
            ? '(the reference)'
            : preloaded === undefined
              ? '– not measured'
              : preloaded <= FORMAT_TARGET
                ? `✅ met (${preloaded.toFixed(2)}×)`
                : `❌ missed (${preloaded.toFixed(2)}×)`;
        const sample = rows(widget, format, size, 'preloaded')[0] ?? rows(widget, format, size, 'first')[0];
        const read = sample ? `${sample.projects.toLocaleString('en-US')} projects, ${sample.issues} problems, ${sample.titlesShown.toLocaleString('en-US')} titles on screen` : '–';
        out(
          `| ${NAMES[widget]}, ${FORMAT_NAMES[format] ?? format} | ${sample ? `${(sample.bytes / 1e6).toFixed(2)} MB` : '–'} | ${show(widget, format, size, 'preloaded', 'render')} | ${format === 'json' ? '1×' : preloaded === undefined ? '–' : `${preloaded.toFixed(2)}×`} | ${verdictText} | ${show(widget, format, size, 'first', 'render')} | ${format === 'json' ? '1×' : ratio('first') === undefined ? '–' : `${ratio('first').toFixed(2)}×`} | ${read} |`,
        );
      }
    }
    const streamed = widgets.filter((widget) => results.some((r) => r.widget === widget && r.size === size && r.complete !== undefined && r.complete !== r.render));
    for (const widget of streamed) {
      out('', `${NAMES[widget]}, every bar painted (chunk preloaded): ${formats.map((format) => `${format} ${show(widget, format, size, 'preloaded', 'complete')} ms`).join(', ')}.`);
    }
    const failed = results.filter((r) => r.size === size && r.error);
    if (failed.length) out('', `Failed runs: ${failed.map((r) => `${r.widget} ${r.format} ${r.mode} #${r.run}: ${r.error}`).join('; ')}.`);
    out('');
  }
  out(
    'What IATI cannot say is written as a publisher would (`bench/iati.mjs`): dates given by month or year as their first (start) or last (end) day, organisations by name only (`participating-org` has no web address), and a status on every activity (the one its dates give on "today" when the project states none). So the three texts hold the same projects but for those details; the CSV holds every field.',
    '',
  );
  return lines.join('\n');
}
