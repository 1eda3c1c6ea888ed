#!/usr/bin/env node
// `npm run build` (after rollup): dist/wisg-widgets.css, the stylesheet of pre-rendered content,
// made from the elements' own styles by src/render/static-styles.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { isExternal, plugins } from './build-config.mjs';

/** The stylesheet's text: src/render/static-styles.ts compiled, lit left to Node (its Node build). */
export async function buildStaticCss() {
  const build = await rollup({ input: 'src/render/static-styles.ts', external: isExternal, plugins: plugins({ minify: false }), onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: 'es' });
    // Inside the repository, so that `lit` resolves from its node_modules.
    const dir = join('node_modules', '.cache', 'wisg-widgets');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `static-styles-${process.pid}.mjs`);
    writeFileSync(file, output[0].code);
    return (await import(pathToFileURL(file).href)).staticStyles();
  } finally {
    await build.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/wisg-widgets.css', (await buildStaticCss()) + '\n');
}
