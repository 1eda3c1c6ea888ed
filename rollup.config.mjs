// `npm run build` writes dist/:
//   wisg-widgets.js        one-script-tag ES module: lit inlined, minified, all three elements
//                          (src/wisg-widgets.ts: the elements' classes, not the data layer)
//   wisg-widgets.iife.js   the same as a classic script (for CMSs that strip type="module")
//   wisg-widgets-*.js      their lazy chunks, loaded on first use by both (scripts/lazy-chunks.mjs):
//                          -readers: the CSV/TSV and IATI readers
//                          -problems: the wording of data problems and failed requests
//   wordpress/editor.js    the WordPress blocks' editor script (WordPress's own React and
//                          components, as globals); scripts/build-wordpress.mjs packs the plugin
//   lib/                   the npm package's modules: one per entry (see LIB_ENTRIES),
//                          shared code in lib/chunks/, lit left to the user's bundler
// (dist/types/ comes from tsc, dist/custom-elements.json from the analyzer: see package.json.)
import { readFileSync, rmSync } from 'node:fs';
import { BUNDLE_INPUT, CLASSIC_GLOBAL, LIB_ENTRIES, isExternal, plugins } from './scripts/build-config.mjs';
import { LAZY_CHUNKS } from './scripts/lazy-chunks.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// lit's licence asks for its notice to travel with copies of it.
const banner = `/*! @wisg/widgets ${version} MIT; includes lit, BSD-3-Clause, Google LLC */`;

export default [
  {
    input: BUNDLE_INPUT,
    output: [
      { file: 'dist/wisg-widgets.js', format: 'es', sourcemap: true, banner },
      { file: 'dist/wisg-widgets.iife.js', format: 'iife', name: CLASSIC_GLOBAL, sourcemap: true, banner },
    ],
    plugins: plugins({ minify: true }),
  },
  ...Object.entries(LAZY_CHUNKS).map(([input, file]) => ({
    input,
    output: { file: `dist/${file}`, format: 'es', sourcemap: true, banner },
    plugins: plugins({ minify: true }),
  })),
  {
    input: 'integrations/wordpress/editor/index.ts',
    output: { file: 'dist/wordpress/editor.js', format: 'iife', sourcemap: false, banner: `/*! @wisg/widgets ${version} WordPress blocks, MIT */` },
    plugins: plugins({ minify: true }),
  },
  {
    input: LIB_ENTRIES,
    external: isExternal,
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      // Chunk names carry hashes: start from an empty folder so old ones do not pile up in the package.
      { name: 'clean-lib', buildStart: () => rmSync('dist/lib', { recursive: true, force: true }) },
      ...plugins({ minify: false }),
    ],
  },
];
