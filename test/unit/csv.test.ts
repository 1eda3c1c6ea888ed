import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseProjectsCsv } from '../../src/data/parse-data.js';
import { parseProjectsJson } from '../../src/data/parse.js';
import { projectsToCsv } from '../../src/data/csv-write.js';
import { columnLetter, sheetDate, splitSheet } from '../../src/data/csv.js';
import { slug } from '../../src/data/made-ids.js';
import { PROJECT_STATUSES, type ProjectsModel } from '../../src/data/types.js';
import { renderInLocale } from '../../src/localize/msg.js';
import { describeIssue } from '../../src/localize/phrases.js';
import { problems } from '../../src/chunks/problems.js';
import { useProblems } from '../../src/localize/problems.js';
import * as readers from '../../src/chunks/readers.js';
import { useReaders } from '../../src/loading/readers.js';

// The problems' wording, as if its lazy chunk had been loaded (src/localize/problems.ts).
useProblems(problems);

// The readers' wording comes with their chunk; the widgets have it once they have loaded it.
useReaders(readers);

const fixture = async (name: string) => (await fetch(`/test/fixtures/csv/${name}`)).text();
const messages = (model: ProjectsModel, locale: 'en' | 'ka' = 'en') => renderInLocale(locale, () => model.issues.map(describeIssue));

let wisg: ProjectsModel;
before(async () => {
  wisg = parseProjectsJson(await (await fetch('/data/wisg-projects.json')).text());
});

describe('CSV exported by LibreOffice Calc (test/fixtures/csv, made by soffice --convert-to csv)', () => {
  for (const [file, delimiter] of [
    ['libreoffice-comma.csv', ','],
    ['libreoffice-semicolon.csv', ';'],
    ['libreoffice-tab.tsv', '\t'],
    ['libreoffice-from-xlsx.csv', ','],
  ] as const) {
    it(`${file}: WISG's nine projects, exactly as the JSON has them, with the delimiter detected`, async () => {
      const text = await fixture(file);
      expect(splitSheet(text).delimiter).to.equal(delimiter);
      const model = parseProjectsCsv(text);
      expect(messages(model)).to.deep.equal([]);
      expect(model.projects).to.deep.equal(wisg.projects);
    });
  }

  for (const [file, form] of [
    ['libreoffice-ka-GE-dates.csv', '24/08/23 (ka-GE: DD/MM/YY)'],
    ['libreoffice-de-DE-dates.csv', '24.08.23 (de-DE: DD.MM.YY)'],
    ['libreoffice-en-US-dates.csv', '08/24/23 (en-US: MM/DD/YY)'],
  ] as const) {
    it(`${file}: dates as the locale shows them, ${form}, are the same days`, async () => {
      const text = await fixture(file);
      expect(text).to.include(form.split(' ')[0]!);
      const model = parseProjectsCsv(text);
      expect(messages(model)).to.deep.equal([]);
      expect(model.projects.map((project) => [project.start.iso, project.end?.iso])).to.deep.equal(wisg.projects.map((project) => [project.start.iso, project.end?.iso]));
    });
  }
});

