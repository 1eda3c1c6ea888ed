// The size budgets (scripts/size.mjs), and that one element's entry brings only that element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { bundleEntry } from '../../scripts/size.mjs';

describe('size', () => {
  test('npm run size: every bundle within its brotli budget', (t) => {
    const run = spawnSync(process.execPath, ['scripts/size.mjs'], { encoding: 'utf8' });
    t.diagnostic(run.stdout.trim());
    process.stdout.write(run.stdout);
    assert.equal(run.status, 0, run.stderr);
  });

  // Minified, so class names are gone, but tags and part names are strings that stay.
  for (const [entry, own, others] of [
    ['src/wisg-project-card.ts', 'wisg-project-card', ['wisg-timeline', 'wisg-project-list', 'part="bars"', 'part="toolbar"']],
    ['src/wisg-timeline.ts', 'wisg-timeline', ['wisg-project-list', 'wisg-project-card', 'part="toolbar"']],
    ['src/wisg-project-list.ts', 'wisg-project-list', ['wisg-timeline', 'wisg-project-card', 'part="bars"']],
  ]) {
    test(`importing ${entry} brings <${own}> and no other element`, async () => {
      const { code } = await bundleEntry(entry);
      assert.ok(code.includes(`"${own}"`), `${own} is defined`);
      for (const other of others) assert.ok(!code.includes(other), `${other} is not in the bundle`);
    });
  }
});

describe('msg() ids resolved at build time (scripts/localize-ids.mjs)', () => {
  // The bundle and the package's data entry, whose check command's summary no widget says.
  test('every msg() in the bundle and the data entry finds its Georgian text, and every Georgian text is used', async () => {
    const { rollup } = await import('rollup');
    const { plugins } = await import('../../scripts/build-config.mjs');
    const list = plugins({ minify: false });
    const ids = list.find((plugin) => plugin.name === 'wisg-localize-ids');
    const build = await rollup({ input: ['src/index.ts', 'src/data-entry.ts'], plugins: list, onwarn: () => {} });
    await build.close();
    const { used, untranslated } = ids.report;
    // Were our hash different from lit-localize's, the lookups would miss and fall back to English.
    assert.deepEqual([...untranslated], [], 'msg() calls without a Georgian translation');
    const table = [...ids.report.ids().keys()];
    assert.deepEqual(
      table.filter((id) => !used.has(id)),
      [],
      'Georgian texts no msg() asks for (stale? run npm run localize:extract)',
    );
  });
});
