/**
 * The spreadsheet and IATI readers on hostile input (issue 13), as fuzz.test.ts and xss.test.ts do
 * for JSON: fast-check finds no text that makes them throw or give an invalid model, a cell's or a
 * narrative's text reads back as that text (data, never markup), and the XSS corpus in every CSV
 * cell and every IATI narrative, pasted into widgets, runs nothing, shows as text and links
 * nothing but http(s).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePartialDate } from '../../../src/data/dates.js';
import { parseProjectsCsv, parseProjectsIati } from '../../../src/data/parse-data.js';
import type { DataIssue, LocalizedText, ProjectsModel } from '../../../src/data/types.js';
import { problems } from '../../../src/chunks/problems.js';
import * as readers from '../../../src/chunks/readers.js';
import { useReaders } from '../../../src/loading/readers.js';
import { renderInLocale } from '../../../src/localize/msg.js';
import { describeIssue } from '../../../src/localize/phrases.js';
import { useProblems } from '../../../src/localize/problems.js';
import { PAYLOADS, visibleCharacters } from './xss-payloads.js';
import { attach, create, recordEvents, nextSettled, type Tag } from './support.js';
import { chunks, expectInert, expectNoRicherThan, markupOf, readable, settle, watchHostileInput } from './inert.js';

// The wording, as if both chunks had been loaded (the widgets below load them themselves).
useProblems(problems);
useReaders(readers);

const ISSUE_CODES = new Set(
  'no-data not-json not-a-document projects-not-a-list bad-language not-an-object missing not-a-string empty not-a-text bad-language-tag not-a-date end-before-start duplicate-id not-a-list not-a-url unsafe-url bad-status too-deep no-column unclosed-quote not-xml not-iati no-activity-for-organisation'.split(
    ' ',
  ),
);

function expectText(text: LocalizedText, where: string) {
  expect(Object.keys(text).length, `${where}: a text in some language`).to.be.greaterThan(0);
  for (const [tag, value] of Object.entries(text)) {
    expect(tag, where).to.match(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/);
    expect(value, where).to.be.a('string');
    expect(value.trim(), `${where}: trimmed`).to.equal(value);
    expect(value, `${where}: not blank`).not.to.equal('');
  }
}

/** What every widget relies on: valid projects, or issues that say in words, in ka and en, what is wrong and where. */
function expectValidModel(model: ProjectsModel) {
  const ids = new Set<string>();
  for (const project of model.projects) {
    expect(project.id.trim(), 'id trimmed').to.equal(project.id);
    expect(project.id, 'id').not.to.equal('');
    expect(ids.has(project.id), `unique id ${project.id}`).to.equal(false);
    ids.add(project.id);
    expectText(project.title, `${project.id}.title`);
    if (project.goal) expectText(project.goal, `${project.id}.goal`);
    expect(parsePartialDate(project.start.iso), `${project.id}.start`).to.deep.equal(project.start);
    for (const org of [...project.implementers, ...project.funders]) {
      expectText(org.name, `${project.id}: an organisation`);
      if (org.url) expect(['http:', 'https:']).to.include(new URL(org.url).protocol);
    }
    if (project.url) expect(['http:', 'https:']).to.include(new URL(project.url).protocol);
  }
  for (const issue of model.issues) expectClearIssue(issue);
}

function expectClearIssue(issue: DataIssue) {
  expect(ISSUE_CODES.has(issue.code), `issue code ${issue.code}`).to.equal(true);
  for (const locale of ['en', 'ka'] as const) {
    const text = renderInLocale(locale, () => describeIssue(issue));
    expect(text.trim().length, `${issue.code} in ${locale}`).to.be.greaterThan(3);
    expect(text, `${issue.code} in ${locale}: worded, not a code`).not.to.equal(issue.code);
    expect(text).not.to.match(/\[object Object\]|\bNaN\b|\bundefined\b/);
  }
}

