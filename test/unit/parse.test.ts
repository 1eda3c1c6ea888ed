import { expect } from '@open-wc/testing';
import { isFatal, parseProjects, parseProjectsJson } from '../../src/data/parse.js';
import { renderInLocale } from '../../src/localize/msg.js';
import { describeIssue } from '../../src/localize/phrases.js';
import { problems } from '../../src/chunks/problems.js';
import { useProblems } from '../../src/localize/problems.js';
import type { ProjectsModel } from '../../src/data/types.js';

// The problems' wording, as if its lazy chunk had been loaded (src/localize/problems.ts).
useProblems(problems);

const good = { id: 'p1', title: 'სათაური', start: '2023-01-01' };
const doc = (...projects: unknown[]) => JSON.stringify({ lang: 'ka', projects });

/** The messages a person reads for a model's issues, in English. */
const messages = (model: ProjectsModel) => renderInLocale('en', () => model.issues.map(describeIssue));

/**
 * The bad-input corpus: each input and every message it must produce, in order.
 * `shown` is how many projects still render.
 */
const corpus: { name: string; json: string; expected: string[]; shown: number }[] = [
  { name: 'empty body', json: '', expected: ['The data is empty.'], shown: 0 },
  { name: 'white space only', json: ' \n\t ', expected: ['The data is empty.'], shown: 0 },
  { name: 'HTML instead of JSON', json: '<!doctype html><html>', expected: ['The data is not valid JSON (line 1, column 1).'], shown: 0 },
  { name: 'truncated document', json: '{"projects": [\n  {"id": "a",', expected: ['The data is not valid JSON (line 2, column 14).'], shown: 0 },
  { name: 'trailing comma', json: '{"projects": [],}', expected: ['The data is not valid JSON (line 1, column 17).'], shown: 0 },
  { name: 'single quotes', json: "{'projects': []}", expected: ['The data is not valid JSON (line 1, column 2).'], shown: 0 },
  { name: 'comment in JSON', json: '{"projects": [] // none\n}', expected: ['The data is not valid JSON (line 1, column 17).'], shown: 0 },
  { name: 'two documents', json: '{"projects": []} {"projects": []}', expected: ['The data is not valid JSON (line 1, column 18).'], shown: 0 },
  { name: 'a number', json: '42', expected: ['Expected an object with a "projects" list, or a list of projects; got 42.'], shown: 0 },
  { name: 'a string', json: '"projects"', expected: ['Expected an object with a "projects" list, or a list of projects; got "projects".'], shown: 0 },
  { name: 'null', json: 'null', expected: ['Expected an object with a "projects" list, or a list of projects; got null.'], shown: 0 },
  { name: 'object without projects', json: '{"lang": "ka"}', expected: ['projects: required, but missing.'], shown: 0 },
  { name: 'projects is an object', json: '{"projects": {"id": "a"}}', expected: ['projects: {"id":"a"} is not a list of projects.'], shown: 0 },
  { name: 'projects is a string', json: '{"projects": "none"}', expected: ['projects: "none" is not a list of projects.'], shown: 0 },
  {
    name: 'bad document language',
    json: JSON.stringify({ lang: 'Georgian!', projects: [good] }),
    expected: ['lang: "Georgian!" is not a language tag such as "ka" or "en"; plain texts are read as Georgian.'],
    shown: 1,
  },
  { name: 'project is a string', json: doc('p1', good), expected: ['projects[0]: "p1" is not an object.'], shown: 1 },
  { name: 'project is null', json: doc(null, good), expected: ['projects[0]: null is not an object.'], shown: 1 },
  { name: 'project is a list', json: doc([good]), expected: ['projects[0]: [{"id":"p1","title":"სათაური","start":"2023-01-01"}] is not an object.'], shown: 0 },
  {
    name: 'missing everything',
    json: doc({}),
    expected: ['projects[0].id: required, but missing.', 'projects[0].title: required, but missing.', 'projects[0].start: required, but missing.'],
    shown: 0,
  },
  { name: 'numeric id', json: doc({ ...good, id: 7 }), expected: ['projects[0].id: 7 is not a string.'], shown: 0 },
  { name: 'blank id', json: doc({ ...good, id: '   ' }), expected: ['projects[0].id: is empty.'], shown: 0 },
  { name: 'duplicate id', json: doc(good, { ...good, title: 'other' }), expected: ['projects[1].id: "p1" is already the id of an earlier project.'], shown: 1 },
  { name: 'empty title', json: doc({ ...good, title: '' }), expected: ['projects[0].title: is empty.'], shown: 0 },
  { name: 'title is a number', json: doc({ ...good, title: 12 }), expected: ['projects[0].title: 12 is not a text (a string, or strings by language).'], shown: 0 },
  { name: 'title map with only empty strings', json: doc({ ...good, title: { ka: ' ', en: '' } }), expected: ['projects[0].title: is empty.'], shown: 0 },
  {
    name: 'title map with a bad language tag',
    json: doc({ ...good, title: { ka: 'სათაური', 'english title': 'Title' } }),
    expected: ['projects[0].title."english title": "english title" is not a language tag.'],
    shown: 1,
  },
  { name: 'title map with a non-string', json: doc({ ...good, title: { ka: 'სათაური', en: ['Title'] } }), expected: ['projects[0].title.en: ["Title"] is not a string.'], shown: 1 },
  {
    name: 'month 13',
    json: doc(good, good, good, { ...good, id: 'p4', start: '2023-13-01' }),
    expected: [
      'projects[1].id: "p1" is already the id of an earlier project.',
      'projects[2].id: "p1" is already the id of an earlier project.',
      'projects[3].start: "2023-13-01" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).',
    ],
    shown: 1,
  },
  { name: '30 February', json: doc({ ...good, start: '2023-02-30' }), expected: ['projects[0].start: "2023-02-30" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: '29 February in a common year', json: doc({ ...good, start: '2023-02-29' }), expected: ['projects[0].start: "2023-02-29" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'day-first date', json: doc({ ...good, start: '24.08.2023' }), expected: ['projects[0].start: "24.08.2023" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'Georgian date words', json: doc({ ...good, start: '24 აგვისტო 2023' }), expected: ['projects[0].start: "24 აგვისტო 2023" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'date with a time', json: doc({ ...good, start: '2023-08-24T10:00:00Z' }), expected: ['projects[0].start: "2023-08-24T10:00:00Z" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'numeric year', json: doc({ ...good, start: 2023 }), expected: ['projects[0].start: 2023 is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'bad end date', json: doc({ ...good, end: '2024-00' }), expected: ['projects[0].end: "2024-00" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).'], shown: 0 },
  { name: 'end before start', json: doc({ ...good, start: '2023-05-01', end: '2023-04-30' }), expected: ['projects[0].end: the end, "2023-04-30", is before the start.'], shown: 0 },
  { name: 'goal is a list', json: doc({ ...good, goal: ['a', 'b'] }), expected: ['projects[0].goal: ["a","b"] is not a text (a string, or strings by language).'], shown: 1 },
  { name: 'activities is a string', json: doc({ ...good, activities: 'training' }), expected: ['projects[0].activities: "training" is not a list.'], shown: 1 },
  {
    name: 'an activity is a number, another fine',
    json: doc({ ...good, activities: ['ტრენინგი', 5] }),
    expected: ['projects[0].activities[1]: 5 is not a text (a string, or strings by language).'],
    shown: 1,
  },
  {
    name: 'sub-items not a list',
    json: doc({ ...good, activities: [{ text: 'ფორუმი', items: 'x' }] }),
    expected: ['projects[0].activities[0].items: "x" is not a list.'],
    shown: 1,
  },
  {
    name: 'sub-items nested four deep',
    json: doc({ ...good, activities: [{ text: 'a', items: [{ text: 'b', items: [{ text: 'c', items: [{ text: 'd', items: ['e'] }] }] }] }] }),
    expected: ['projects[0].activities[0].items[0].items[0].items: sub-items are nested too deeply (at most 3 levels).'],
    shown: 1,
  },
  { name: 'implementers is an object', json: doc({ ...good, implementers: { name: 'WISG' } }), expected: ['projects[0].implementers: {"name":"WISG"} is not a list.'], shown: 1 },
  { name: 'implementer is a string', json: doc({ ...good, implementers: ['WISG'] }), expected: ['projects[0].implementers[0]: "WISG" is not an object.'], shown: 1 },
  { name: 'funder without a name', json: doc({ ...good, funders: [{ url: 'https://example.org' }] }), expected: ['projects[0].funders[0].name: required, but missing.'], shown: 1 },
  {
    name: 'javascript: link',
    json: doc({ ...good, url: 'javascript:alert(1)' }),
    expected: ['projects[0].url: "javascript:alert(1)" is not an http(s) address, so it is not linked.'],
    shown: 1,
  },
  {
    name: 'javascript: link with a tab and capitals',
    json: doc({ ...good, url: ' JaVa\tScRiPt:alert(1)' }),
    expected: ['projects[0].url: " JaVa\\tScRiPt:alert(1)" is not an http(s) address, so it is not linked.'],
    shown: 1,
  },
  {
    name: 'data: link on an organisation',
    json: doc({ ...good, implementers: [{ name: 'X', url: 'data:text/html,<script>alert(1)</script>' }] }),
    expected: ['projects[0].implementers[0].url: "data:text/html,<script>alert(1)</script>" is not an http(s) address, so it is not linked.'],
    shown: 1,
  },
  { name: 'relative link', json: doc({ ...good, url: '/projects/p1' }), expected: ['projects[0].url: "/projects/p1" is not a web address.'], shown: 1 },
  { name: 'link is a number', json: doc({ ...good, url: 42 }), expected: ['projects[0].url: 42 is not a string.'], shown: 1 },
  {
    name: 'unknown status',
    json: doc({ ...good, status: 'finished' }),
    expected: ['projects[0].status: "finished" is not a status (planned, ongoing, completed, suspended, cancelled).'],
    shown: 1,
  },
  {
    name: 'very long bad value is shortened',
    json: doc({ ...good, start: 'x'.repeat(500) }),
    expected: [`projects[0].start: "${'x'.repeat(60)}…" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).`],
    shown: 0,
  },
  { name: 'bare array with a bad item', json: JSON.stringify([good, { id: 'p2', title: 't' }]), expected: ['[1].start: required, but missing.'], shown: 1 },
];

describe('parseProjectsJson: the bad-input corpus', () => {
  it(`has at least 30 cases (${corpus.length})`, () => {
    expect(corpus.length).to.be.at.least(30);
  });

  for (const { name, json, expected, shown } of corpus) {
    it(name, () => {
      const model = parseProjectsJson(json);
      expect(messages(model)).to.deep.equal(expected);
      expect(model.projects.length, 'projects still shown').to.equal(shown);
    });
  }

  it('says the same things in Georgian, with the path as written', () => {
    const model = parseProjectsJson(doc(good, good, good, { ...good, id: 'p4', start: '2023-13-01' }));
    const georgian = renderInLocale('ka', () => model.issues.map(describeIssue));
    expect(georgian[2]).to.equal('projects[3].start: "2023-13-01" არ არის თარიღი (YYYY-MM-DD, YYYY-MM ან YYYY).');
    expect(renderInLocale('ka', () => parseProjectsJson('{').issues.map(describeIssue))).to.deep.equal(['მონაცემები არ არის სწორი JSON (სტრიქონი 1, სვეტი 2).']);
  });

  it('marks whole-document failures as fatal, and only those', () => {
    expect(isFatal(parseProjectsJson('[]'))).to.equal(false);
    expect(isFatal(parseProjectsJson('{"projects": 1}'))).to.equal(true);
    expect(isFatal(parseProjectsJson(doc({})))).to.equal(false);
  });

  it('stamps each issue with the id of the project it is in', () => {
    const model = parseProjectsJson(doc({ ...good, id: 'bad-url', url: 'ftp://x' }, { id: 'no-start', title: 't' }));
    expect(model.issues.map((issue) => [issue.projectId, issue.dropped])).to.deep.equal([
      ['bad-url', 'field'],
      ['no-start', 'project'],
    ]);
  });
});

describe('parseProjects: normalising good data', () => {
  it('reads plain strings in the document language, and maps of languages', () => {
    const model = parseProjects({ lang: 'en', projects: [{ ...good, title: 'Title', goal: { KA: 'მიზანი', en: 'Goal' } }] });
    expect(model.projects[0]!.title).to.deep.equal({ en: 'Title' });
    expect(model.projects[0]!.goal).to.deep.equal({ ka: 'მიზანი', en: 'Goal' });
  });

  it('defaults the document language to Georgian, also for a bare array', () => {
    expect(parseProjects([good]).projects[0]!.title).to.deep.equal({ ka: 'სათაური' });
    expect(parseProjects([good]).lang).to.equal('ka');
  });

  it('keeps partial dates at their precision, and null end as open-ended', () => {
    const project = parseProjects([{ ...good, start: '2023-08', end: null }]).projects[0]!;
    expect(project.start).to.deep.equal({ year: 2023, month: 8, iso: '2023-08' });
    expect(project.end).to.equal(undefined);
  });

  it('normalises texts to NFC and trims them', () => {
    // "ά" written as alpha + combining acute becomes one code point.
    const project = parseProjects([{ ...good, title: '  \u03b1\u0301 ' }]).projects[0]!;
    expect(project.title.ka).to.equal('\u03ac');
  });

  it('drops NUL characters before normalising, so what they separated composes', () => {
    const project = parseProjects([{ ...good, title: 'a\0\u0301', goal: { en: 'x\0y' } }]).projects[0]!;
    expect(project.title.ka).to.equal('\u00e1');
    expect(project.goal!.en).to.equal('xy');
  });

  it('serialises accepted links as the URL parser does, so the checked string is the rendered one', () => {
    const project = parseProjects([{ ...good, url: ' HTTPS://Example.ORG/a b ' }]).projects[0]!;
    expect(project.url).to.equal('https://example.org/a%20b');
  });

  it('never throws, whatever the value', () => {
    const cyclic: Record<string, unknown> = { id: 'x', title: 't', start: '2020' };
    cyclic.goal = cyclic;
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    for (const value of [undefined, NaN, Symbol('x'), () => 1, cyclic, [cyclic], { projects: [deep] }, deep]) {
      expect(() => parseProjects(value)).not.to.throw();
    }
    expect(() => parseProjectsJson('['.repeat(100_000))).not.to.throw();
  });
});

describe('the bundled WISG data', () => {
  let model: ProjectsModel;
  before(async () => {
    model = parseProjectsJson(await (await fetch('/data/wisg-projects.json')).text());
  });

  it('has all nine projects of the source page, without a single issue', () => {
    expect(model.issues).to.deep.equal([]);
    expect(model.projects.map((project) => project.id)).to.deep.equal([
      'un-joint-programme-gender-equality',
      'intersectional-feminist-dialogue-queer-academia',
      'queer-legal-aid-trans-policy',
      'rfsl-2022-24',
      'lbti-rights-evidence-based-research',
      'intersectional-queer-feminist-movement',
      'lbti-community-georgia',
      'lgbtqi-visibility-communication',
      'gbv-dv-georgia',
    ]);
  });

  it('has every title, goal and activity in Georgian and English', () => {
    for (const project of model.projects) {
      expect(Object.keys(project.title).sort(), project.id).to.deep.equal(['en', 'ka']);
      expect(Object.keys(project.goal ?? {}).sort(), project.id).to.deep.equal(['en', 'ka']);
      const walk = (activities: typeof project.activities): void =>
        activities.forEach((activity) => {
          expect(Object.keys(activity.text).sort(), project.id).to.deep.equal(['en', 'ka']);
          walk(activity.items);
        });
      walk(project.activities);
    }
  });

  it('keeps the page’s periods, the one sub-list and the five implementers', () => {
    const byId = new Map(model.projects.map((project) => [project.id, project]));
    expect([byId.get('un-joint-programme-gender-equality')!.start.iso, byId.get('un-joint-programme-gender-equality')!.end!.iso]).to.deep.equal(['2023-08-24', '2026-12-24']);
    expect(byId.get('rfsl-2022-24')!.title).to.deep.equal({ ka: 'RFSL 2022-24', en: 'RFSL 2022-24' });
    const forum = byId.get('intersectional-feminist-dialogue-queer-academia')!.activities[0]!;
    expect(forum.items).to.have.length(2);
    expect(byId.get('gbv-dv-georgia')!.implementers.map((organisation) => organisation.name.en)).to.have.length(5);
    expect(byId.get('gbv-dv-georgia')!.implementers[1]!.name.ka).to.contain('ქალთა ინიციატივების მხარდამჭერი ჯგუფი');
  });
});
