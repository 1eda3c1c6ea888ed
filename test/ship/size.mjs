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
