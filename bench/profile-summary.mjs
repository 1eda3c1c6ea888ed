#!/usr/bin/env node
// Summarises a .cpuprofile (from `npm run bench -- --profile lib:size:phase`): self time by
// function (with its script and line) and by category, so a miss can be traced to code.
//
//   node bench/profile-summary.mjs bench/profile-list-1000-keystroke.cpuprofile [top=25] [dist dir, for --dist/--at runs]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const maps = new Map();

const [file, topArg, distArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs FILE.cpuprofile [top]');
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(topArg ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

// Sample durations: timeDeltas[i] is the time before sample i.
const self = new Map();
const total = new Map();
let sum = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  sum += dt;
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + dt);
  // Total (inclusive) time: once per distinct function on the stack.
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const key = label(byId.get(n));
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
}

function label(node) {
  const f = node.callFrame;
  const name = f.functionName || '(anonymous)';
  if (!f.url) return name;
  const path = new URL(f.url).pathname;
  const original = originalPosition(path, f.lineNumber, f.columnNumber);
  if (original) return `${original.name ?? name} ${original.source}:${original.line + 1}`;
  const script = path.replace(/^.*\//, '');
  return `${name} ${script}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
}

// Minified bundles: map positions back through the bundle's source map (dist/*.js.map).
function originalPosition(path, line, column) {
  if (!maps.has(path)) {
    const file = distArg && path.startsWith('/dist/') ? join(resolve(distArg), path.slice(6) + '.map') : join(ROOT, path + '.map');
    maps.set(path, existsSync(file) ? decodeMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const map = maps.get(path);
  const segments = map?.lines[line];
  if (!segments) return undefined;
  let found;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  if (!found || found.length < 4) return undefined;
  return { source: map.sources[found[1]].replace(/^(\.\.\/)+/, ''), line: found[2], name: found.length > 4 ? map.names[found[4]] : undefined };
}

function decodeMap(map) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let source = 0,
    origLine = 0,
    origColumn = 0,
    name = 0;
  for (const text of map.mappings.split(';')) {
    let column = 0;
    const segments = [];
    for (const part of text ? text.split(',') : []) {
      const values = [];
      let value = 0,
        shift = 0;
      for (const char of part) {
        const digit = chars.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0];
      const segment = [column];
      if (values.length >= 4) {
        source += values[1];
        origLine += values[2];
        origColumn += values[3];
        segment.push(source, origLine, origColumn);
        if (values.length >= 5) {
          name += values[4];
          segment.push(name);
        }
      }
      segments.push(segment);
    }
    lines.push(segments);
  }
  return { lines, sources: map.sources, names: map.names };
}

const selfByLabel = new Map();
for (const [id, ms] of self) {
  const key = label(byId.get(id));
  selfByLabel.set(key, (selfByLabel.get(key) ?? 0) + ms);
}
const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${file}: ${sum.toFixed(1)} ms sampled`);
console.log('\nself time:');
for (const [key, ms] of rows(selfByLabel)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / sum).toFixed(1).padStart(5)} %  ${key}`);
console.log('\ntotal time (inclusive):');
for (const [key, ms] of rows(total)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / sum).toFixed(1).padStart(5)} %  ${key}`);
