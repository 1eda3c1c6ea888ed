/**
 * Property-based tests (fast-check) of the parser and the search. The parser gives,
 * for any input, a valid model or a clear error — never a throw; the search never
 * throws and returns exactly the projects that contain every word of the query.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { firstDay, lastDay, parsePartialDate } from '../../../src/data/dates.js';
import { isFatal, MAX_ACTIVITY_DEPTH, parseProjects, parseProjectsJson } from '../../../src/data/parse.js';
import { queryProjects, SORT_ORDERS } from '../../../src/data/search.js';
import { PROJECT_STATUSES, type Activity, type DataIssue, type LocalizedText, type Project, type ProjectsModel } from '../../../src/data/types.js';
import { describeIssue } from '../../../src/localize/phrases.js';
import { problems } from '../../../src/chunks/problems.js';
import { useProblems } from '../../../src/localize/problems.js';
import { renderInLocale } from '../../../src/localize/msg.js';

// The problems' wording, as if its lazy chunk had been loaded (src/localize/problems.ts).
useProblems(problems);

const ISSUE_CODES = new Set([
  'no-data',
  'not-json',
  'not-a-document',
  'projects-not-a-list',
  'bad-language',
  'not-an-object',
  'missing',
  'not-a-string',
  'empty',
  'not-a-text',
  'bad-language-tag',
  'not-a-date',
  'end-before-start',
  'duplicate-id',
  'not-a-list',
  'not-a-url',
  'unsafe-url',
  'bad-status',
  'too-deep',
]);

function expectText(text: LocalizedText, where: string) {
  const entries = Object.entries(text);
  expect(entries.length, `${where}: a text in at least one language`).to.be.greaterThan(0);
  for (const [tag, value] of entries) {
    expect(tag, `${where}: language tag`).to.match(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/);
    expect(value, `${where}: a string`).to.be.a('string');
    expect(value.trim(), `${where}: trimmed`).to.equal(value);
    expect(value, `${where}: not blank`).not.to.equal('');
    expect(value.includes('\0'), `${where}: no NUL`).to.equal(false);
  }
}

function expectActivities(activities: readonly Activity[], depth: number, where: string) {
  if (activities.length > 0) expect(depth, `${where}: depth`).to.be.at.most(MAX_ACTIVITY_DEPTH);
  activities.forEach((activity, i) => {
    expectText(activity.text, `${where}[${i}]`);
    expectActivities(activity.items, depth + 1, `${where}[${i}].items`);
  });
}

function expectHttpUrl(url: string | undefined, where: string) {
  if (url === undefined) return;
  expect(['http:', 'https:'], `${where}: ${url}`).to.include(new URL(url).protocol);
}

/** The contract every element relies on: a model of valid projects, or issues saying why not. */
function expectValidModel(model: ProjectsModel) {
  expect(model.lang).to.match(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/);
  const ids = new Set<string>();
  for (const project of model.projects) {
    const where = `project ${JSON.stringify(project.id)}`;
    expect(project.id, where).to.be.a('string');
    expect(project.id.trim()).to.equal(project.id);
    expect(project.id).not.to.equal('');
    expect(ids.has(project.id), `${where}: unique id`).to.equal(false);
    ids.add(project.id);
    expectText(project.title, `${where}.title`);
    if (project.goal) expectText(project.goal, `${where}.goal`);
    expect(parsePartialDate(project.start.iso), `${where}.start`).to.deep.equal(project.start);
    if (project.end) {
      expect(parsePartialDate(project.end.iso), `${where}.end`).to.deep.equal(project.end);
      expect(lastDay(project.end), `${where}: ends after it starts`).to.be.at.least(firstDay(project.start));
    }
    expectActivities(project.activities, 1, `${where}.activities`);
    for (const organisation of [...project.implementers, ...project.funders]) {
      expectText(organisation.name, `${where} organisation`);
      expectHttpUrl(organisation.url, `${where} organisation url`);
    }
    expectHttpUrl(project.url, `${where}.url`);
    if (project.status !== undefined) expect(PROJECT_STATUSES).to.include(project.status);
  }
  for (const issue of model.issues) expectClearIssue(issue);
  if (isFatal(model)) expect(model.projects, 'nothing shown when the document is unusable').to.deep.equal([]);
}

