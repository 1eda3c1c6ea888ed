import { expect } from '@open-wc/testing';
import { parseProjectsCsv } from '../../src/data/parse-data.js';
import { parseProjectsJson } from '../../src/data/parse.js';
import { projectsToCsv } from '../../src/data/csv-write.js';
import { columnLetter, sheetDate, slug, splitSheet } from '../../src/data/csv.js';
import type { ProjectsModel } from '../../src/data/types.js';
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