describe('CSV as Excel and Google Sheets write it (their documented dialects)', () => {
  let comma: string;
  before(async () => {
    comma = await fixture('libreoffice-comma.csv');
  });
  const rowsOf = (text: string) => text.replace(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\r\n');

  it('Excel "CSV UTF-8": a BOM, CRLF between rows, LF inside cells', () => {
    const excel = `\uFEFF${rowsOf(comma)}`;
    expect(excel).to.include('\r\n');
    expect(parseProjectsCsv(excel).projects).to.deep.equal(wisg.projects);
  });

  it('Excel in a European locale: ";" between cells, and the "sep=;" line Excel reads', async () => {
    const semicolon = rowsOf(await fixture('libreoffice-semicolon.csv'));
    expect(parseProjectsCsv(`\uFEFF${semicolon}`).projects).to.deep.equal(wisg.projects);
    expect(parseProjectsCsv(`sep=;\r\n${semicolon}`).projects).to.deep.equal(wisg.projects);
  });

  it('Excel for Mac "CSV (Macintosh)": CR alone between rows', () => {
    const mac = comma.replace(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\r');
    expect(parseProjectsCsv(mac).projects).to.deep.equal(wisg.projects);
  });

  it('Google Sheets "Publish to the web → CSV": no BOM, CRLF rows, quotes only where needed', () => {
    const google = rowsOf(comma);
    expect(google.charCodeAt(0)).to.not.equal(0xfeff);
    expect(parseProjectsCsv(google).projects).to.deep.equal(wisg.projects);
  });

  it('empty trailing rows and columns, as a sheet with stray formatting exports them', () => {
    const padded = `${rowsOf(comma).replace(/\r\n/g, ',,,\r\n')}\r\n,,,\r\n,,,\r\n`;
    const model = parseProjectsCsv(padded);
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects).to.deep.equal(wisg.projects);
  });
});

describe('CSV: the columns', () => {
  it('Georgian headers (the glossary words) in any case, including Mtavruli, and in any order; unknown columns ignored', () => {
    const csv =
      'შენიშვნა,ᲡᲐᲗᲐᲣᲠᲘ,დაწყება,დასრულება,სტატუსი,პროექტის მიზანი,აქტივობები,განმახორციელებელი,დონორები,ბმული\n' +
      'შიდა,ფემინისტური ფორუმი,2023-04-01,2023-11-30,დასრულებული,ფორუმის მიზანი,პირველი,WISG | https://wisg.org,ფონდი,https://example.org/forum\n';
    const model = parseProjectsCsv(csv);
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects[0]).to.deep.equal({
      id: 'peministuri-porumi',
      title: { ka: 'ფემინისტური ფორუმი' },
      start: { year: 2023, month: 4, day: 1, iso: '2023-04-01' },
      end: { year: 2023, month: 11, day: 30, iso: '2023-11-30' },
      status: 'completed',
      goal: { ka: 'ფორუმის მიზანი' },
      activities: [{ text: { ka: 'პირველი' }, items: [] }],
      implementers: [{ name: { ka: 'WISG' }, url: 'https://wisg.org/' }],
      funders: [{ name: { ka: 'ფონდი' } }],
      url: 'https://example.org/forum',
    });
  });

  it('language suffixes (title_ka, Title (en), goal-en); a bare name is in the document’s language', () => {
    const csv = 'Title,Title (en),start,goal-en,GOAL_KA\nფორუმი,Forum,2023,The aim,მიზანი\n';
    expect(parseProjectsCsv(csv).projects[0]).to.deep.include({ title: { ka: 'ფორუმი', en: 'Forum' }, goal: { en: 'The aim', ka: 'მიზანი' } });
    expect(parseProjectsCsv('title,start\nForum,2023\n', { lang: 'en' }).projects[0]!.title).to.deep.equal({ en: 'Forum' });
  });

  it('a title row and notes above the header row are skipped', () => {
    const csv = 'WISG projects 2024,,\nKept by the office,,\n\nid,title,start\na,A,2023\n';
    const model = parseProjectsCsv(csv);
    expect(model.projects.map((project) => project.id)).to.deep.equal(['a']);
  });

  it('ids made from titles are stable and unique: Georgian romanised, repeats numbered, explicit ids kept', () => {
    const csv = 'id,title,start\n,ქალთა ფორუმი,2023\n,ქალთა ფორუმი,2024\nkalta-porumi-3,Other,2024\n,ქალთა ფორუმი,2025\n,Çà et là!,2025\n';
    expect(parseProjectsCsv(csv).projects.map((project) => project.id)).to.deep.equal(['kalta-porumi', 'kalta-porumi-2', 'kalta-porumi-3', 'kalta-porumi-4', 'ca-et-la']);
    expect(slug('ფემინისტური ფორუმი 2023')).to.equal('peministuri-porumi-2023');
  });

  it('column letters go past Z', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetter)).to.deep.equal(['A', 'D', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('CSV: cells that hold many things', () => {
  it('activities: one per line; lines starting with -, •, – or an indent are sub-items, nested by indent', () => {
    const cell = 'Annual planning\n- workshop\n• meeting\n  - with partners\nTraining\n    indented note\n\n';
    const model = parseProjectsCsv(`title,start,activities\nA,2023,"${cell}"\n`);
    expect(model.projects[0]!.activities).to.deep.equal([
      {
        text: { ka: 'Annual planning' },
        items: [
          { text: { ka: 'workshop' }, items: [] },
          { text: { ka: 'meeting' }, items: [{ text: { ka: 'with partners' }, items: [] }] },
        ],
      },
      { text: { ka: 'Training' }, items: [{ text: { ka: 'indented note' }, items: [] }] },
    ]);
  });

  it('activities: a "|" line keeps the place of one not written in this language, its sub-items under it', () => {
    const model = parseProjectsCsv('title,start,activities_ka,activities_en\nA,2023,"ერთი\n|\n- ქვე\nსამი","One\nTwo\n- Sub\n\nThree"\n');
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects[0]!.activities).to.deep.equal([
      { text: { ka: 'ერთი', en: 'One' }, items: [] },
      { text: { en: 'Two' }, items: [{ text: { ka: 'ქვე', en: 'Sub' }, items: [] }] },
      { text: { ka: 'სამი', en: 'Three' }, items: [] },
    ]);
  });

  it('activities in two languages are joined line by line', () => {
    const model = parseProjectsCsv('title,start,activities_ka,activities_en\nA,2023,"ერთი\n- ქვე","One\n- Sub"\n');
    expect(model.projects[0]!.activities).to.deep.equal([{ text: { ka: 'ერთი', en: 'One' }, items: [{ text: { ka: 'ქვე', en: 'Sub' }, items: [] }] }]);
  });

  it('implementers and funders: one per line, "Name | https://…"', () => {
    const model = parseProjectsCsv('title,start,implementers_en,implementers_ka,funders\nA,2023,"WISG | https://wisg.org\nPartner","ვისგ\nპარტნიორი",RFSL | http://rfsl.se\n');
    expect(model.projects[0]).to.deep.include({
      implementers: [{ name: { en: 'WISG', ka: 'ვისგ' }, url: 'https://wisg.org/' }, { name: { en: 'Partner', ka: 'პარტნიორი' } }],
      funders: [{ name: { ka: 'RFSL' }, url: 'http://rfsl.se/' }],
    });
  });

  it('organisations as a person types them: blank lines are stray (skipped), a "|" line keeps the place of a name not given', () => {
    const model = parseProjectsCsv('title,start,implementers_ka,implementers_en\n' + 'A,2023,"\nვისგ | https://wisg.org\n\n|\n\nპარტნიორი\n","WISG\n\nTolerance Centre\nPartner\n\n"\n');
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects[0]!.implementers).to.deep.equal([
      { name: { ka: 'ვისგ', en: 'WISG' }, url: 'https://wisg.org/' },
      { name: { en: 'Tolerance Centre' } },
      { name: { ka: 'პარტნიორი', en: 'Partner' } },
    ]);
  });

  it('a bar in a name or in an address: the address is what follows the first bar that "http(s)://" follows to the end of the line', () => {
    const model = parseProjectsCsv('title,start,funders\nA,2023,"Mama Cash|https://mamacash.org/a|b\nX | Y | https://x.org\nZ | example.org"\n');
    expect(model.projects[0]!.funders).to.deep.equal([
      // (Chromium writes the bar in the address as %7C, as the JSON reader does too.)
      { name: { ka: 'Mama Cash' }, url: new URL('https://mamacash.org/a|b').href },
      { name: { ka: 'X | Y' }, url: 'https://x.org/' },
      { name: { ka: 'Z' } },
    ]);
    // Without "http(s)://", what follows the last bar is still meant as the address, and is reported.
    expect(messages(model)).to.deep.equal(['Row 2 (cell C2), column “funders”: “example.org” is not a web address.']);
  });

  it('a line separator (U+2028, a soft line break pasted from Word) in a list cell is text, not a failure', () => {
    const model = parseProjectsCsv('title,start,activities\nA,2023,"one\u2028two\n- sub\u2029item"\n');
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects[0]!.activities).to.deep.equal([{ text: { ka: 'one\u2028two' }, items: [{ text: { ka: 'sub\u2029item' }, items: [] }] }]);
  });

  it('quoted cells keep delimiters, line breaks and doubled quotes', () => {
    const sheet = splitSheet('a,"b, ""c""\r\nd",e\r\n');
    expect(sheet.rows).to.deep.equal([['a', 'b, "c"\nd', 'e']]);
  });
});