// ---------------------------------------------------------------------------
// Arbitraries: texts from several scripts and the characters that matter to CSV and XML.

const letters = fc.constantFrom(...'abcXYZ ქართულიპროექტ ᲥᲐᲠᲗᲣᲚᲘ \t\n\r\u0301\u00e9\u200b\u202e\0İıΣσ<>&"\'$`{},;|-•=@/.:'.split(''));
const text = fc.string({ unit: letters, maxLength: 30 });
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 }));

/** A cell as RFC 4180 writes one that needs it: in quotes, its quotes doubled. */
const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSV_PIECES = [
  'id',
  'title',
  'start',
  'title_en',
  'სათაური',
  'დაწყება',
  'sep=;',
  '2023-01-01',
  '31.02.2023',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r\n',
  '\n',
  '\r',
  '\uFEFF',
  "'=",
  ' | https://x.org',
  'javascript:alert(1)',
  '- ',
];
const XML_PIECES = [
  '<iati-activities>',
  '</iati-activities>',
  '<iati-activity xml:lang="ka">',
  '</iati-activity>',
  '<iati-identifier>',
  '</iati-identifier>',
  '<title>',
  '</title>',
  '<narrative xml:lang="en">',
  '</narrative>',
  '<description type="1">',
  '</description>',
  '<activity-date type="2" iso-date="2020-01-01"/>',
  '<activity-status code="2"/>',
  '<participating-org role="4" ref="X">',
  '</participating-org>',
  '<document-link url="javascript:alert(1)"><category code="A12"/></document-link>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE x [<!ENTITY e "&#60;script&#62;">]>',
  '&e;',
  '&amp;',
  '&#x3c;',
  '&#0;',
  '&bogus;',
  '<?xml version="1.0"?>',
  '<',
  '>',
  '"',
  '/',
];
const csvish = fc.array(fc.oneof(fc.constantFrom(...CSV_PIECES), text), { maxLength: 40 }).map((parts) => parts.join(''));
const xmlish = fc.array(fc.oneof(fc.constantFrom(...XML_PIECES), text), { maxLength: 40 }).map((parts) => parts.join(''));

