#!/usr/bin/env node
// Summarises a Chrome trace (from `npm run bench -- --trace lib:size:phase`): time on the
// page's main thread by kind of work — script, style, layout, paint, GC — so that the part
// of a render that a JS profile shows as "(program)" can be attributed.
//
//   node bench/trace-summary.mjs bench/profile-timeline-1000-render.trace.json
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/trace-summary.mjs FILE.trace.json');
  process.exit(1);
}
const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = raw.traceEvents ?? raw;

// The renderer main thread that ran our page: the CrRendererMain with the most work.
const names = new Map();
for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, true);
const busy = new Map();
for (const e of events) {
  const key = `${e.pid}:${e.tid}`;
  if (names.has(key) && e.ph === 'X') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
}
const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));

// Complete events (X) only; B/E pairs are turned into X.
const open = [];
const spans = [];
for (const e of mine.sort((a, b) => a.ts - b.ts)) {
  if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, args: e.args });
  else if (e.ph === 'B') open.push(e);
  else if (e.ph === 'E') {
    const b = open.pop();
    if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts, cpu: b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : e.ts - b.ts, args: b.args });
  }
}

// Self time per event name: each span's duration minus its children's.
spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
const stack = [];
const self = new Map();
const count = new Map();
for (const span of spans) {
  while (stack.length && stack.at(-1).end <= span.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent && span.end <= parent.end) {
    parent.childTime = (parent.childTime ?? 0) + (span.end - span.ts);
    parent.childCpu = (parent.childCpu ?? 0) + span.cpu;
  }
  stack.push(span);
}
const selfCpu = new Map();
for (const span of spans) {
  const ms = (span.end - span.ts - (span.childTime ?? 0)) / 1000;
  self.set(span.name, (self.get(span.name) ?? 0) + ms);
  selfCpu.set(span.name, (selfCpu.get(span.name) ?? 0) + Math.max(0, span.cpu - (span.childCpu ?? 0)) / 1000);
  count.set(span.name, (count.get(span.name) ?? 0) + 1);
}

const KIND = {
  gc: /(GC|Gc|gc|Scavenge|MarkCompact|Sweep)/,
  script: /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8::|CompileScript|CompileCode|ParseHTML)/,
  style: /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|StyleRecalc|Document::updateStyle|ParseAuthorStyleSheet)/,
  layout: /^(Layout|UpdateLayout|LocalFrameView::(layout|performLayout)|IntersectionObserver|ResizeObserver|UpdateLayerTree)/,
  layoutText: /^(InlineNode::|LayoutText|ShapeText|Font)/,
  style2: /^(Document::recalcStyle|Document::rebuildLayoutTree|Document::updateStyle|StyleEngine)/,
  paint:
    /^(Paint|PrePaint|Layerize|Commit|CompositeLayers|RasterTask|PaintImage|UpdateLayer|Blink\.(Paint|PrePaint|CompositingInputs|Layerize)|PaintArtifactCompositor|ProxyMain::BeginMainFrame::commit)/,
};
const kinds = new Map();
const kindsCpu = new Map();
for (const [name, ms] of self) {
  const found = Object.entries(KIND).find(([, re]) => re.test(name))?.[0] ?? 'other';
  const kind = { style2: 'style', layoutText: 'layout' }[found] ?? found;
  kinds.set(kind, (kinds.get(kind) ?? 0) + ms);
  kindsCpu.set(kind, (kindsCpu.get(kind) ?? 0) + selfCpu.get(name));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const totalCpu = [...selfCpu.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: main thread busy ${total.toFixed(1)} ms wall, ${totalCpu.toFixed(1)} ms CPU (self times, nested events subtracted;`);
console.log('CPU time is what the work costs; wall time also counts waiting for a CPU on a busy machine)\n');
console.log(`  ${'kind'.padEnd(8)} ${'wall'.padStart(8)}    ${'CPU'.padStart(8)}`);
for (const [kind, ms] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(8)} ${ms.toFixed(1).padStart(8)} ms ${kindsCpu.get(kind).toFixed(1).padStart(8)} ms`);
console.log('\nby event (wall, CPU):');
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${ms.toFixed(1).padStart(8)} ms ${selfCpu.get(name).toFixed(1).padStart(8)} ms  ×${String(count.get(name)).padEnd(5)} ${name}`);