describe('CSV: dates as sheets hold them', () => {
  const cases: [string, string][] = [
    ['2023-08-24', '2023-08-24'],
    ['2023-08', '2023-08'],
    ['2023', '2023'],
    ['24.08.2023', '2023-08-24'],
    ['24/08/2023', '2023-08-24'],
    ['1.8.2023', '2023-08-01'],
    ['24.08.23', '2023-08-24'],
    ['08.2023', '2023-08'],
    ['2023/08/24', '2023-08-24'],
    ['2023-08-24 00:00:00', '2023-08-24'],
    ['31.02.2023', '31.02.2023'],
    ['24 August 2023', '24 August 2023'],
  ];
  for (const [cell, iso] of cases) it(`${cell} → ${iso}`, () => expect(sheetDate(cell)).to.equal(iso));

  it('D/M/Y is day first unless the sheet shows it is month first (a second number over 12, none first)', () => {
    expect(sheetDate('10/01/2023')).to.equal('2023-01-10');
    expect(sheetDate('10/01/2023', true)).to.equal('2023-10-01');
    expect(parseProjectsCsv('title,start,end\nA,10/01/2023,12/31/2023\n').projects[0]!.start.iso).to.equal('2023-10-01');
    expect(parseProjectsCsv('title,start,end\nA,10/01/2023,31/12/2023\n').projects[0]!.start.iso).to.equal('2023-01-10');
  });
});

