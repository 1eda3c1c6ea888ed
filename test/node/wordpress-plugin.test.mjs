// The WordPress plugin's sources (the plugin itself is tested in a real WordPress by
// `npm run test:wordpress`): every string has its Georgian, and the PHP parses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { filesUnder, pluginStrings, readPo } from '../../scripts/build-wordpress.mjs';

const source = join(import.meta.dirname, '../../integrations/wordpress');

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
