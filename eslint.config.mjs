// `npm run lint`: ESLint with type information for the TypeScript, lit's and web components'
// rules, accessibility in templates, and Prettier's formatting check. Zero warnings is the bar.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts', 'integrations/wordpress/editor/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'storybook-static/', 'coverage/', 'node_modules/', 'src/localize/generated/', 'bench/.exp/', 'test/pack/.scratch/', 'examples/*/dist/', '**/*.d.ts'] },
  js.configs.recommended,
  // Scripts, configs, the bench and the Node tests: plain JavaScript in Node (the bench's pages run in a browser).
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  {
    files: TYPESCRIPT,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json', './stories/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_x` names are our private members (see test/node/private-names.test.mjs); unused parameters keep a signature readable.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_' }],
      // @open-wc/semantic-dom-diff types every chai `.equal()` as a promise (only its `dom` form is one);
      // the real promise, `.accessible()`, must still be awaited.
      // lit calls a template's event listeners with the element as `this`, so `@click=${this.retry}` is bound.
      '@typescript-eslint/unbound-method': 'off',
      // A rejection passes the abort signal's reason on as it is, whatever it is.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true, allowThrowingAny: true }],
      // The JSON and XML scanners throw a bare position to unwind, caught right above: no stack to capture.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: ['JsonSyntaxError', 'XmlSyntaxError'] }] }],
      // lit's css`` takes other css`` results.
      '@typescript-eslint/restrict-template-expressions': ['error', { allow: [{ from: 'package', name: 'CSSResult', package: '@lit/reactive-element' }] }],
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement', 'WisgElement'] } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions: expect(x).to.be.true.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read JSON fixtures and reach into elements' internals on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Its fix removes casts that the tests' patched globals need for inference (robustness/lifecycle.test.ts).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  // JSX names are used by the markup, which plain no-unused-vars cannot see.
  { files: ['**/*.jsx'], rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^[A-Z]' }] } },
  prettier,
  {
    // The widgets speak through events and the page; the console is for developers, and says so where it is used.
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
);