describe('CSV: errors in the sheet’s own terms, through the same problem report', () => {
  const sheet = [
    'id,title,status,start,end,url',
    'a,First,,2023-01-01,,',
    'b,Second,,2023-02-01,2023-03-01,javascript:alert(1)',
    'c,Third,,31.02.2023,,',
    'd,,,2023-04-01,,',
    'e,Fifth,active,2023-05-01,,',
    'f,Sixth,,2023-05-01,2023-04-01,',
    'a,Seventh,,2023,,',
  ].join('\r\n');

  it('each problem names its row, cell and column; the good rows still show', () => {
    const model = parseProjectsCsv(sheet);
    expect(messages(model)).to.deep.equal([
      'Row 3 (cell F3), column “url”: “javascript:alert(1)” is not an http(s) address, so it is not linked.',
      'Row 4 (cell D4), column “start”: “31.02.2023” is not a date (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY).',
      'Row 5 (cell B5), column “title”: required, but missing.',
      'Row 6 (cell C6), column “status”: “active” is not a status (planned, ongoing, completed, suspended, cancelled).',
      'Row 7 (cell E7), column “end”: the end, “2023-04-01”, is before the start.',
      'Row 8 (cell A8), column “id”: “a” is already the id of an earlier project.',
    ]);
    expect(model.projects.map((project) => project.id)).to.deep.equal(['a', 'b', 'e']);
  });

  it('in Georgian', () => {
    expect(messages(parseProjectsCsv(sheet), 'ka').slice(0, 2)).to.deep.equal([
      'მწკრივი 3 (უჯრა F3), სვეტი „url“: „javascript:alert(1)“ არ არის http(s) მისამართი, ამიტომ ბმული არ იქმნება.',
      'მწკრივი 4 (უჯრა D4), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).',
    ]);
  });

  it('the header as the editor wrote it, Georgian too', () => {
    const model = parseProjectsCsv('სათაური,დაწყება\nA,13.13.2023\n');
    expect(messages(model, 'ka')).to.deep.equal(['მწკრივი 2 (უჯრა B2), სვეტი „დაწყება“: „13.13.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).']);
  });

  it('a sheet without a title or start column says so, and shows nothing', () => {
    expect(messages(parseProjectsCsv('name,date\nA,2023\n'))).to.deep.equal([
      'Row 1: The sheet has no “title” column. Its first row names the columns: id, title, start, end, status, goal, activities, implementers, funders, url.',
    ]);
    expect(messages(parseProjectsCsv('title,date\nA,2023\n'))[0]).to.match(/^Row 1: The sheet has no “start” column/);
    expect(messages(parseProjectsCsv(''))).to.deep.equal(['The data is empty.']);
    expect(messages(parseProjectsCsv('\uFEFF\r\n,,\r\n'))).to.deep.equal(['The data is empty.']);
  });

  it('a quote that never closes is reported at its cell; the rows before it still show', () => {
    const model = parseProjectsCsv('title,start,goal\nA,2023,fine\nB,2024,"never closed\nC,2025,x\n');
    expect(messages(model)).to.deep.equal(['Row 3 (cell C3), column “goal”: a quoted cell is not closed: everything after its opening quote was read into it.']);
    expect(model.projects.map((project) => project.id)).to.deep.equal(['a', 'b']);
  });
});

