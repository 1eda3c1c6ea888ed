// What we publish, tested as people use it (issue 5): the one-script-tag bundles on a
// hostile CMS page, the size budgets, the npm package (packed, installed, imported in a
// browser, in React and Vue), and the Storybook (built, every story walked with axe).
//
// It builds dist/ once (npm run build), then runs the parts in order. SHIP_ONLY=bundles,size
// runs some of them (bundles, size, package, storybook, demo); SHIP_NO_BUILD=1 reuses dist/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const only = process.env.SHIP_ONLY?.split(',');
const parts = ['size', 'bundles', 'demo', 'package', 'storybook'].filter((part) => !only || only.includes(part));

if (!process.env.SHIP_NO_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error(`npm run build failed (${build.status})`);
}
for (const part of parts) await import(`../ship/${part}.mjs`);
