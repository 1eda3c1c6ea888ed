// The build's template minifier (scripts/minify-templates.mjs): smaller, never different.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('CSS: whitespace and comments go, meaning stays', () => {
  assert.equal(
    minifyCss(`
    :host {
      /* a comment with an apostrophe: it's fine */
      display: block;
      font-family: 'Noto Sans Georgian', "BPG Arial", sans-serif;
    }
    a > b,
    c   d :hover { margin: 0 auto; width: calc(100% - 2em); }
    @media (prefers-color-scheme: dark) and (min-width: 30em) { x { y: z } }
  `),
    ` :host{display:block;font-family:'Noto Sans Georgian',"BPG Arial",sans-serif}a>b,c d :hover{margin:0 auto;width:calc(100% - 2em)}@media (prefers-color-scheme:dark) and (min-width:30em){x{y:z}}`,
  );
});

test('CSS: numbers lose their leading zero, other digits and !important’s space stay', () => {
  assert.equal(
    minifyCss(`a { margin: 0.5em -0.25em 10.5em 0; transition: transform 0.15s ease; width: calc(100% - 0.5em); color: rgb(0 0 0 / 0.5) !important; }`),
    `a{margin:.5em -.25em 10.5em 0;transition:transform .15s ease;width:calc(100% - .5em);color:rgb(0 0 0 / .5)!important}`,
  );
  // A piece may follow a \${…} ending in a digit: its first zero stays.
  assert.equal(minifyCss(`0.5em`), `0.5em`);
  assert.equal(minifyCss(`a { content: '0.5'; }`), `a{content:'0.5'}`);
});

test('CSS: strings are kept exactly, even with spaces, commas, braces and comment marks', () => {
  assert.equal(minifyCss(`a::before { content: ' ,  { } /* not a comment */ ; '; }`), `a::before{content:' ,  { } /* not a comment */ ; '}`);
  assert.equal(minifyCss(`b { content: "it's \\"quoted\\"  ok"; }`), `b{content:"it's \\"quoted\\"  ok"}`);
});

test('CSS: a piece that ends inside a string or comment (a ${…} in quotes) is left alone', () => {
  assert.equal(minifyCss(`a { content: '   `), `a { content: '   `);
  assert.equal(minifyCss(`a {  /* open  `), `a {  /* open  `);
});

test('HTML: runs of white space become one space', () => {
  assert.equal(minifyHtml(`<p>\n    <span>a</span>   <span>b</span>\n  </p>`), `<p> <span>a</span> <span>b</span> </p>`);
});

test('the plugin shrinks html``, headingHtml(level)`` and unsafeCSS(`…`), and leaves other templates alone', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const plugin = minifyTemplates();
  const source = [
    'const a = html`<p>\n    ${x}\n  </p>`;',
    'const b = headingHtml(3)`<hN   class="t">\n  ${x}</hN>`;',
    'const c = unsafeCSS(`\n  a {\n    color: red;\n  }\n`);',
    'const d = `keep   this\n  text`;',
  ].join('\n');
  const { code } = plugin.transform.call({ parse: (text) => parseAst(text) }, source, '/x/src/y.ts');
  assert.equal(code, ['const a = html`<p> ${x} </p>`;', 'const b = headingHtml(3)`<hN class="t"> ${x}</hN>`;', 'const c = unsafeCSS(`a{color:red}`);', 'const d = `keep   this\n  text`;'].join('\n'));
});
