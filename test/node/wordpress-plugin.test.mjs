// The WordPress plugin's sources (the plugin itself is tested in a real WordPress by
// `npm run test:wordpress`): every string has its Georgian, the PHP parses, and its table of the
// elements' attributes is the elements' own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { bundleFolderName, filesUnder, pluginStrings, readPo } from '../../scripts/build-wordpress.mjs';

const root = join(import.meta.dirname, '../..');
const source = join(root, 'integrations/wordpress');

test('every translatable string of the plugin has a Georgian translation', () => {
  const strings = pluginStrings();
  assert.ok(strings.length > 40, `found only ${strings.length} strings`);
  assert.ok(strings.some(([context, text]) => context === 'block title' && text === 'Project card'));
  const po = readPo(readFileSync(join(source, 'languages/wisg-widgets-ka_GE.po'), 'utf8'));
  const translated = new Set(po.filter(([, , str]) => /[\u10d0-\u10ff]|^WISG$/.test(str)).map(([ctx, id]) => `${ctx ?? ''}\u0004${id}`));
  const missing = strings.filter(([ctx, text]) => !translated.has(`${ctx ?? ''}\u0004${text}`));
  assert.deepEqual(missing, []);
});

test('the PHP files parse', { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false }, () => {
  for (const file of filesUnder(source).filter((name) => name.endsWith('.php'))) {
    const lint = spawnSync('php', ['-l', join(source, file)], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
  }
});

/**
 * The plugin's attribute table (includes/elements.php), as PHP builds it: blocks, shortcodes and
 * kses read it, so an attribute missing there is lost for every Author.
 */
function pluginTable() {
  const php = `define('ABSPATH', '/'); require ${JSON.stringify(join(source, 'includes/elements.php'))}; echo json_encode(array_map('array_keys', wisg_widgets_elements()));`;
  const run = spawnSync('php', ['-r', php], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test(
  "the plugin's attribute table holds each element's public attributes (custom-elements.json), and nothing else",
  { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false },
  async () => {
    // Made afresh from src/, as test/node/readme-api.test.mjs does: not a stale dist/.
    const manifest = await cli({ argv: ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true });
    const declared = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name).sort()]),
    );
    const table = pluginTable();
    assert.deepEqual(Object.keys(table).sort(), Object.keys(declared).sort(), 'the same three elements');
    for (const [tag, attributes] of Object.entries(declared)) {
      assert.ok(attributes.includes('src') && attributes.length > 5, `${tag}: the manifest lists its attributes (${attributes})`);
      // lang is HTML's own attribute, which the elements read (they speak the nearest lang): the plugin lets it through on purpose.
      assert.deepEqual(table[tag].filter((name) => name !== 'lang').sort(), attributes, `${tag}: the plugin's attributes (left) are the element's (right)`);
      assert.ok(table[tag].includes('lang'), `${tag}: lang is allowed`);
    }
    // What the audit found missing.
    assert.ok(table['wisg-timeline'].includes('heading') && table['wisg-timeline'].includes('caption'));
    for (const tag of Object.keys(declared)) assert.ok(table[tag].includes('iati-org'), `${tag}: iati-org`);
  },
);

test("the bundle's folder is named after the bundle and every chunk: a changed chunk is a new folder", () => {
  const files = ['bundle', 'readers chunk', 'problems chunk'];
  const name = bundleFolderName('1.2.3', files);
  assert.match(name, /^1\.2\.3-[0-9a-f]{10}$/);
  assert.equal(bundleFolderName('1.2.3', [...files]), name, 'the same files, the same folder');
  for (let i = 0; i < files.length; i++) {
    const changed = files.map((text, j) => (i === j ? `${text}!` : text));
    assert.notEqual(bundleFolderName('1.2.3', changed), name, `file ${i} changed`);
  }
  // Not fooled by where one file ends and the next begins.
  assert.notEqual(bundleFolderName('1.2.3', ['ab', 'c']), bundleFolderName('1.2.3', ['a', 'bc']));
});

/**
 * includes/uploads.php's checks of an upload's content, on files: PHP with the WordPress functions
 * it calls stubbed (__ returns the English, add_filter does nothing, apply_filters returns the value). The answer per file: null
 * (accepted) or the message.
 */
function uploadProblems(files) {
  const php = `define('ABSPATH', '/'); function __($t) { return $t; } function add_filter() {} function apply_filters($n, $v) { return $v; }
require ${JSON.stringify(join(source, 'includes/uploads.php'))};
$answers = array();
foreach (json_decode(stream_get_contents(STDIN), true) as $name => $file) $answers[$name] = wisg_widgets_projects_file_problem($file['path'], $file['ext']);
echo json_encode($answers);`;
  const dir = mkdtempSync(join(tmpdir(), 'wisg-uploads-'));
  const input = {};
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name.replace(/[^a-z0-9.-]/gi, '_'));
    writeFileSync(path, text);
    input[name] = { path, ext: name.split('.').pop().toLowerCase() };
  }
  const run = spawnSync('php', ['-r', php], { input: JSON.stringify(input), encoding: 'utf8' });
  rmSync(dir, { recursive: true });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  return JSON.parse(run.stdout);
}

