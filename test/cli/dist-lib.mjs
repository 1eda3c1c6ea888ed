// The bin runs on dist/lib: the node tests of the commands build it (rollup's lib part only,
// a few seconds) when it is missing or older than a source, instead of testing a stale build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';

const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => statSync(join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((latest, stat) => Math.max(latest, stat.mtimeMs), 0);

/** Builds dist/lib (run from the repository's root) unless it is newer than src/ and the build's scripts. */
export async function ensureDistLib() {
  let built = 0;
  try {
    built = statSync('dist/lib/data.js').mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built > Math.max(newest('src'), statSync('scripts/build-config.mjs').mtimeMs)) return;
  const { default: configs } = await import(join(process.cwd(), 'rollup.config.mjs'));
  const lib = configs.find((config) => config.output?.dir === 'dist/lib');
  const bundle = await rollup(lib);
  await bundle.write(lib.output);
  await bundle.close();
}
