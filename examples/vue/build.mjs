// Bundles src/main.js into dist/app.js. `node build.mjs` (npm run build) in this folder;
// the package test calls build() with its own folders.
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';

export function build({ root = fileURLToPath(new URL('.', import.meta.url)), nodePaths = [] } = {}) {
  return esbuild({
    absWorkingDir: root,
    entryPoints: ['src/main.js'],
    outfile: 'dist/app.js',
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: true,
    // The template below is compiled in the browser: Vue's build with the compiler.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    nodePaths,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
