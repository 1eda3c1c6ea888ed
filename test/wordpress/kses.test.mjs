// The widgets' pre-rendered content (src/render/) through WordPress's own kses, as an Author's
// post content goes through it on saving (Debian's WordPress 6.1, /usr/share/wordpress, php-cli):
// nothing of it may be lost, so that a block or a pasted snippet keeps the projects for visitors
// and crawlers without JavaScript. Run by `npm run test:wordpress` (it needs `npm run build`).
//
// - With the plugin active: every element's snippet (the element, its attributes, the content
//   with <time datetime>) is kept byte for byte, in ka and en.
// - Without the plugin: the wisg-* tags are deleted (their content stays), and so is <time>
//   (its text stays); the `kses: true` rendering (`render --kses`) is then kept byte for byte.
// - Pasted tags with the project's XSS payloads as the texts' values (the timeline's heading, the
//   deprecated caption, iati-org on each element): each value is kept as the Author wrote it, as
//   one attribute value, and no other attribute (no handler) comes out.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const { renderSnippet } = await import(join(root, 'dist/lib/render.js'));
const ELEMENTS = ['list', 'card', 'timeline'];
const LANGS = ['ka', 'en'];

/** WISG's projects, and one that has everything the rendering can show: links, funders, an open end, sub-activities, a text in one language only. */
const wisg = JSON.parse(readFileSync(join(root, 'data/wisg-projects.json'), 'utf8'));
const data = {
  ...wisg,
  projects: [
    ...wisg.projects,
    {
      id: 'everything-"quoted"&<b>',
      title: { ka: 'ყველაფერი', en: 'Everything <b>&</b> "more"' },
      start: '2025-03',
      end: null,
      goal: { en: 'First paragraph.\n\nSecond: <script>alert(1)</script> & more.' },
      activities: [{ ka: 'ერთი', en: 'One', items: [{ ka: 'ერთი-ერთი', en: 'One-one', items: ['Deepest'] }] }, 'Two'],
      implementers: [{ name: 'WISG', url: 'https://wisg.org/' }, { name: { ka: 'პარტნიორი', en: 'Partner' } }],
      funders: [{ name: 'A fund', url: 'https://example.org/fund?a=1&b=2' }],
      url: 'https://example.org/projects/everything',
    },
  ],
};

/** The project's XSS payloads (test/unit/robustness/xss-payloads.ts), as test/wordpress/run.mjs loads them. */
async function loadPayloads() {
  const { outputText } = ts.transpileModule(readFileSync(join(root, 'test/unit/robustness/xss-payloads.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)).PAYLOADS.map((payload) => payload.text);
}
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (text) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|amp|lt|gt|apos));/gi, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[name.toLowerCase()],
  );

/**
 * A text as kses keeps it in an attribute value: without NUL and the other C0 controls but tab and
 * line breaks (wp_kses_no_null), and with a character reference typed as text (`&#95;`, escaped as
 * `&amp;#95;`) made a reference again (wp_kses_normalize_entities). The rest as typed.
 */
const asKsesKeepsIt = (text) =>
  // eslint-disable-next-line no-control-regex -- the characters wp_kses_no_null removes
  text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, '').replace(/&#(?:(0*\d{1,7})|[xX](0*[0-9a-fA-F]{1,6}));/g, (reference, dec, hex) => {
    // As kses.php: "0" is PHP's empty (the reference goes); a code point outside valid_unicode() stays text.
    if ((dec ?? hex) === '0') return '';
    const code = dec ? Number(dec) : parseInt(hex, 16);
    const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    return valid ? String.fromCodePoint(code) : reference;
  });

/**
 * The start tags of `html`'s wisg-* elements as kses writes them (name="value", values escaped),
 * their attributes decoded; a tag in any other form is returned as `unparsed`.
 */
function startTags(html) {
  return [...html.matchAll(/<(wisg-[a-z-]+)/g)].map(({ 0: open, 1: name, index }) => {
    const attribute = / ([a-z][a-z-]*)="([^"]*)"/y;
    attribute.lastIndex = index + open.length;
    const attributes = {};
    let end = attribute.lastIndex;
    // (A failed sticky match resets lastIndex: the end is kept apart.)
    for (let match; (match = attribute.exec(html)); end = attribute.lastIndex) attributes[match[1]] = decode(match[2]);
    // kses keeps a trailing "/" ("<x />"), which HTML ignores on these tags.
    return /^(?: \/)?>/.test(html.slice(end, end + 3)) ? { name, attributes } : { name, unparsed: html.slice(index, index + 200) };
  });
}

