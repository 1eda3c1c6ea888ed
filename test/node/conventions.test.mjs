// Where things live (docs/architecture.md): the layers of src/ and the one home of the tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { DOCS_SCREENSHOTS_DIR, DOCS_TIMELINE_TITLES_DIR, docsTimelineTitles, readmeScreenshots } from '../../scripts/screenshot-files.mjs';

const files = (dir) => readdirSync(dir, { recursive: true }).map((file) => join(dir, file));

test('the tests live in test/, none in src/ (src/ is what ships)', () => {
  assert.deepEqual(
    files('src').filter((file) => /\.test\.[cm]?[jt]s$/.test(file)),
    [],
  );
});

// data → loading → localize → shared → card → list, timeline → the entry points: a module imports
// from its own folder or from a layer below, never up. src/version.ts is a leaf every layer may use.
const LAYERS = ['data', 'loading', 'localize', 'shared', 'card', 'list|timeline', ''];
const layerOf = (file) => {
  const folder = file.split('/')[1];
  if (file === 'src/version.ts') return -1;
  const found = LAYERS.findIndex((layer) => layer.split('|').includes(folder));
  return found < 0 ? LAYERS.length - 1 : found;
};

test('no import in src/ runs back up the layers', () => {
  const upward = [];
  for (const file of files('src').filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)'/gms)) {
      const target = normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts');
      const sameFolder = target.split('/')[1] === file.split('/')[1];
      if (!sameFolder && layerOf(target) >= layerOf(file) && layerOf(file) !== LAYERS.length - 1) upward.push(`${file} → ${target}`);
    }
  }
  assert.deepEqual(upward, []);
});

// Screenshots are made, not kept (scripts/screenshot-files.mjs): only those the README shows are committed.
test('docs/screenshots/ holds just the screenshots the README shows, and each one it shows is there', () => {
  assert.deepEqual(readdirSync(DOCS_SCREENSHOTS_DIR).sort(), readmeScreenshots().sort());
});

test('docs/timeline-titles/ holds just the pictures its README shows, and each one it shows is there', () => {
  const pictures = readdirSync(DOCS_TIMELINE_TITLES_DIR).filter((file) => file.endsWith('.png'));
  assert.deepEqual(pictures.sort(), docsTimelineTitles().sort());
});
