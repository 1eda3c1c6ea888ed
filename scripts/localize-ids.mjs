// A rollup plugin that gives every msg() call its translation's id at build time.
//
// At run time @lit/localize finds a translation by hashing the English text (FNV-1a,
// 64 bit) into an id such as 's0563c180fe5f8c77'. Those ids are random hex, which
// compresses badly, and the hashing code ships too. Here each `msg(text)` becomes
// `msg(text, n)` and the Georgian table becomes an array in which text n is at index n,
// so (in the self-contained bundles) the hashing code can be left out. Our msg()
// (src/localize/msg.ts) takes the number.
//
// Every msg() call must have a literal text (a string, or a str`` template), which is
// also what `lit-localize extract` needs; anything else fails the build.
import { readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import MagicString from 'magic-string';

const TABLE = /[\\/]src[\\/]localize[\\/]generated[\\/]ka\.ts$/;
const KEY = /'([sh][0-9a-f]{16})'\s*:/g;
const STUB = '\0wisg-no-msg-hash';
/** No translation: an index that is never in the table, so the English text is used. */
const UNTRANSLATED = -1;

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** The id lit-localize gives the message passed as `argument`, or undefined if the argument is not a literal. */
function messageId(argument) {
  if (argument.type === 'Literal' && typeof argument.value === 'string') return generateMsgId(argument.value, false);
  if (argument.type === 'TemplateLiteral' && argument.expressions.length === 0) return generateMsgId(argument.quasis[0].value.cooked, false);
  if (argument.type === 'TaggedTemplateExpression' && argument.tag.type === 'Identifier') {
    const strings = argument.quasi.quasis.map((q) => q.value.cooked);
    if (argument.tag.name === 'str') return generateMsgId(strings, false);
    if (argument.tag.name === 'html') return generateMsgId(strings, true);
  }
  return undefined;
}

/**
 * @param {{ table?: string, stubHashing?: boolean }} [options]
 *   stubHashing: replace @lit/localize's id hashing with a stub (only where @lit/localize is bundled).
 */
export function localizeIds({ table = 'src/localize/generated/ka.ts', stubHashing = false } = {}) {
  let ids;
  const untranslated = new Set();
  const used = new Set();
  return {
    name: 'wisg-localize-ids',
    /** After a build: the table's ids some msg() call got, and the calls without a translation. */
    report: { used, untranslated, ids: () => ids },
    buildStart() {
      ids = new Map([...readFileSync(table, 'utf8').matchAll(KEY)].map((match, index) => [match[1], index]));
      this.addWatchFile(table);
    },
    resolveId(source, importer) {
      if (stubHashing && source === '@lit/localize/internal/id-generation.js' && importer && /[\\/]src[\\/]localize[\\/]msg\.ts$/.test(importer)) return STUB;
      return null;
    },
    load(id) {
      // Never called once every msg() has an id; if it were, the English text shows.
      return id === STUB ? 'export const generateMsgId = () => "";' : null;
    },
    transform(code, id) {
      if (id.includes('node_modules') || !/[\\/]src[\\/]/.test(id)) return null;
      if (TABLE.test(id)) {
        const out = new MagicString(code);
        // `{ 'hash': text, … }` → `[text, …]`: ids are given in the table's order.
        const open = code.indexOf('{', code.indexOf('templates ='));
        const close = code.lastIndexOf('}');
        out.overwrite(open, open + 1, '[');
        out.overwrite(close, close + 1, ']');
        for (const match of code.matchAll(KEY)) out.remove(match.index, match.index + match[0].length);
        return { code: out.toString(), map: out.generateMap({ hires: true }) };
      }
      if (!/\bmsg\(/.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [text, options] = node.arguments;
        const hash = text && messageId(text);
        if (!hash) this.error(`msg() needs a literal text (a string or a str\`\` template), in ${id} at ${node.start}`);
        let key = ids.get(hash);
        if (key === undefined) {
          key = UNTRANSLATED;
          untranslated.add(code.slice(text.start, text.end));
        } else used.add(hash);
        // The options' `desc` is for translators (read by `lit-localize extract`), not needed at run time.
        if (options) out.overwrite(options.start, options.end, String(key));
        else out.appendLeft(text.end, `,${key}`);
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    buildEnd() {
      if (untranslated.size) this.warn(`No Georgian translation (run npm run localize:extract, then translate locales/ka.xlf) for:\n  ${[...untranslated].join('\n  ')}`);
    },
  };
}
