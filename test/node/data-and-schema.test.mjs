// The JSON Schema, the bundled data and the translations, checked without a browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { ensureDistLib } from '../cli/dist-lib.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('schema/projects.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

test('the bundled WISG data is valid against the schema and holds the nine projects', () => {
  const data = read('data/wisg-projects.json');
  assert.equal(validate(data), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(data.projects.length, 9);
  assert.equal(new Set(data.projects.map((project) => project.id)).size, 9);
  assert.ok(data.projects.some((project) => project.id === 'rfsl-2022-24'));
});

test('the schema accepts the forms the contract allows', () => {
  const minimal = { id: 'a', title: 'ტექსტი', start: '2023' };
  for (const document of [
    [minimal],
    { projects: [] },
    { lang: 'en', projects: [{ ...minimal, start: '2023-08', end: null }] },
    { projects: [{ ...minimal, title: { ka: 'ა', en: 'A', 'en-GB': 'A' }, status: 'suspended', url: 'https://example.org' }] },
    { projects: [{ ...minimal, activities: ['x', { text: { en: 'y' }, items: ['z', { text: 'w', items: [] }] }] }] },
    { projects: [{ ...minimal, implementers: [{ name: 'WISG', url: 'http://example.org' }], funders: [{ name: { en: 'Fund' } }] }] },
  ]) {
    assert.equal(validate(document), true, `${JSON.stringify(document)}\n${JSON.stringify(validate.errors)}`);
  }
});

test('the schema rejects what the parser reports', () => {
  const minimal = { id: 'a', title: 'ტექსტი', start: '2023' };
  for (const document of [
    {},
    { projects: {} },
    [{ title: 't', start: '2023' }],
    [{ ...minimal, id: '' }],
    [{ ...minimal, title: '' }],
    [{ ...minimal, title: { 'not a tag': 'x' } }],
    [{ ...minimal, start: '2023-13-01' }],
    [{ ...minimal, start: '24.08.2023' }],
    [{ ...minimal, url: 'javascript:alert(1)' }],
    [{ ...minimal, status: 'finished' }],
    [{ ...minimal, activities: 'x' }],
    [{ ...minimal, implementers: ['WISG'] }],
  ]) {
    assert.equal(validate(document), false, JSON.stringify(document));
  }
});

test('the schema maps every project field onto IATI', () => {
  const fields = schema.$defs.project.properties;
  for (const [name, field] of Object.entries(fields)) {
    assert.match(field.description ?? '', /IATI/, `${name} has no IATI mapping`);
  }
  assert.match(fields.implementers.description, /@role 4/);
  assert.match(fields.funders.description, /@role 1/);
});

test('every interface message has a Georgian translation, and the generated module is up to date', () => {
  const xliff = readFileSync(new URL('../../locales/ka.xlf', import.meta.url), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  assert.ok(units.length > 40, `only ${units.length} messages`);
  const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)).map(([, id, body]) => `${id}: ${body.trim()}`);
  assert.deepEqual(untranslated, []);
  const generated = readFileSync(new URL('../../src/localize/generated/ka.ts', import.meta.url), 'utf8');
  const missing = units.map(([, id]) => id).filter((id) => !generated.includes(`'${id}'`));
  assert.deepEqual(missing, [], 'run npm run localize:build');
  // Georgian is never uppercased, and the noun after a number stays singular.
  assert.doesNotMatch(generated, /\$\{0\} პროექტები/);
});

test('the package version in the code is the one in package.json', () => {
  const { version } = read('package.json');
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}'`));
});

// The package ships WISG's projects as a sheet too (data/wisg-projects.csv) and a template to start
// one from (templates/projects.csv): both must read, through the widgets' CSV reader, as they claim.
test('data/wisg-projects.csv reads, through the CSV reader, as the same projects as data/wisg-projects.json, in both languages', async () => {
  process.chdir(new URL('../..', import.meta.url).pathname);
  await ensureDistLib();
  const { parseProjects, parseProjectsCsv } = await import('../../dist/lib/data.js');
  const sheet = parseProjectsCsv(readFileSync('data/wisg-projects.csv', 'utf8'));
  const json = parseProjects(read('data/wisg-projects.json'));
  assert.deepEqual(sheet.issues, []);
  assert.equal(json.projects.length, 9);
  for (const project of json.projects) assert.deepEqual(Object.keys(project.title).sort(), ['en', 'ka'], project.id);
  assert.deepEqual(sheet.projects, json.projects);
});

test('templates/projects.csv names every column and holds two example projects, in Georgian and English', async () => {
  await ensureDistLib();
  const { parseProjectsCsv } = await import('../../dist/lib/data.js');
  const text = readFileSync('templates/projects.csv', 'utf8');
  const headers = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]
    .split(',');
  for (const field of ['id', 'start', 'end', 'status', 'url']) assert.ok(headers.includes(field), field);
  for (const field of ['title', 'goal', 'activities', 'implementers', 'funders']) for (const lang of ['ka', 'en']) assert.ok(headers.includes(`${field}_${lang}`), `${field}_${lang}`);
  const model = parseProjectsCsv(text);
  assert.deepEqual(model.issues, []);
  assert.equal(model.projects.length, 2);
  for (const project of model.projects) assert.deepEqual(Object.keys(project.title).sort(), ['en', 'ka'], project.id);
  // The first row fills every column (sub-items, Name | address cells); the second shows an open-ended project.
  const [full, open] = model.projects;
  assert.ok(full.end && full.status && full.goal && full.url && full.funders[0].url && full.implementers[0].url, full.id);
  assert.ok(full.activities.some((activity) => activity.items.length));
  assert.deepEqual([open.end, open.status], [undefined, undefined]);
});
