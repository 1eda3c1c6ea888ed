// `npx @wisg/widgets check` and `convert` (and `render` from a sheet), run as a person runs them, on the
// real files in test/fixtures/: what they print, in English and Georgian, and what they exit with.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ensureDistLib } from '../cli/dist-lib.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const PORT = 8201; // the formats worktree's range (TEAM.md)
const json = JSON.parse(readFileSync('data/wisg-projects.json', 'utf8'));

/** Runs the bin; resolves with its exit code and output (async: the test's own server must keep answering). */
const cli = (...args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/wisg-widgets.mjs', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
const lines = (text) => text.split('\n').filter(Boolean);

let scratch;
let server;
// A sheet as editors break it: the second project's start typed as a day February does not have
// (the real LibreOffice de-DE export, that one cell changed).
let broken;

before(async () => {
  await ensureDistLib();
  scratch = mkdtempSync(join(tmpdir(), 'wisg-cli-'));
  broken = join(scratch, 'broken-date.csv');
  const sheet = readFileSync('test/fixtures/csv/libreoffice-de-DE-dates.csv', 'utf8');
  assert.ok(sheet.includes(';01.04.23;'));
  writeFileSync(broken, sheet.replace(';01.04.23;', ';31.02.2023;'));
  server = createServer((request, response) => {
    const files = {
      '/sheet': ['test/fixtures/csv/libreoffice-semicolon.csv', 'text/csv; charset=utf-8'],
      '/sheet-as-text': ['test/fixtures/csv/libreoffice-tab.tsv', 'text/plain'],
      '/iati': ['test/fixtures/iati/example-annotated-2.03.xml', 'application/xml'],
    };
    const file = files[request.url];
    if (!file) return response.writeHead(404).end('not here');
    response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
  });
  await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
after(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('check', () => {
  test('every LibreOffice export of the WISG sheet reads clean: 9 projects, exit 0, in both languages', async () => {
    for (const file of ['comma.csv', 'semicolon.csv', 'tab.tsv', 'from-xlsx.csv', 'ka-GE-dates.csv', 'de-DE-dates.csv', 'en-US-dates.csv']) {
      const path = `test/fixtures/csv/libreoffice-${file}`;
      const en = await cli('check', path);
      assert.deepEqual([en.status, en.stdout, en.stderr], [0, `${path}: 9 projects read, 0 problems.\n`, ''], path);
      const ka = await cli('check', path, '--lang', 'ka');
      assert.deepEqual([ka.status, ka.stdout], [0, `${path}: წაკითხულია 9 პროექტი, 0 პრობლემა.\n`], path);
    }
  });

  test('a day that does not exist is named by row, cell and column, as the widgets say it; the row is lost, so exit 1', async () => {
    const en = await cli('check', broken);
    assert.equal(en.status, 1);
    assert.deepEqual(lines(en.stdout), [
      `${broken}: Row 3 (cell D3), column “start”: “31.02.2023” is not a date (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY).`,
      `${broken}: 8 projects read, 1 problem (1 error).`,
    ]);
    const ka = await cli('check', broken, '--lang', 'ka');
    assert.equal(ka.status, 1);
    assert.deepEqual(lines(ka.stdout), [
      `${broken}: მწკრივი 3 (უჯრა D3), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).`,
      `${broken}: წაკითხულია 8 პროექტი, 1 პრობლემა (1 შეცდომა).`,
    ]);
  });

  test('a sheet headed in Georgian, with a field-only problem: reported, exit 0', async () => {
    const file = join(scratch, 'georgian.csv');
    writeFileSync(file, '\uFEFFსათაური;დაწყება;სტატუსი;ბმული\r\nფორუმი;01.04.2023;მიმდინარე;javascript:alert(1)\r\n');
    const ka = await cli('check', file, '--lang', 'ka');
    assert.equal(ka.status, 0, ka.stdout);
    assert.deepEqual(lines(ka.stdout), [
      `${file}: მწკრივი 2 (უჯრა D2), სვეტი „ბმული“: „javascript:alert(1)“ არ არის http(s) მისამართი, ამიტომ ბმული არ იქმნება.`,
      `${file}: წაკითხულია 1 პროექტი, 1 პრობლემა (0 შეცდომა).`,
    ]);
  });

  test('IATI files: the standard example reads as one project; activities without a start are errors, a status word is not', async () => {
    const example = await cli('check', 'test/fixtures/iati/example-annotated-2.03.xml');
    assert.deepEqual([example.status, example.stdout], [0, 'test/fixtures/iati/example-annotated-2.03.xml: 1 project read, 0 problems.\n']);
    const dfid = await cli('check', 'test/fixtures/iati/dfid-1.0.xml');
    assert.equal(dfid.status, 1);
    assert.deepEqual(lines(dfid.stdout), [
      'test/fixtures/iati/dfid-1.0.xml: Activity 1, activity-date (start): required, but missing.',
      'test/fixtures/iati/dfid-1.0.xml: Activity 2, activity-date (start): required, but missing.',
      'test/fixtures/iati/dfid-1.0.xml: 0 projects read, 2 problems (2 errors).',
    ]);
    // The summary is worded through locales/ka.xlf (src/localize/check-phrases.ts): the noun stays singular after a number.
    const dfidKa = await cli('check', 'test/fixtures/iati/dfid-1.0.xml', '--lang', 'ka');
    assert.equal(lines(dfidKa.stdout).at(-1), 'test/fixtures/iati/dfid-1.0.xml: წაკითხულია 0 პროექტი, 2 პრობლემა (2 შეცდომა).');
    const undp = await cli('check', 'test/fixtures/iati/undp-1.0.xml', '--lang', 'ka');
    assert.equal(undp.status, 0);
    assert.match(undp.stdout, /^test\/fixtures\/iati\/undp-1.0.xml: აქტივობა 1, activity-status: „Operationally Closed“ /);
    assert.match(undp.stdout, /: წაკითხულია 1 პროექტი, 1 პრობლემა \(0 შეცდომა\)\.\n$/);
    const many = await cli('check', 'test/fixtures/iati/ocha-1.0.xml');
    assert.deepEqual([many.status, lines(many.stdout).at(-1)], [0, 'test/fixtures/iati/ocha-1.0.xml: 287 projects read, 0 problems.']);
    const mine = await cli('check', 'test/fixtures/iati/example-annotated-2.03.xml', '--iati-org', 'NO-SUCH-ORG');
    assert.equal(mine.status, 1);
    assert.match(mine.stdout, /No activity in the file is reported by the organisation .*NO-SUCH-ORG/);
  });

  test('a document that is not data: where it breaks, exit 1', async () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{\n  "projects": [\n    { "id": "a", }\n  ]\n}\n');
    const en = await cli('check', file);
    assert.equal(en.status, 1);
    assert.deepEqual(lines(en.stdout), [`${file}: The data is not valid JSON (line 3, column 18).`, `${file}: 0 projects read, 1 problem (1 error).`]);
    const xml = join(scratch, 'broken.xml');
    writeFileSync(xml, '<iati-activities><iati-activity>\n<title></iati-activities>');
    const ka = await cli('check', xml, '--lang', 'ka');
    assert.equal(ka.status, 1);
    assert.match(ka.stdout, /XML/);
  });

  test('from an address, fetched: the content type decides as in the widgets (a sheet sent as text/plain is still a sheet)', async () => {
    for (const [path, summary] of [
      ['/sheet', '9 projects read, 0 problems.'],
      ['/sheet-as-text', '9 projects read, 0 problems.'],
      ['/iati', '1 project read, 0 problems.'],
    ]) {
      const url = `http://127.0.0.1:${PORT}${path}`;
      const run = await cli('check', url);
      assert.deepEqual([run.status, run.stdout], [0, `${url}: ${summary}\n`], url);
    }
    const missing = await cli('check', `http://127.0.0.1:${PORT}/gone.csv`);
    assert.deepEqual([missing.status, missing.stderr], [1, `Cannot fetch http://127.0.0.1:${PORT}/gone.csv: HTTP 404\n`]);
  });

  test('wrong usage exits 2 and says why; a missing file exits 1', async () => {
    for (const args of [[], ['a.csv', 'b.csv'], ['a.csv', '--lang', 'fr'], ['a.csv', '--colour']]) {
      const run = await cli('check', ...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /Usage: npx @wisg\/widgets check FILE\|URL/);
    }
    const missing = await cli('check', join(scratch, 'nope.csv'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^Cannot read .*nope\.csv: ENOENT/);
  });
});

describe('convert', () => {
  test('a sheet to the JSON contract: the same projects as the bundled JSON', async () => {
    const run = await cli('convert', 'test/fixtures/csv/libreoffice-ka-GE-dates.csv', '--to', 'json');
    assert.deepEqual([run.status, run.stderr], [0, '']);
    const converted = JSON.parse(run.stdout);
    assert.equal(converted.lang, 'ka');
    // The bundled JSON writes a text in one language as a plain string: compare what both read as.
    const { parseProjects } = await import('../../dist/lib/data.js');
    assert.deepEqual(parseProjects(converted).projects, parseProjects(json).projects);
    assert.deepEqual(
      converted.projects.map((project) => [project.id, project.title.en, project.start]),
      json.projects.map((project) => [project.id, project.title.en, project.start]),
    );
  });

  test('an IATI activity to JSON, to a file: identifier, narratives by language, dates, status, funders', async () => {
    const out = join(scratch, 'iati.json');
    const run = await cli('convert', 'test/fixtures/iati/example-annotated-2.03.xml', '--to', 'json', '--out', out);
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
    const [project] = JSON.parse(readFileSync(out, 'utf8')).projects;
    assert.deepEqual(
      [project.id, project.title, project.start, project.end, project.status, project.funders],
      ['AA-AAA-123456789-ABC123', { en: 'Activity title', fr: "Titre de l'activité", es: 'Título de la actividad' }, '2012-04-28', '2015-12-31', 'ongoing', [{ name: { en: 'Name of Agency B' } }]],
    );
  });

  test('what cannot be converted is reported on standard error in the chosen language; the rest is written; exit 1', async () => {
    const run = await cli('convert', broken, '--to', 'json', '--lang', 'ka');
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `${broken}: მწკრივი 3 (უჯრა D3), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).\n`);
    const ids = JSON.parse(run.stdout).projects.map((project) => project.id);
    assert.deepEqual(
      ids,
      json.projects.map((project) => project.id).filter((id, index) => index !== 1),
    );
    const nothing = await cli('convert', join(scratch, 'broken.json'), '--to', 'json');
    assert.deepEqual([nothing.status, nothing.stdout], [1, '']);
    assert.equal((await cli('convert', broken)).status, 2);
    assert.equal((await cli('convert', broken, '--to', 'xml')).status, 2);
  });

  test('JSON back to a sheet reads as the same projects', async () => {
    const out = join(scratch, 'round.csv');
    assert.equal((await cli('convert', 'data/wisg-projects.json', '--to', 'csv', '-o', out)).status, 0);
    const run = await cli('convert', out, '--to', 'json');
    assert.equal(run.status, 0, run.stderr);
    const { parseProjects } = await import('../../dist/lib/data.js');
    assert.deepEqual(parseProjects(JSON.parse(run.stdout)).projects, parseProjects(json).projects);
  });
});

describe('render from a sheet or an IATI file', () => {
  test('a CSV renders the same snippet as the JSON it converts to; --inline pastes that JSON', async () => {
    const fromSheet = await cli('render', 'test/fixtures/csv/libreoffice-semicolon.csv', '--element', 'list', '--lang', 'en', '--today', '2025-06-01');
    const fromJson = await cli('render', 'data/wisg-projects.json', '--element', 'list', '--lang', 'en', '--today', '2025-06-01');
    assert.equal(fromSheet.status, 0, fromSheet.stderr);
    assert.equal(fromSheet.stdout, fromJson.stdout);
    const inline = await cli('render', 'test/fixtures/iati/example-annotated-2.03.xml', '--element', 'card', '--lang', 'en', '--inline', '--no-prerender');
    assert.equal(inline.status, 0, inline.stderr);
    const pasted = JSON.parse(/<script type="application\/json">([^<]*)<\/script>/.exec(inline.stdout)[1]);
    assert.deepEqual([pasted.lang, pasted.projects[0].id, pasted.projects[0].title.en], ['en', 'AA-AAA-123456789-ABC123', 'Activity title']);
    const bad = await cli('render', broken, '--element', 'list', '--lang', 'ka');
    assert.equal(bad.status, 0);
    assert.equal(bad.stderr, `${broken}: მწკრივი 3 (უჯრა D3), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).\n`);
  });
});
