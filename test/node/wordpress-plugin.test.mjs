// The WordPress plugin's sources (the plugin itself is tested in a real WordPress by
// `npm run test:wordpress`): every string has its Georgian, the PHP parses, and its table of the
// elements' attributes is the elements' own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { bundleFolderName, filesUnder, pluginStrings, readPo } from '../../scripts/build-wordpress.mjs';

const root = join(import.meta.dirname, '../..');
const source = join(root, 'integrations/wordpress');

test('every translatable string of the plugin has a Georgian translation', () => {
  const strings = pluginStrings();
  assert.ok(strings.length > 40, `found only ${strings.length} strings`);
  assert.ok(strings.some(([context, text]) => context === 'block title' && text === 'Project card'));
  const po = readPo(readFileSync(join(source, 'languages/wisg-widgets-ka_GE.po'), 'utf8'));
  const translated = new Set(po.filter(([, , str]) => /[\u10d0-\u10ff]|^WISG$/.test(str)).map(([ctx, id]) => `${ctx ?? ''}\u0004${id}`));
  const missing = strings.filter(([ctx, text]) => !translated.has(`${ctx ?? ''}\u0004${text}`));
  assert.deepEqual(missing, []);
});

test('the PHP files parse', { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false }, () => {
  for (const file of filesUnder(source).filter((name) => name.endsWith('.php'))) {
    const lint = spawnSync('php', ['-l', join(source, file)], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
  }
});

/**
 * The plugin's attribute table (includes/elements.php), as PHP builds it: blocks, shortcodes and
 * kses read it, so an attribute missing there is lost for every Author.
 */
function pluginTable() {
  const php = `define('ABSPATH', '/'); require ${JSON.stringify(join(source, 'includes/elements.php'))}; echo json_encode(array_map('array_keys', wisg_widgets_elements()));`;
  const run = spawnSync('php', ['-r', php], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test(
  "the plugin's attribute table holds each element's public attributes (custom-elements.json), and nothing else",
  { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false },
  async () => {
    // Made afresh from src/, as test/node/readme-api.test.mjs does: not a stale dist/.
    const manifest = await cli({ argv: ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true });
    const declared = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name).sort()]),
    );
    const table = pluginTable();
    assert.deepEqual(Object.keys(table).sort(), Object.keys(declared).sort(), 'the same three elements');
    for (const [tag, attributes] of Object.entries(declared)) {
      assert.ok(attributes.includes('src') && attributes.length > 5, `${tag}: the manifest lists its attributes (${attributes})`);
      // lang is HTML's own attribute, which the elements read (they speak the nearest lang): the plugin lets it through on purpose.
      assert.deepEqual(table[tag].filter((name) => name !== 'lang').sort(), attributes, `${tag}: the plugin's attributes (left) are the element's (right)`);
      assert.ok(table[tag].includes('lang'), `${tag}: lang is allowed`);
    }
    // What the audit found missing.
    assert.ok(table['wisg-timeline'].includes('heading') && table['wisg-timeline'].includes('caption'));
    for (const tag of Object.keys(declared)) assert.ok(table[tag].includes('iati-org'), `${tag}: iati-org`);
  },
);

test("the bundle's folder is named after the bundle and every chunk: a changed chunk is a new folder", () => {
  const files = ['bundle', 'readers chunk', 'problems chunk'];
  const name = bundleFolderName('1.2.3', files);
  assert.match(name, /^1\.2\.3-[0-9a-f]{10}$/);
  assert.equal(bundleFolderName('1.2.3', [...files]), name, 'the same files, the same folder');
  for (let i = 0; i < files.length; i++) {
    const changed = files.map((text, j) => (i === j ? `${text}!` : text));
    assert.notEqual(bundleFolderName('1.2.3', changed), name, `file ${i} changed`);
  }
  // Not fooled by where one file ends and the next begins.
  assert.notEqual(bundleFolderName('1.2.3', ['ab', 'c']), bundleFolderName('1.2.3', ['a', 'bc']));
});
