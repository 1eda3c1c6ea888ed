// A rollup plugin that shrinks the text of our css`` and html`` literals at build time.
// Terser leaves template literal text alone, and the indentation and comments in lit
// templates are most of their size. Runs after TypeScript, on our own sources only.
//
// CSS: comments dropped, whitespace collapsed, and removed next to { } ; , > and after :
// (never around + - ~ or inside calc(), where it is meaningful).
// HTML: every whitespace run becomes one space, which renders the same (templates that
// contain <pre> or <textarea> are left as they are).
import MagicString from 'magic-string';

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'svg', 'staticHtml']);
/** Untagged literals passed to these are CSS too (`unsafeCSS(\`…\`)`). */
const CSS_CALLS = new Set(['unsafeCSS']);

/**
 * Splits CSS into code and quoted strings, dropping comments. `open` is true when the text
 * ends inside a string (a `${…}` inside quotes: such templates are left alone).
 */
function scanCss(text) {
  const parts = [];
  let code = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { parts, open: true };
      code += ' ';
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return { parts, open: true };
      parts.push({ code }, { string: text.slice(i, j + 1) });
      code = '';
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  parts.push({ code });
  return { parts, open: false };
}

/** Minifies one piece of CSS between interpolations. Pieces are minified separately, so no rule may look across `${…}`. */
export function minifyCss(text) {
  const { parts, open } = scanCss(text);
  if (open) return text;
  return parts
    .map((part) =>
      part.string !== undefined
        ? part.string
        : part.code
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            // After a colon (declarations, media features); "a :hover" keeps its space because only the space after goes.
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // 0.5em → .5em: a number's leading zero, after a separator (not 10.5's, and not at a piece's
            // start, which may follow a ${…} that ends in a digit).
            .replace(/([\s:,(+*/-])0\.(\d)/g, '$1.$2')
            .replace(/\s+!important/g, '!important'),
    )
    .join('');
}

/** Every piece closes its strings and comments (else a `${…}` sits inside one: left alone). */
const balancedQuotes = (pieces) => pieces.every((piece) => !scanCss(piece).open);

export function minifyHtml(text) {
  return text.replace(/\s+/g, ' ');
}

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit, node);
  }
}

function tagName(tag) {
  if (tag.type === 'Identifier') return tag.name;
  // headingHtml(level)`…` (src/shared/templates.ts) is html``.
  if (tag.type === 'CallExpression' && tag.callee.type === 'Identifier' && tag.callee.name === 'headingHtml') return 'html';
  if (tag.type === 'MemberExpression' && tag.property.type === 'Identifier') return tag.property.name;
  return undefined;
}

/**
 * @param {{ include?: (id: string) => boolean }} [options]
 */
export function minifyTemplates(options = {}) {
  const include = options.include ?? ((id) => /[\\/]src[\\/].*\.ts$/.test(id) && !id.includes('node_modules'));
  return {
    name: 'wisg-minify-templates',
    transform(code, id) {
      if (!include(id)) return null;
      if (!/\b(css|html|svg|staticHtml|unsafeCSS)\b/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let changed = false;
      const rewrite = (quasi, minify) => {
        const last = quasi.quasis.length - 1;
        for (const [i, element] of quasi.quasis.entries()) {
          const raw = code.slice(element.start, element.end);
          let small = minify(raw);
          // The template's very start and end: no space is needed there (CSS only: HTML text nodes count).
          if (minify === minifyCss && i === 0) small = small.trimStart();
          if (minify === minifyCss && i === last) small = small.trimEnd();
          if (small !== raw) {
            // An empty range cannot be overwritten; there is nothing to shrink in it anyway.
            if (element.end > element.start) out.overwrite(element.start, element.end, small);
            changed = true;
          }
        }
      };
      walk(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression') {
          const name = tagName(node.tag);
          if (CSS_TAGS.has(name)) {
            if (balancedQuotes(node.quasi.quasis.map((q) => code.slice(q.start, q.end)))) rewrite(node.quasi, minifyCss);
          } else if (HTML_TAGS.has(name)) {
            const text = node.quasi.quasis.map((q) => code.slice(q.start, q.end)).join('');
            if (!/<(pre|textarea)\b/i.test(text)) rewrite(node.quasi, minifyHtml);
          }
        } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && CSS_CALLS.has(node.callee.name)) {
          const [argument] = node.arguments;
          if (argument?.type === 'TemplateLiteral' && balancedQuotes(argument.quasis.map((q) => code.slice(q.start, q.end)))) rewrite(argument, minifyCss);
        }
      });
      if (!changed) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
