// Rollup pieces shared by rollup.config.mjs and scripts/size.mjs (which bundles each
// entry the same way, in memory, to measure it).
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { lazyChunks } from './lazy-chunks.mjs';
import { localizeIds } from './localize-ids.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { tsTranspile } from './ts-transpile.mjs';

/** The npm package's entry points: `exports` subpath → source module. */
export const LIB_ENTRIES = {
  index: 'src/index.ts',
  'project-card': 'src/wisg-project-card.ts',
  'project-list': 'src/wisg-project-list.ts',
  timeline: 'src/wisg-timeline.ts',
  'project-card.class': 'src/card/project-card.ts',
  'project-list.class': 'src/list/project-list.ts',
  'timeline.class': 'src/timeline/timeline.ts',
  data: 'src/data-entry.ts',
  render: 'src/render/index.ts',
};

/** The global the classic build (dist/wisg-widgets.iife.js) puts its exports in. */
export const CLASSIC_GLOBAL = 'WisgWidgets';

/** The source of the one-script-tag bundles (dist/wisg-widgets.js, .iife.js). */
export const BUNDLE_INPUT = 'src/wisg-widgets.ts';

/** What the published modules leave to the user's bundler (and npm) instead of inlining. */
export const isExternal = (id) => /^(lit|@lit\/[^/]+)(\/|$)/.test(id);

/**
 * @param {{ minify: boolean, lazy?: boolean }} options
 *   minify: terser, for the one-script-tag bundles; the npm modules stay readable
 *   (the user's bundler minifies them), but their templates are shrunk either way.
 *   lazy: the lazy chunks as files next to the bundle (lazy-chunks.mjs); by default where minified.
 */
export function plugins({ minify, lazy = minify }) {
  return [
    lazy && lazyChunks(),
    // Lit's production build (no dev-mode warnings), as a host page expects.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    // Before node-resolve: it resolves our own sources too (see ts-transpile.mjs).
    tsTranspile(),
    resolve({ exportConditions: ['production'] }),
    // Where @lit/localize is bundled (minify), its id hashing is left out too.
    localizeIds({ stubHashing: minify }),
    minifyTemplates(),
    minify &&
      terser({
        ecma: 2021,
        // The bundles are modules (the classic build is a strict-mode function around one): their
        // top-level names are theirs to shorten, but for the classic build's global.
        module: true,
        toplevel: true,
        // Only the banner (see rollup.config.mjs) survives: not the doc comments that mention the package.
        format: { comments: /^! @wisg\/widgets/ },
        // unsafe: String(x) → x+"", `${a}.b` → a+".b" and the like (they differ only for Symbols,
        // which never reach them); unsafe_proto: Array.prototype.f → [].f.
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe: true, unsafe_proto: true, top_retain: [CLASSIC_GLOBAL] },
        // Private members are named _x (test/node/private-names.test.mjs keeps every _x name
        // private; lit's own internals are _$x): they get short names too.
        mangle: { properties: { regex: /^_[a-zA-Z]/ }, reserved: [CLASSIC_GLOBAL] },
      }),
  ].filter(Boolean);
}
