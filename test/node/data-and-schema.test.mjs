// The JSON Schema, the bundled data and the translations, checked without a browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

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