/** An issue names what is wrong, in words, in both languages. */
function expectClearIssue(issue: DataIssue) {
  expect(ISSUE_CODES.has(issue.code), `issue code ${issue.code}`).to.equal(true);
  expect(issue.path).to.be.a('string');
  expect(['document', 'project', 'field']).to.include(issue.dropped);
  if (issue.value !== undefined) expect(issue.value.length, 'shown values are short').to.be.at.most(70);
  for (const locale of ['en', 'ka'] as const) {
    const text = renderInLocale(locale, () => describeIssue(issue));
    expect(text, `message for ${issue.code}`).to.be.a('string');
    expect(text.trim().length).to.be.greaterThan(3);
    expect(text).not.to.match(/\[object Object\]|\bNaN\b/);
    // A JavaScript `undefined` value is named as such; otherwise the word means a hole in the message.
    if (issue.value !== 'undefined') expect(text).not.to.match(/\bundefined\b/);
  }
}

// ---------------------------------------------------------------------------
// Arbitraries

/** Text from a mix of scripts: Latin, Georgian (Mkhedruli and Mtavruli), combining marks, white space, odd characters. */
const letters = fc.constantFrom(...'abcXYZ ქართულიპროექტ ᲥᲐᲠᲗᲣᲚᲘ \t\n\u0301\u00e9\u200b\u202e\0İıΣσς<>&"\'$`{}'.split(''));
const text = fc.string({ unit: letters, maxLength: 24 });
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 20 }));

const localized = fc.oneof(
  anyText,
  fc.dictionary(fc.oneof(fc.constantFrom('ka', 'en', 'en-GB', 'KA', 'de'), fc.string({ maxLength: 5 })), fc.oneof(anyText, fc.jsonValue({ maxDepth: 1 })), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const dateText = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc.constantFrom('2020-02-29', '2021-02-29', '2023-08', ' 2023 ', '2023-8-1', '23-08-2023', ''),
  fc.jsonValue({ maxDepth: 1 }),
);

const url = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:void 0', ' https://example.org/ ', 'example.org', 'HTTP://EXAMPLE.ORG', 'data:,x'), anyText, fc.jsonValue({ maxDepth: 1 }));

const activity: fc.Arbitrary<unknown> = fc.letrec<{ item: unknown }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, localized, fc.record({ text: localized, items: fc.array(tie('item'), { maxLength: 3 }) }, { requiredKeys: ['text'] })),
})).item;

const organisation = fc.oneof(fc.record({ name: localized, url }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 1 }));