describe('the CSV reader, property-based', () => {
  it('any text as a sheet: a valid model or clear issues, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, csvish), (sheet) => expectValidModel(parseProjectsCsv(sheet))),
      { numRuns: 500 },
    );
  });

  it('rows of any texts, in any delimiter: each title and goal reads back as the text in its cell, never as markup', () => {
    // A cell that starts with ' (or '', …) and = + - @ has Excel's text mark, taken off (csv-write.ts writes it).
    const row = fc.record({ title: text.map((t) => `a${t}`), goal: text.filter((t) => !/^'+[=+\-@]/.test(t)) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\r\n', '\n'), (rows, delimiter, newline) => {
        const sheet = [['title_en', 'start', 'goal_en'].join(delimiter), ...rows.map(({ title, goal }) => [quoted(title), '2020', quoted(goal)].join(delimiter))].join(newline);
        const model = parseProjectsCsv(sheet);
        expectValidModel(model);
        expect(model.projects.length, sheet).to.equal(rows.length);
        model.projects.forEach((project, i) => {
          expect(visibleCharacters(project.title.en!), sheet).to.equal(visibleCharacters(rows[i]!.title.replace(/\0/g, '')));
          expect(visibleCharacters(project.goal?.en ?? ''), sheet).to.equal(visibleCharacters(rows[i]!.goal.replace(/\0/g, '')));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the IATI reader, property-based', () => {
  it('any text as XML: a valid model or clear issues, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, xmlish), (xml) => expectValidModel(parseProjectsIati(xml))),
      { numRuns: 500 },
    );
  });

  it('narratives of any text, escaped or in CDATA: read back as that text, never as markup', () => {
    const narrative = text.map((t) => `a${t.replace(/\0/g, '')}`);
    fc.assert(
      fc.property(fc.array(fc.record({ title: narrative, goal: narrative, cdata: fc.boolean() }), { minLength: 1, maxLength: 5 }), (activities) => {
        const wrap = (value: string, cdata: boolean) => (cdata ? `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : escapeXml(value));
        const xml = `<iati-activities version="2.03">${activities
          .map(
            ({ title, goal, cdata }, i) =>
              `<iati-activity><iati-identifier>XM-${i}</iati-identifier><title><narrative xml:lang="en">${wrap(title, cdata)}</narrative></title><description type="2"><narrative xml:lang="en">${wrap(goal, cdata)}</narrative></description><activity-date type="2" iso-date="2020-01-01"/></iati-activity>`,
          )
          .join('')}</iati-activities>`;
        const model = parseProjectsIati(xml);
        expectValidModel(model);
        expect(model.projects.length, xml).to.equal(activities.length);
        model.projects.forEach((project, i) => {
          expect(visibleCharacters(project.title.en!), xml).to.equal(visibleCharacters(activities[i]!.title));
          expect(visibleCharacters(project.goal?.en ?? ''), xml).to.equal(visibleCharacters(activities[i]!.goal));
        });
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// The XSS corpus through sheets and IATI files, pasted into widgets

const SAFE_URL = 'https://example.org/project';
const HEADER = 'id,title_ka,title_en,start,end,status,goal_ka,goal_en,activities_ka,activities_en,implementers_ka,implementers_en,funders_ka,funders_en,url';

/** One sheet row with `value` in every text cell (goal twice, as paragraphs), `url` in each address. */
const sheetRow = (id: string, value: string, url: string) =>
  [id, value, value, '01.01.2020', '30.06.2021', 'completed', value, `${value}\n\n${value}`, value, `${value}\n- ${value}`, `${value} | ${url}`, value, value, `${value} | ${url}`, url]
    .map(quoted)
    .join(',');
const sheet = (rows: string[]) => `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`;

/** One activity with `value` in every narrative (title, both descriptions, both organisations) and `url` as its page. */
const iatiActivity = (id: string, value: string, url: string) => {
  const narrative = (lang: string) => `<narrative xml:lang="${lang}">${escapeXml(value)}</narrative>`;
  return `<iati-activity><iati-identifier>${escapeXml(id)}</iati-identifier><title>${narrative('ka')}${narrative('en')}</title><description type="2">${narrative('en')}</description><description type="1">${narrative('en')}${narrative('ka')}</description><activity-status code="3"/><activity-date type="2" iso-date="2020-01-01"/><activity-date type="4" iso-date="2021-06-30"/><participating-org role="1" ref="${escapeXml(value)}">${narrative('en')}</participating-org><participating-org role="4">${narrative('en')}</participating-org><document-link url="${escapeXml(url)}" format="text/html"><category code="A12"/></document-link></iati-activity>`;
};
const iati = (activities: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" xml:lang="en">${activities.join('')}</iati-activities>`;

/** A widget with a pasted sheet (`text/csv`) or IATI file (`application/xml`) child, as an editor pastes one. */
function pasted(tag: Tag, type: 'text/csv' | 'application/xml', content: string, attributes: Record<string, string> = {}) {
  const element = create(tag, attributes);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = content;
  element.append(script);
  return element;
}

/** Connects the widgets and waits until each has read its data (the readers load on first use) and rendered. */
async function show(elements: Element[]): Promise<void> {
  const events = elements.map((element) => recordEvents(element));
  elements.forEach((element) => attach(element));
  for (const [i, list] of events.entries()) {
    const settled = await nextSettled(list, 0, `widget ${i} did not read its data`);
    expect(settled.type === 'wisg-load' || settled.detail.kind === 'data', `widget ${i}: ${JSON.stringify(settled.detail).slice(0, 200)}`).to.equal(true);
  }
  await settle(elements);
}

describe('hostile sheets and IATI files in the widgets', () => {
  const { expectNothingRan } = watchHostileInput();

  before(() => expect(PAYLOADS.length, 'corpus size').to.be.at.least(100));

  const formats = [
    { name: 'a pasted CSV sheet, every cell', type: 'text/csv', file: sheet, row: sheetRow },
    { name: 'a pasted IATI file, every narrative', type: 'application/xml', file: iati, row: iatiActivity },
  ] as const;

  for (const format of formats) {
    it(`<wisg-project-card expanded>, ${format.name}: one payload per card, nothing runs, title and goal show the payload as text, nothing unsafe is linked`, async () => {
      const plain = [pasted('wisg-project-card', format.type, format.file([format.row('plain-0', 'Plain text', SAFE_URL)]), { expanded: '' })];
      plain.push(pasted('wisg-project-card', format.type, format.file([format.row('plain-1', 'Plain text', 'javascript:void 0')]), { expanded: '' }));
      const cards = PAYLOADS.map((payload, i) => pasted('wisg-project-card', format.type, format.file([format.row(`xss-${i}`, payload.text, payload.text)]), { expanded: '' }));
      await show([...plain, ...cards]);
      const plainMarkup = markupOf(plain[0]!);
      for (const name of ['tags', 'attributes'] as const) markupOf(plain[1]!)[name].forEach((value) => plainMarkup[name].add(value));
      expect(plainMarkup.tags.has('a'), 'the plain card links its project').to.equal(true);
      expect(readable(plain[0]!.shadowRoot!), 'the plain card shows its title').to.contain('Plaintext');
      let shown = 0;
      PAYLOADS.forEach((payload, i) => {
        const card = cards[i]!;
        const context = `${format.type} card, ${payload.category} #${i} ${JSON.stringify(payload.text.slice(0, 60))}`;
        expectInert(card, context);
        expectNoRicherThan(markupOf(card), plainMarkup, context);
        const title = card.shadowRoot!.querySelector('[part~="title"]');
        // A payload that is only white space leaves the row without a title: reported, not shown.
        if (visibleCharacters(payload.text) === '') return;
        expect(title, `${context}: the title`).to.exist;
        shown++;
        for (const part of ['title', 'goal'])
          expect(readable(card.shadowRoot!.querySelector(`[part~="${part}"]`)!), `${context}: the ${part} shows the payload as text`).to.contain(visibleCharacters(payload.text));
      });
      expect(shown, 'cards that showed their payload').to.be.greaterThan(PAYLOADS.length - 5);
      expectNothingRan();
    });

    for (const tag of ['wisg-project-list', 'wisg-timeline'] as const)
      it(`<${tag}>, ${format.name}: ten payloads per element, nothing runs, the titles show as text, nothing unsafe is linked`, async () => {
        const plain = pasted(tag, format.type, format.file(Array.from({ length: 10 }, (_, i) => format.row(`plain-${i}`, 'Plain text', i % 2 ? 'javascript:void 0' : SAFE_URL))));
        const groups = chunks(PAYLOADS, 10);
        const elements = groups.map((group, g) => pasted(tag, format.type, format.file(group.map((payload, i) => format.row(`xss-${g}-${i}`, payload.text, payload.text)))));
        await show([plain, ...elements]);
        const plainMarkup = markupOf(plain);
        groups.forEach((group, g) => {
          const element = elements[g]!;
          const context = `<${tag}> ${format.type} group ${g}`;
          expectInert(element, context);
          expectNoRicherThan(markupOf(element), plainMarkup, context);
          const shown = readable(element.shadowRoot!);
          for (const payload of group) expect(shown, `${context}: the title ${JSON.stringify(payload.text.slice(0, 60))} shows as text`).to.contain(visibleCharacters(payload.text));
        });
        expectNothingRan();
      });
  }
});
