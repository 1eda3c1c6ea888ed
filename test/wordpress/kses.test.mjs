// The widgets' pre-rendered content (src/render/) through WordPress's own kses, as an Author's
// post content goes through it on saving (Debian's WordPress 6.1, /usr/share/wordpress, php-cli):
// nothing of it may be lost, so that a block or a pasted snippet keeps the projects for visitors
// and crawlers without JavaScript. Run by `npm run test:wordpress` (it needs `npm run build`).
//
// - With the plugin active: every element's snippet (the element, its attributes, the content
//   with <time datetime>) is kept byte for byte, in ka and en.
// - Without the plugin: the wisg-* tags are deleted (their content stays), and so is <time>
//   (its text stays); the `kses: true` rendering (`render --kses`) is then kept byte for byte.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

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

function kses(inputs, { plugin }) {
  const output = execFileSync('php', [join(root, 'test/wordpress/kses.php'), ...(plugin ? ['--plugin'] : [])], { input: JSON.stringify(inputs), encoding: 'utf8' });
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