function kses(inputs, { plugin }) {
  const output = execFileSync('php', [join(root, 'test/wordpress/kses.php'), ...(plugin ? ['--plugin'] : [])], { input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output);
}

function snippets(options = {}) {
  const out = {};
  for (const element of ELEMENTS)
    for (const lang of LANGS)
      out[`${element} ${lang}`] = renderSnippet(data, {
        element,
        lang,
        today: '2025-06-01',
        projectId: element === 'card' ? 'everything-"quoted"&<b>' : undefined,
        src: 'https://example.org/wp-content/uploads/projects.json?a=1&b=2',
        heading: element === 'list' ? 'Our <projects>' : undefined,
        idPrefix: `${element}-${lang}`,
        ...options,
      });
  return out;
}

/** Where two texts first differ, with some context. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  given: ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}\n  kept:  ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}`;
}

describe(
  "WordPress's kses on the pre-rendered content (Debian's WordPress, php-cli)",
  { skip: !existsSync('/usr/share/wordpress/wp-includes/kses.php') && "Debian's wordpress package is not installed" },
  () => {
    test('this is the real kses: it deletes what WordPress 6.1 deletes for an Author', () => {
      const kept = kses(
        {
          script: '<p>a<script>alert(1)</script></p>',
          time: '<time datetime="2025-01-01">1 January</time>',
          element: '<wisg-timeline src="x"></wisg-timeline>',
          handler: '<p onclick="alert(1)">p</p>',
        },
        { plugin: false },
      );
      assert.deepEqual(kept, { script: '<p>aalert(1)</p>', time: '1 January', element: '', handler: '<p>p</p>' });
    });

    test('with the plugin: every element’s snippet is kept byte for byte, <time datetime> too (ka, en)', () => {
      const given = snippets();
      const html = Object.fromEntries(Object.entries(given).map(([name, rendering]) => [name, rendering.snippet]));
      const kept = kses(html, { plugin: true });
      for (const [name, snippet] of Object.entries(html)) {
        assert.ok(
          snippet.includes('<time datetime=') && snippet.includes('data-project-id=') && /style="--from:/.test(snippet) === name.startsWith('timeline'),
          `${name}: the rendering holds what is checked`,
        );
        assert.ok(kept[name] === snippet, `${name}: kses changed it ${firstDifference(snippet, kept[name])}`);
      }
      // The projects' texts are all there, as text (the data's markup escaped).
      assert.match(kept['card en'], /Everything &lt;b&gt;&amp;&lt;\/b&gt; "more"/);
      assert.equal(given['list ka'].projects.length, data.projects.length);
    });

    test('without the plugin: the `kses` rendering is kept byte for byte (ka, en)', () => {
      const html = Object.fromEntries(Object.entries(snippets({ kses: true })).map(([name, rendering]) => [name, rendering.html]));
      const kept = kses(html, { plugin: false });
      for (const [name, content] of Object.entries(html)) {
        assert.ok(!content.includes('<time') && content.includes('data-datetime='), `${name}: dates without <time>`);
        assert.ok(kept[name] === content, `${name}: kses changed it ${firstDifference(content, kept[name])}`);
      }
    });

    test('with the plugin: pasted tags keep heading, caption and iati-org with hostile values as written, as values, and nothing else', async () => {
      // PHP's JSON cannot carry a lone surrogate: as the REST API gets it from a browser, U+FFFD.
      const payloads = (await loadPayloads()).map((text) => text.toWellFormed());
      assert.ok(payloads.length > 50, `${payloads.length} payloads`);
      const snippet = (v) =>
        `<wisg-timeline src="https://example.org/p.json" heading="${v}" caption="${v}" iati-org="${v}" onclick="${v}"></wisg-timeline>` +
        `<wisg-project-list heading="${v}" iati-org="${v}" onmouseover="${v}"></wisg-project-list><wisg-project-card iati-org="${v}" project-id="a" onfocus="${v}"></wisg-project-card>`;
      const html = Object.fromEntries(payloads.map((text, i) => [`payload ${i}`, snippet(escapeAttribute(text))]));

      const kept = kses(html, { plugin: true });
      const expected = {
        'wisg-timeline': ['src', 'heading', 'caption', 'iati-org'],
        'wisg-project-list': ['heading', 'iati-org'],
        'wisg-project-card': ['iati-org', 'project-id'],
      };
      payloads.forEach((text, i) => {
        const name = `payload ${i}`;
        const tags = startTags(kept[name]);
        assert.deepEqual(
          tags.map((tag) => tag.name),
          Object.keys(expected),
          `${name}: the three elements are kept, and no other wisg-* tag appears: ${kept[name].slice(0, 200)}`,
        );
        for (const tag of tags) {
          assert.ok(!tag.unparsed, `${name}: <${tag.name}> written as kses writes attributes: ${tag.unparsed}`);
          assert.deepEqual(Object.keys(tag.attributes), expected[tag.name], `${name}: <${tag.name}> has exactly its allowed attributes (no handler)`);
          for (const attribute of ['heading', 'caption', 'iati-org']) {
            if (attribute in tag.attributes) assert.equal(tag.attributes[attribute], asKsesKeepsIt(text), `${name}: <${tag.name} ${attribute}> is the text as written`);
          }
        }
        assert.ok(!/<script/i.test(kept[name]), `${name}: no script tag`);
      });
      // A `>` left raw in a value ends the tag for kses (wp_kses_split does not read quotes): the rest
      // of the tag is then text, the value lost. Nothing but allowed attributes comes out either way.
      const raw = kses(Object.fromEntries(payloads.map((text, i) => [`payload ${i}`, snippet(text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'))])), { plugin: true });
      for (const [name, output] of Object.entries(raw)) {
        for (const tag of startTags(output)) {
          assert.ok(!tag.unparsed, `${name} (raw): <${tag.name}> written as kses writes attributes: ${tag.unparsed}`);
          const allowed = [...expected[tag.name], 'src', 'project-id'];
          assert.deepEqual(
            Object.keys(tag.attributes).filter((key) => !allowed.includes(key)),
            [],
            `${name} (raw): only allowed attributes`,
          );
        }
        assert.ok(!/<script/i.test(output), `${name} (raw): no script tag`);
      }
    });

    test('without the plugin, the default rendering loses its <time> tags and only them (why `kses` exists)', () => {
      const html = Object.fromEntries(Object.entries(snippets()).map(([name, rendering]) => [name, rendering.html]));
      const kept = kses(html, { plugin: false });
      for (const [name, content] of Object.entries(html)) {
        assert.notEqual(kept[name], content);
        assert.equal(kept[name], content.replace(/<time datetime="[^"]*">([^<]*)<\/time>/g, '$1'), name);
      }
    });
  },
);