const fixtures = (folder) =>
  Object.fromEntries(
    readdirSync(join(root, 'test/fixtures', folder))
      .filter((name) => /\.(csv|tsv|xml)$/.test(name))
      .map((name) => [name, readFileSync(join(root, 'test/fixtures', folder, name), 'utf8')]),
  );

test(
  'uploads: sheets with a title column (English or Georgian, any case, a language, rows above) are accepted; others refused, saying why',
  { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false },
  () => {
    const accepted = {
      ...fixtures('csv'),
      'wisg-projects.csv': readFileSync(join(root, 'data/wisg-projects.csv'), 'utf8'),
      'template.csv': readFileSync(join(root, 'templates/projects.csv'), 'utf8'),
      'georgian.csv': 'სათაური,დაწყება\nპროექტი,2024-01-01\n',
      'mtavruli.csv': 'ᲡᲐᲗᲐᲣᲠᲘ;ᲓᲐᲬᲧᲔᲑᲐ\nპროექტი;2024\n',
      'named.tsv': 'პროექტის სათაური\tდაწყების თარიღი\nA\t2024\n',
      'suffix.csv': 'Title (EN),Start\nA,2024\n',
      'title-row.csv': 'Our projects, 2024\n\nnotes\n"Title:",start\nA,2024\n',
      'excel.csv': 'sep=;\r\nTitle_ka;start\r\nA;2024\r\n',
      'bom.csv': '\uFEFFdasaxeleba,x\n'.replace('dasaxeleba', 'დასახელება'),
    };
    const answers = uploadProblems(accepted);
    for (const name of Object.keys(accepted)) assert.equal(answers[name], null, `${name} is a projects sheet`);
    const refused = {
      'budget.csv': 'item,amount\nrent,100\n',
      'subtitle.csv': 'subtitle,start\nA,2024\n',
      'empty.csv': '',
      'late-header.csv': `${'note\n'.repeat(10)}title,start\nA,2024\n`,
    };
    const problems = uploadProblems(refused);
    for (const name of Object.keys(refused)) assert.match(problems[name] ?? '', /^This sheet is not a projects sheet: none of its first rows names a title column/, name);
  },
);

test('uploads: IATI activity files are accepted; other XML, and XML a browser could run script from, refused', { skip: spawnSync('php', ['--version']).error ? 'php is not installed' : false }, () => {
  const iati = fixtures('iati');
  assert.ok(Object.keys(iati).length >= 10);
  const answers = uploadProblems(iati);
  for (const name of Object.keys(iati)) assert.equal(answers[name], null, `${name} is an IATI file`);
  const notIati = {
    'feed.xml': '<?xml version="1.0"?><rss><channel/></rss>',
    'comment-first.xml': '<!-- <iati-activities> --><other/>',
    'utf16.xml': Buffer.from('\uFEFF<iati-activities/>', 'utf16le').toString('latin1'),
    'utf7.xml': '<?xml version="1.0" encoding="UTF-7"?><iati-activities/>',
  };
  const refusedNot = uploadProblems(notIati);
  for (const name of Object.keys(notIati)) assert.match(refusedNot[name] ?? '', /^This XML file is not an IATI activity file/, name);
  // Served from the site as XML, these would run script in the browser of whoever opens the file.
  const C = '__wisgCanary()';
  const hostile = {
    'xhtml.xml': `<iati-activities><x:script xmlns:x="http://www.w3.org/1999/xhtml">${C}</x:script></iati-activities>`,
    'default-ns.xml': `<iati-activities><iati-activity><script xmlns="http://www.w3.org/1999/xhtml">${C}</script></iati-activity></iati-activities>`,
    'svg.xml': `<iati-activities><svg xmlns='http://www.w3.org/2000/svg' onload='${C}'/></iati-activities>`,
    'mathml.xml': `<iati-activities><math xmlns="http://www.w3.org/1998/Math/MathML"/></iati-activities>`,
    'entity-ns.xml': `<iati-activities><x:script xmlns:x="http://www.w3.org/1999/&#x78;html">${C}</x:script></iati-activities>`,
    'doctype.xml': `<!DOCTYPE iati-activities [<!ENTITY x "y">]><iati-activities/>`,
    'stylesheet.xml': `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="evil.xsl"?><iati-activities/>`,
    'xslt.xml': `<iati-activities xsl:version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>`,
  };
  const refused = uploadProblems(hostile);
  for (const name of Object.keys(hostile)) assert.match(refused[name] ?? 'accepted', /^This XML file (holds markup that a browser could run|is not an IATI activity file)/, name);
});