/** Project-shaped values: mostly plausible, every field sometimes wrong or missing. */
const projectInput = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', ' a ', ''), fc.jsonValue({ maxDepth: 1 })),
    title: localized,
    start: dateText,
    end: fc.oneof(dateText, fc.constant(null)),
    goal: localized,
    activities: fc.oneof(fc.array(activity, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
    implementers: fc.oneof(fc.array(organisation, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
    funders: fc.array(organisation, { maxLength: 2 }),
    url,
    status: fc.oneof(fc.constantFrom(...PROJECT_STATUSES), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

const documentInput = fc.oneof(
  fc.array(fc.oneof({ weight: 4, arbitrary: projectInput }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 6 }),
  fc.record({ lang: fc.oneof(fc.constantFrom('ka', 'en', 'KA-ge'), fc.jsonValue({ maxDepth: 1 })), projects: fc.array(projectInput, { maxLength: 6 }) }, { requiredKeys: ['projects'] }),
);

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

// ---------------------------------------------------------------------------

describe('parser, property-based', () => {
  it('any JSON value: a valid model or clear issues, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectValidModel(parseProjects(value))),
      { numRuns: 400 },
    );
  });

  it('any value at all (undefined, functions, symbols, cycles of getters aside): never a throw', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        expectValidModel(parseProjects(value));
        expectValidModel(parseProjects({ projects: [value] }));
      }),
      { numRuns: 300 },
    );
  });

  it('project-shaped values with wrong parts: each project is shown valid, or left out with a reason at its path', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const model = parseProjects(input);
        expectValidModel(model);
        const list = (Array.isArray(input) ? input : (input as { projects: unknown[] }).projects) as unknown[];
        const base = Array.isArray(input) ? '' : 'projects';
        const shown = new Set(model.projects.map((project) => project.id));
        list.forEach((item, index) => {
          const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id.trim() : undefined;
          if (id !== undefined && shown.has(id)) return;
          const reasons = model.issues.filter((issue) => issue.dropped === 'project' && (issue.path === `${base}[${index}]` || issue.path.startsWith(`${base}[${index}].`)));
          expect(reasons.length, `item ${index} left out without a reason: ${JSON.stringify(item)?.slice(0, 200)}`).to.be.greaterThan(0);
        });
        // The same value as JSON text gives the same model.
        expect(parseProjectsJson(JSON.stringify(input))).to.deep.equal(model);
      }),
      { numRuns: 400 },
    );
  });

  it('any text as JSON: a model, or "not JSON" with a line and column inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.json().map((json) => json.slice(0, Math.floor(json.length / 2))),
        ),
        (json) => {
          const model = parseProjectsJson(json);
          expectValidModel(model);
          const notJson = model.issues.find((issue) => issue.code === 'not-json');
          if (notJson) {
            expect(notJson.position!.line).to.be.within(1, json.split('\n').length);
            expect(notJson.position!.column).to.be.at.least(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a valid document cut or corrupted at any point: never a throw', async () => {
    const bundled = await (await fetch('/data/wisg-projects.json')).text();
    fc.assert(
      fc.property(fc.nat({ max: bundled.length }), fc.string({ maxLength: 3 }), (at, insert) => {
        expectValidModel(parseProjectsJson(bundled.slice(0, at)));
        expectValidModel(parseProjectsJson(bundled.slice(0, at) + insert + bundled.slice(at + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it('deep nesting (100,000 levels) anywhere: no stack overflow, a clear issue', () => {
    const depth = 100_000;
    const deepArray = nested(depth, 1, (inner) => [inner]);
    const deepObject = nested(depth, 'x', (inner) => ({ text: inner }));
    const deepActivities = nested(depth, 'x', (inner) => ({ text: 'step', items: [inner] }));
    for (const value of [
      deepArray,
      deepObject,
      { projects: deepArray },
      { projects: [deepArray] },
      { lang: deepObject, projects: [] },
      [{ id: deepObject, title: deepObject, start: deepArray }],
      [{ id: 'a', title: 'A', start: '2020', goal: deepObject, activities: [deepActivities], implementers: [{ name: deepObject, url: deepArray }], url: deepObject, status: deepArray }],
    ]) {
      const model = parseProjects(value);
      expectValidModel(model);
      expect(model.issues.length).to.be.greaterThan(0);
    }
    const deepJson = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expectValidModel(parseProjectsJson(deepJson));
    expectValidModel(parseProjectsJson(`{"projects":[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]}`));
    expectValidModel(parseProjectsJson('['.repeat(depth)));
  });

  it('a value with a huge sparse array (2³²−1 slots, a JS value given as `data`): its issue comes at once, shortened', () => {
    // Found by this suite: the preview of a bad value used to stringify all of it, here 4 billion nulls.
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const model = parseProjects({ lang: sparse, projects: [{ id: 'a', title: 'A', start: '2020', status: sparse, url: sparse }] });
    expectValidModel(model);
    expect(model.projects.length).to.equal(1);
    expect(model.issues.map((issue) => issue.code)).to.deep.equal(['bad-language', 'not-a-string', 'bad-status']);
    expect(model.issues[0]!.value).to.equal(`${`[${'null,'.repeat(12)}`.slice(0, 60)}…`);
  });

  it('huge strings (5 MB) in every field: kept as text, shortened in messages', () => {
    const huge = `${'ა'.repeat(5 * 1024 * 1024)}!`;
    const model = parseProjects([
      { id: huge, title: huge, start: '2020', goal: { en: huge }, activities: [huge], implementers: [{ name: huge, url: `https://example.org/${huge}` }], url: huge, status: huge },
      { id: 'b', title: 'B', start: huge },
    ]);
    expectValidModel(model);
    expect(model.projects.length).to.equal(1);
    expect(model.projects[0]!.title).to.deep.equal({ ka: huge });
    const problems = model.issues.map((issue) => `${issue.path} ${issue.code}`);
    // Firefox's URL parser refuses URLs over 1 MB (network.standard-url.max-length); the others take them.
    const implementerUrl = problems.indexOf('[0].implementers[0].url not-a-url');
    if (implementerUrl >= 0) problems.splice(implementerUrl, 1);
    else expect(model.projects[0]!.implementers[0]!.url).to.have.length.greaterThan(huge.length);
    expect(problems.sort()).to.deep.equal(['[0].status bad-status', '[0].url not-a-url', '[1].start not-a-date']);
    for (const issue of model.issues) expect(issue.value!.length).to.be.at.most(70);
  });

  it('a bad value is shown as the start of its JSON text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.string({ minLength: 61 }).map((long) => [long]),
          fc.dictionary(fc.string({ minLength: 30 }), fc.jsonValue()),
        ),
        (value) => {
          fc.pre(typeof value !== 'string');
          const json = JSON.stringify(value);
          const expected = json.length > 60 ? `${json.slice(0, 60)}…` : json;
          expect(parseProjects({ lang: value, projects: [] }).issues[0]!.value).to.equal(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------

/** An oracle written apart from the search module: NFC, Mtavruli → Mkhedruli, lower case, white space runs as one. */
function fold(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const isMtavruli = (code >= 0x1c90 && code <= 0x1cba) || (code >= 0x1cbd && code <= 0x1cbf);
    out += isMtavruli ? String.fromCodePoint(code - 0x1c90 + 0x10d0) : char;
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

function fieldsOf(project: Project): string[] {
  const texts: string[] = [];
  const add = (localizedText: LocalizedText | undefined) => localizedText && texts.push(...Object.values(localizedText));
  const addActivities = (activities: readonly Activity[]) =>
    activities.forEach((item) => {
      add(item.text);
      addActivities(item.items);
    });
  add(project.title);
  add(project.goal);
  addActivities(project.activities);
  [...project.implementers, ...project.funders].forEach((organisation) => add(organisation.name));
  return texts.map(fold);
}

/** Every word of the query occurs within one field of the project (words do not match across fields). */
function oracleMatches(project: Project, query: string): boolean {
  const words = fold(query)
    .split(' ')
    .filter((word) => word !== '');
  const fields = fieldsOf(project);
  return words.every((word) => fields.some((field) => field.includes(word)));
}

const searchWords = fc.constantFrom('ქართული', 'ᲥᲐᲠᲗᲣᲚᲘ', 'პროექტ', 'abc', 'ABC', 'é', 'e\u0301', 'σ', 'Σ', 'ı', 'i', '<', '$', '\u200b', ' ', '  ', '\t');

/** Valid projects, via the parser, from texts that make searches both hit and miss. */
const projects = fc
  .array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }).map((id) => `p-${id}`),
      title: fc.oneof(text, fc.record({ ka: text, en: text })),
      start: fc.constantFrom('2019', '2020-05', '2021-02-28'),
      end: fc.constantFrom(null, '2022', '2024-12-31'),
      goal: text,
      activities: fc.array(fc.oneof(text, fc.record({ text, items: fc.array(text, { maxLength: 2 }) })), { maxLength: 3 }),
      implementers: fc.array(fc.record({ name: text }), { maxLength: 2 }),
    }),
    { maxLength: 8 },
  )
  .map((inputs) => parseProjects(inputs).projects);

const query = fc.oneof(
  fc.array(fc.oneof(searchWords, text), { maxLength: 4 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('search, property-based', () => {
  it('never throws; returns exactly the projects that hold every word, each once, and leaves its input alone', () => {
    fc.assert(
      fc.property(projects, query, fc.constantFrom(...SORT_ORDERS), (list, text, sort) => {
        const before = [...list];
        const result = queryProjects(list, { text, sort, today: firstDay({ year: 2023, iso: '2023' }), lang: 'ka' });
        expect(list, 'input untouched').to.deep.equal(before);
        expect(new Set(result).size, 'no duplicates').to.equal(result.length);
        for (const project of result) {
          expect(list).to.include(project);
          expect(oracleMatches(project, text), `${JSON.stringify(text)} returned ${JSON.stringify(fieldsOf(project))}`).to.equal(true);
        }
        for (const project of list) if (oracleMatches(project, text)) expect(result, `${JSON.stringify(text)} missed ${JSON.stringify(fieldsOf(project))}`).to.include(project);
      }),
      { numRuns: 500 },
    );
  });

  it('a word taken from a project finds that project, in any letter case and Mtavruli', () => {
    fc.assert(
      fc.property(
        projects.filter((list) => list.length > 0),
        fc.nat(),
        fc.nat(),
        (list, pick, offset) => {
          const project = list[pick % list.length]!;
          const field = Object.values(project.title)[0]!;
          const words = fold(field)
            .split(' ')
            .filter((word) => word !== '');
          fc.pre(words.length > 0);
          const word = words[offset % words.length]!;
          const upper = word.toUpperCase();
          const mtavruli = word.replace(/[\u10d0-\u10fa\u10fd-\u10ff]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x1c90 - 0x10d0));
          for (const text of [word, mtavruli, ` ${word}\t`]) expect(queryProjects(list, { text, today: 0, lang: 'en' })).to.include(project);
          // Upper case finds it too where lower-casing the upper case gives the word back (not so for ı, ς…).
          if (upper.toLowerCase() === word) expect(queryProjects(list, { text: upper, today: 0, lang: 'en' })).to.include(project);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('filters and sorting with any text never throw and only narrow the result', () => {
    fc.assert(
      fc.property(
        projects,
        query,
        fc.option(fc.constantFrom(...PROJECT_STATUSES), { nil: undefined }),
        fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
        fc.constantFrom(...SORT_ORDERS),
        fc.constantFrom('ka', 'en', 'de', 'x-weird', ''),
        (list, text, status, year, sort, lang) => {
          const all = queryProjects(list, { text, sort, today: 738000, lang });
          const narrowed = queryProjects(list, { text, status, year, sort, today: 738000, lang });
          for (const project of narrowed) expect(all).to.include(project);
        },
      ),
      { numRuns: 300 },
    );
  });
});
