// We use three pieces of @lit/localize that are not its public API (issue 11): the message-id
// hash (src/localize/msg.ts in unbundled builds, scripts/localize-ids.mjs at build time), the
// str`` tag's module (src/localize/msg.ts, the generated Georgian table) and the shape of what
// str`` returns (msg.ts reads it). Its public entry would do for the tag, but it drags the
// global runtime into the bundles (scripts/localize-postbuild.mjs). So the version is pinned
// exactly, and these tests fail loudly, naming the piece, when an update changes one of them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { localizeIds } from '../../scripts/localize-ids.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const UPDATE = 'an update of @lit/localize changed an internal piece we use: see test/node/lit-localize-internals.test.mjs';

const sources = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

test('@lit/localize and its tools are pinned to one exact version, and that version is installed', () => {
  for (const name of ['@lit/localize', '@lit/localize-tools']) {
    const wanted = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
    assert.match(wanted ?? '', /^\d+\.\d+\.\d+$/, `${name} must be pinned exactly (no ^ or ~): we use its internals`);
    const installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
    assert.equal(installed, wanted, `${name} ${installed} is installed, ${wanted} is pinned: run npm ci`);
  }
});

test('every @lit/localize/internal/ module our code and build import still exists', async () => {
  const files = [...sources('src'), ...readdirSync(join(root, 'scripts')).map((name) => join(root, 'scripts', name))];
  const paths = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(@lit\/localize\/internal\/[\w/-]+\.js)'/g)].map((match) => match[1])));
  // The scan must find at least the two we know of (else it has stopped seeing them).
  for (const known of ['@lit/localize/internal/id-generation.js', '@lit/localize/internal/str-tag.js']) assert.ok(paths.has(known), `the scan did not find ${known}`);
  for (const path of paths) await assert.doesNotReject(import(path), `${path} is gone: ${UPDATE}`);
});

test('str`` still returns { strings, values }, which msg() reads', async () => {
  const { str } = await import('@lit/localize/internal/str-tag.js');
  const result = str`Row ${4} (cell ${'D4'})`;
  assert.deepEqual([...result.strings], ['Row ', ' (cell ', ')'], UPDATE);
  assert.deepEqual(result.values, [4, 'D4'], UPDATE);
});

test('the message-id hash still gives every msg() text in src/ its id in the generated Georgian table', () => {
  // The build's own plugin does the hashing (as src/localize/msg.ts does at run time): a changed
  // hash leaves every message without its translation.
  const plugin = localizeIds({ table: join(root, 'src/localize/generated/ka.ts') });
  const context = { parse: (code) => parseAst(code), addWatchFile: () => {}, error: (message) => assert.fail(message) };
  plugin.buildStart.call(context);
  for (const file of sources('src').filter((file) => !file.includes('generated'))) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('msg(')) continue;
    const code = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    plugin.transform.call(context, code, file);
  }
  const { used, untranslated, ids } = plugin.report;
  assert.ok(used.size > 50, `only ${used.size} msg() texts found their Georgian: ${UPDATE}`);
  assert.deepEqual([...untranslated], [], `msg() texts whose id is not in the table (an update changed the hash, or run npm run localize)`);
  assert.equal(used.size, ids().size, 'every text of the Georgian table has its msg() call');
});
