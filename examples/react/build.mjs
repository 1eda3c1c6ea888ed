// Bundles src/main.jsx into dist/app.js. `node build.mjs` (npm run build) in this folder;
// the package test calls build() with its own folders.
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';

export function build({ root = fileURLToPath(new URL('.', import.meta.url)), nodePaths = [] } = {}) {
  return esbuild({
    absWorkingDir: root,
    entryPoints: ['src/main.jsx'],
    outfile: 'dist/app.js',
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
