// A rollup plugin that gives every msg() call its translation's id at build time.
//
// At run time @lit/localize finds a translation by hashing the English text (FNV-1a,
// 64 bit) into an id such as 's0563c180fe5f8c77'. Those ids are random hex, which
// compresses badly, and the hashing code ships too. Here each `msg(text)` becomes
// `msg(text, n)` and the Georgian table becomes an array in which text n is at index n,
// so (in the self-contained bundles) the hashing code can be left out. Our msg()
// (src/localize/msg.ts) takes the number.
//
// The array holds only the texts this build's msg() calls ask for, numbered in the order of their
// first call in the sources (module path, then position): a lazy chunk built on its own (see
// lazy-chunks.mjs) carries its messages' Georgian, and the core bundle does not. Modules are
// transformed in no fixed order, so each call gets a placeholder, and the numbers and the array are
// written when the output is (renderChunk): the same sources always give the same bytes.
//
// Every msg() call must have a literal text (a string, or a str`` template), which is
// also what `lit-localize extract` needs; anything else fails the build.
import { readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import MagicString from 'magic-string';

const TABLE = /[\\/]src[\\/]localize[\\/]generated[\\/]ka\.ts$/;
const KEY = /'([sh][0-9a-f]{16})'\s*:/g;
const STUB = '\0wisg-no-msg-hash';
/** Stands for the Georgian array in the table module until the output is rendered. */
const PLACEHOLDER = '__wisgGeorgianTexts__';
/** No translation: an index that is never in the table, so the English text is used. */
const UNTRANSLATED = -1;
/** Stands for a message's number until the output is rendered. */
const NUMBER = /__wisgMsgNumber_([sh][0-9a-f]{16})__/g;

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

const templateText = (text) => text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`);

/** Each text of the table as code, by id: a string, or a template tagged `t` (which stands for str``). */
function tableEntries(program) {
  const entries = new Map();
  walk(program, (node) => {
    if (node.type !== 'Property' || node.key.type !== 'Literal') return;
    const value = node.value;
    if (value.type === 'TemplateLiteral') entries.set(node.key.value, JSON.stringify(value.quasis.map((q) => q.value.cooked).join('')));
    else if (value.type === 'TaggedTemplateExpression') {
      const { quasis, expressions } = value.quasi;
      entries.set(node.key.value, `t\`${quasis.map((q, i) => templateText(q.value.cooked) + (i < expressions.length ? `\${${expressions[i].value}}` : '')).join('')}\``);
    } else if (value.type === 'Literal') entries.set(node.key.value, JSON.stringify(value.value));
  });
  return entries;
}

/**
 * @param {{ table?: string, stubHashing?: boolean }} [options]
 *   stubHashing: replace @lit/localize's id hashing with a stub (only where @lit/localize is bundled).
 */
export function localizeIds({ table = 'src/localize/generated/ka.ts', stubHashing = false } = {}) {
  let ids;
  let entries;
  const untranslated = new Set();
  const used = new Set();
  /** Where each message is first asked for: hash → `module path \0 position` (the lowest seen). */
  const firstCalls = new Map();
  /** The build's numbers: hash → index in the array, in the order of `firstCalls`. */
  let numbers = new Map();
  return {
    name: 'wisg-localize-ids',
    /** After a build: the table's ids some msg() call got, and the calls without a translation. */
    report: { used, untranslated, ids: () => ids },
    buildStart() {
      const source = readFileSync(table, 'utf8');
      ids = new Map([...source.matchAll(KEY)].map((match, index) => [match[1], index]));
      entries = tableEntries(this.parse(source));
      firstCalls.clear();
      numbers = new Map();
      used.clear();
      untranslated.clear();
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
      // Written in renderChunk, when every msg() call has been met.
      if (TABLE.test(id)) return { code: `export const templates = ${PLACEHOLDER};`, map: { mappings: '' } };
      if (!/\bmsg\(/.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [text, options] = node.arguments;
        const hash = text && messageId(text);
        if (!hash) this.error(`msg() needs a literal text (a string or a str\`\` template), in ${id} at ${node.start}`);
        let key = UNTRANSLATED;
        if (!entries.has(hash)) untranslated.add(code.slice(text.start, text.end));
        else {
          used.add(hash);
          const call = `${id}\0${String(node.start).padStart(8, '0')}`;
          if (!firstCalls.has(hash) || call < firstCalls.get(hash)) firstCalls.set(hash, call);
          key = `__wisgMsgNumber_${hash}__`;
        }
        // The options' `desc` is for translators (read by `lit-localize extract`), not needed at run time.
        if (options) out.overwrite(options.start, options.end, String(key));
        else out.appendLeft(text.end, `,${key}`);
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    renderStart() {
      const order = [...firstCalls].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
      numbers = new Map(order.map(([hash], index) => [hash, index]));
    },
    renderChunk(code) {
      const at = code.indexOf(PLACEHOLDER);
      if (at < 0 && !code.includes('__wisgMsgNumber_')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(NUMBER)) out.overwrite(match.index, match.index + match[0].length, String(numbers.get(match[1])));
      if (at < 0) return { code: out.toString(), map: out.generateMap({ hires: true }) };
      // t: what str`` makes of a template (msg.ts reads its strings and values).
      const texts = [...numbers.keys()].map((hash) => entries.get(hash)).join(',');
      out.overwrite(at, at + PLACEHOLDER.length, `((t)=>[${texts}])((strings,...values)=>({strings,values}))`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    buildEnd() {
      if (untranslated.size) this.warn(`No Georgian translation (run npm run localize:extract, then translate locales/ka.xlf) for:\n  ${[...untranslated].join('\n  ')}`);
    },
  };
}
