// The README is the API reference, and custom-elements.json (made from the JSDoc in src/ by
// `npm run analyze`) is the machine's: their attribute, event, part and CSS-property tables must
// say the same, so that neither drifts. The manifest is made afresh here, in memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
function section(name) {
  const found = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(README);
  assert.ok(found, `README has a ${name} section`);
  return found[1];
}

/** The rows (arrays of cells) of each Markdown table whose first header cell is `header`. */
function tables(text, header) {
  const found = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cells = splitRow(lines[i]);
    if (cells?.[0] !== header || !/^\|[-| ]+\|$/.test(lines[i + 1] ?? '')) continue;
    const rows = [];
    for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(splitRow(lines[i]));
    found.push(rows);
  }
  return found;
}

/** A table row's cells; `\|` inside a cell is text. */
const splitRow = (line) =>
  line.startsWith('|')
    ? line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
    : undefined;

/** The names a cell gives in backticks: "`from`, `to`" → from, to. */
const names = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** A CSS-property cell: "`--wisg-color-status-ongoing` (…`-completed`, `-planned`)" → the full names. */
function propertyNames(cell) {
  const result = [];
  for (const name of names(cell)) {
    if (name.startsWith('--')) result.push(name);
    else if (name.startsWith('-') && result.length) result.push(result.at(-1).replace(/-[^-]+$/, name));
  }
  return result;
}

const sorted = (values) => [...new Set(values)].sort();

let elements;
before(async () => {
  const manifest = await cli({ argv: ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: ROOT, noWrite: true });
  const classes = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.kind === 'class');
  elements = {
    common: classes.find((declaration) => declaration.name === 'WisgElement'),
    card: classes.find((declaration) => declaration.tagName === 'wisg-project-card'),
    list: classes.find((declaration) => declaration.tagName === 'wisg-project-list'),
    timeline: classes.find((declaration) => declaration.tagName === 'wisg-timeline'),
  };
  for (const [name, declaration] of Object.entries(elements)) assert.ok(declaration, `custom-elements.json has ${name}`);
});

const own = (entries = []) => entries.filter((entry) => !entry.inheritedFrom);

describe('the README says what custom-elements.json says', () => {
  for (const name of ['common', 'card', 'list', 'timeline']) {
    test(`${name}: the attribute table: every attribute, with its property, and the properties without one`, () => {
      const element = elements[name];
      const [rows] = tables(section(name), 'attribute');
      assert.ok(rows, `the ${name} section has an attribute table`);
      const attributes = new Map();
      const propertyOnly = [];
      for (const [attributeCell, propertyCell] of rows) {
        const properties = names(propertyCell);
        if (attributeCell === '—') propertyOnly.push(...properties);
        else names(attributeCell).forEach((attribute, i) => attributes.set(attribute, properties[i]));
      }
      // `lang` is HTML's own attribute, which the elements read (see Languages).
      if (name === 'common') attributes.delete('lang');
      const declared = own(element.attributes);
      assert.deepEqual(sorted(attributes.keys()), sorted(declared.map((attribute) => attribute.name)), 'attributes');
      for (const attribute of declared) assert.equal(attributes.get(attribute.name), attribute.fieldName, `the property of ${attribute.name}`);
      const writableWithoutAttribute = own(element.members).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && !declared.some((attribute) => attribute.fieldName === member.name),
      );
      assert.deepEqual(sorted(propertyOnly), sorted(writableWithoutAttribute.map((member) => member.name)), 'properties without an attribute');
    });

    test(`${name}: every read-only property, static field and method is named in its section`, () => {
      const text = section(name);
      const others = own(elements[name].members).filter((member) => member.kind === 'method' || member.readonly || member.static);
      const missing = others.filter((member) => !text.includes(member.kind === 'method' ? `\`${member.name}(` : `\`${member.name}\``) && !text.includes(`.${member.name}\``));
      assert.deepEqual(
        missing.map((member) => member.name),
        [],
      );
    });
  }

  test('common: the event table lists the events every element fires, and only those', () => {
    const [rows] = tables(section('common'), 'event');
    const listed = sorted(rows.flatMap(([event]) => names(event)));
    assert.deepEqual(listed, sorted(elements.common.events.map((event) => event.name)));
    for (const name of ['card', 'list', 'timeline']) assert.deepEqual(sorted(elements[name].events.map((event) => event.name)), listed, `the events of ${name}`);
  });

  test('every event is typed (its detail is in the package types)', () => {
    for (const [name, element] of Object.entries(elements)) for (const event of element.events) assert.match(event.type?.text ?? '', /^Wisg\w+Event$/, `${name}: ${event.name}`);
  });

  // A part row ending in "…" stands for the card's parts too, as does a `card` part of the list or timeline.
  const cardParts = () => elements.card.cssParts.map((part) => part.name);
  for (const name of ['card', 'list', 'timeline']) {
    test(`${name}: the part table lists every part, and only those`, () => {
      const [rows] = tables(section(name), 'part');
      assert.ok(rows, `the ${name} section has a part table`);
      const listed = rows.flatMap(([part]) => [...names(part), ...(part.includes('…') ? cardParts() : [])]);
      const parts = elements[name].cssParts.map((part) => part.name);
      const declared = [...parts, ...(name !== 'card' && parts.includes('card') ? cardParts() : [])];
      assert.deepEqual(sorted(listed), sorted(declared));
    });
  }

  test("card: the CSS custom property table lists every property, and only those; they are the base's", () => {
    const [rows] = tables(section('card'), 'CSS custom property');
    assert.deepEqual(sorted(rows.flatMap(([property]) => propertyNames(property))), sorted(elements.card.cssProperties.map((property) => property.name)));
    assert.deepEqual(sorted(elements.card.cssProperties.map((property) => property.name)), sorted(elements.common.cssProperties.map((property) => property.name)));
  });

  test("list: its CSS custom properties are the card's, as the README says", () => {
    assert.match(section('list'), /CSS custom properties: those of \[`<wisg-project-card>`\]/);
    assert.deepEqual(sorted(elements.list.cssProperties.map((property) => property.name)), sorted(elements.card.cssProperties.map((property) => property.name)));
  });

  test("timeline: the CSS custom property table: the card's, and its own", () => {
    const [rows] = tables(section('timeline'), 'CSS custom property');
    assert.match(rows[0][0], /those of \[`<wisg-project-card>`\]/);
    const listed = [...elements.card.cssProperties.map((property) => property.name), ...rows.slice(1).flatMap(([property]) => propertyNames(property))];
    assert.deepEqual(sorted(listed), sorted(elements.timeline.cssProperties.map((property) => property.name)));
  });
});
