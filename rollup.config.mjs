// The one-script-tag bundles: lit inlined, minified, all three elements.
//   dist/wisg-widgets.js       ES module  (<script type="module" src=…>)
//   dist/wisg-widgets.iife.js  classic    (for CMSs that strip type="module")
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  // Lit's production build (no dev-mode warnings), as a host page expects.
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  resolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true, inlineSources: true }),
  terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
];

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/wisg-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/wisg-widgets.iife.js', format: 'iife', name: 'WisgWidgets', sourcemap: true },
    plugins: plugins(),
  },
];