describe('CSV written from projects (convert --to csv)', () => {
  it('reads back to the same projects, with formulas kept as text', () => {
    const tricky = parseProjectsJson(
      JSON.stringify([{ id: '=cmd', title: { ka: '=HYPERLINK("x")', en: '+1, "quoted"\nline' }, start: '2023', activities: ['-5 °C', { text: 'a', items: ['b', { text: 'c', items: ['d'] }] }] }]),
    );
    const csv = projectsToCsv(tricky.projects);
    expect(csv).to.include("'=HYPERLINK");
    expect(parseProjectsCsv(csv).projects).to.deep.equal(tricky.projects);
  });
});

describe('CSV written from projects, property-based: JSON → CSV → JSON is the identity', () => {
  const LANGS = ['ka', 'en', 'de'] as const;
  // Texts with what a cell or a line can trip on: delimiters, quotes, bars, Excel's marks, line breaks.
  // No CR: a sheet has line ends, not CRs (the reader makes \r\n and \r into \n, as JSON text they would differ).
  const letters = fc.constantFrom(...'abc ქართ \t"\',;|-•=+@/:.<>&\u0301é'.split(''));
  const line = fc.string({ unit: letters, minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '');
  const text = fc.string({ unit: fc.oneof(letters, fc.constant('\n')), minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '');
  const someLanguages = fc.subarray([...LANGS], { minLength: 1 });
  const localized = <T>(value: fc.Arbitrary<T>) => someLanguages.chain((langs) => fc.tuple(...langs.map((lang) => value.map((v) => [lang, v] as const))).map(Object.fromEntries));
  const url = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    line.map((path) => `https://example.org/${path}`),
  );
  // An organisation's name is one line, an activity's too (in one language or several); an activity's text
  // does not start with a sub-item's marker, nor is it `|` alone (the mark of a text not given).
  const organisation = fc.record({ name: localized(line), url: fc.option(url, { nil: undefined }) }, { requiredKeys: ['name'] });
  const activityText = fc
    .string({ unit: fc.constantFrom(...'abc ქართ"\',;|=@-'.split('')), minLength: 1, maxLength: 10 })
    .filter((t) => t.trim() !== '' && t.trim() !== '|' && !t.trim().startsWith('-'));
  const activity = localized(activityText);
  const date = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(1, 2, 3));
  const iso = ([y, m, d, parts]: [number, number, number, number]) => [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-');
  const project = fc.record(
    {
      title: localized(text),
      start: date,
      length: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      status: fc.option(fc.constantFrom(...PROJECT_STATUSES), { nil: undefined }),
      goal: localized(text),
      activities: fc.array(fc.record({ text: activity, items: fc.array(fc.oneof(activity, fc.record({ text: activity, items: fc.array(activity, { maxLength: 2 }) })), { maxLength: 2 }) }), {
        maxLength: 3,
      }),
      implementers: fc.array(organisation, { maxLength: 4 }),
      funders: fc.array(organisation, { maxLength: 4 }),
      url,
    },
    { requiredKeys: ['title', 'start'] },
  );
  const json = (projects: (typeof project extends fc.Arbitrary<infer T> ? T : never)[]) =>
    JSON.stringify({
      lang: 'ka',
      projects: projects.map(({ start, length, ...rest }, i) => {
        const end = length === undefined ? undefined : new Date(Date.UTC(start[0], start[1] - 1, start[2]) + length * 86_400_000).toISOString().slice(0, 10);
        return { ...rest, id: `p${i}`, start: iso(start), ...(end ? { end } : {}) };
      }),
    });

  it('for any projects, in any delimiter: the same projects, and no problems', () => {
    let withOneLanguageOrganisation = 0;
    let withOneLanguageActivity = 0;
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t'), (projects, delimiter) => {
        const model = parseProjectsJson(json(projects));
        const csv = projectsToCsv(model.projects, { delimiter });
        const back = parseProjectsCsv(csv);
        expect(messages(back), csv).to.deep.equal([]);
        expect(back.projects, csv).to.deep.equal(model.projects);
        if (model.projects.some((p) => [...p.implementers, ...p.funders].some((org) => Object.keys(org.name).length === 1 && org.url))) withOneLanguageOrganisation++;
        if (model.projects.some((p) => p.activities.some((a) => Object.keys(a.text).length === 1) && p.activities.length > 1)) withOneLanguageActivity++;
      }),
      { numRuns: 300 },
    );
    // The case that lost addresses (a name in one language, an address) was really among them.
    expect(withOneLanguageOrganisation).to.be.greaterThan(20);
    expect(withOneLanguageActivity).to.be.greaterThan(20);
  });

  it("the bench's projects (bench/generate.mjs): a name in Georgian only, some with an address", () => {
    const projects = [
      { id: 'a', title: 'A', start: '2023', implementers: [{ name: 'ტოლერანტობის ცენტრი' }, { name: { ka: 'გაერო', en: 'UNDP' }, url: 'https://undp.org' }] },
      { id: 'c', title: 'C', start: '2023', activities: [{ ka: 'ა' }, { text: { en: 'Two' }, items: [{ ka: 'ქვე' }] }, { ka: 'გ', en: 'Three' }] },
      { id: 'b', title: { en: 'B' }, start: '2023', funders: [{ name: { en: 'RFSL' }, url: 'https://www.rfsl.se' }, { name: { ka: 'ფონდი' } }, { name: { ka: 'ა|ბ' } }] },
    ];
    const model = parseProjectsJson(JSON.stringify({ lang: 'ka', projects }));
    const csv = projectsToCsv(model.projects);
    // Each organisation is a line in each column: "|" where it has no name in that language, nor an address.
    expect(csv).to.include('"|\nUNDP | https://undp.org/"');
    expect(csv).to.include('" | https://www.rfsl.se/\nფონდი\nა|ბ |","RFSL | https://www.rfsl.se/\n|\n|"');
    expect(parseProjectsCsv(csv).projects).to.deep.equal(model.projects);
  });
});
