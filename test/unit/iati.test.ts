import { expect } from '@open-wc/testing';
import { parseProjectsIati } from '../../src/data/parse-data.js';
import { parseXml } from '../../src/data/xml.js';
import type { Project, ProjectsModel } from '../../src/data/types.js';
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

// Real files: the standard's own examples and real publishers' data (see test/fixtures/SOURCES.md).
const fixture = async (name: string) => (await fetch(`/test/fixtures/iati/${name}`)).text();
const messages = (model: ProjectsModel, locale: 'en' | 'ka' = 'en') => renderInLocale(locale, () => model.issues.map(describeIssue));
const byId = (model: ProjectsModel, id: string): Project => {
  const project = model.projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};

describe('IATI: the standard’s annotated example activity (IATI-Extra-Documentation)', () => {
  for (const version of ['2.03', '2.02', '2.01']) {
    it(`${version}: title narratives by xml:lang, actual start, planned end, status, funder by role 1`, async () => {
      const model = parseProjectsIati(await fixture(`example-annotated-${version}.xml`));
      expect(messages(model)).to.deep.equal([]);
      const project = model.projects[0]!;
      expect(project.id).to.equal('AA-AAA-123456789-ABC123');
      expect(project.title).to.deep.include({ en: 'Activity title', fr: "Titre de l'activité" });
      expect(project.start.iso, 'actual start (type 2), not planned (type 1: 2012-04-15)').to.equal('2012-04-28');
      expect(project.end?.iso, 'planned end (type 3): there is no actual end').to.equal('2015-12-31');
      expect(project.status, 'activity-status code 2').to.equal('ongoing');
      expect(project.goal?.en, 'description type 2').to.equal('Objectives for the activity, for example from a logical framework.');
      expect(project.activities[0]!.text.en, 'description type 1').to.match(/^General activity description text\./);
      expect(project.funders.map((org) => org.name.en)).to.deep.equal(['Name of Agency B']);
      expect(project.implementers, 'no participating-org with role 4 in the example').to.deep.equal([]);
    });
  }

  it('1.05: plain-text titles, start-actual / end-planned, role names, activity-website', async () => {
    const model = parseProjectsIati(await fixture('example-annotated-1.05.xml'));
    expect(messages(model)).to.deep.equal([]);
    expect(model.projects[0]).to.deep.include({
      id: 'AA-AAA-123456789-ABC123',
      title: { en: 'Activity title' },
      funders: [{ name: { en: 'Agency B' } }],
      implementers: [{ name: { en: 'Agency A' } }],
      url: 'http://www.example.com/en/activity/ABC123',
      status: 'ongoing',
    });
    expect(model.projects[0]!.start.iso).to.equal('2012-04-28');
  });
});

describe('IATI: real publishers’ files', () => {
  let dportal: string;
  before(async () => {
    dportal = await fixture('dportal-100-activities.xml');
  });

  it('100 activities from 20 publishers, versions 1.03–2.03 mixed: 93 shown, the 7 others reported by activity', () => {
    const model = parseProjectsIati(dportal);
    expect(model.projects).to.have.length(93);
    expect(messages(model)).to.deep.equal([
      'Activity 3 (XI-IATI-EC_DEVCO-2008/190-916), activity-date (end): the end, “2010-01-13”, is before the start.',
      'Activity 9 (XI-IATI-EC_DEVCO-2017/390-445), activity-date (end): the end, “2020-02-27”, is before the start.',
      'Activity 17 (US-501c3-522318905-SG-1120091252354), activity-date (start): required, but missing.',
      'Activity 89 (XI-IATI-EC_DEVCO-2014/350-907), activity-date (end): the end, “2016-11-22”, is before the start.',
      'Activity 90 (XI-IATI-EC_DEVCO-2015/354-153), activity-date (end): the end, “2017-07-11”, is before the start.',
      'Activity 91 (XI-IATI-EC_DEVCO-2015/353-430), activity-date (end): the end, “2017-09-26”, is before the start.',
      'Activity 92 (XI-IATI-EC_DEVCO-2016/375-162), activity-date (end): the end, “2017-02-10”, is before the start.',
    ]);
    expect(messages(model, 'ka')[2]).to.equal('აქტივობა 17 (US-501c3-522318905-SG-1120091252354), activity-date (start): სავალდებულოა, მაგრამ მითითებული არ არის.');
  });

  it('2.02 (Oxfam GB): narratives, start type 2, end type 3, roles 1 and 4', () => {
    const project = byId(parseProjectsIati(dportal), 'GB-CHC-202918-MLIB06');
    expect(project.title).to.deep.equal({ en: 'Response to the outbreak of the disease Ebola in Mali' });
    expect([project.start.iso, project.end?.iso, project.status]).to.deep.equal(['2014-11-28', '2015-07-31', 'ongoing']);
    expect(project.implementers).to.deep.equal([{ name: { en: 'Oxfam GB' } }]);
    expect(project.funders).to.deep.equal([{ name: { en: 'Oxfam GB' } }]);
  });

  it('1.03 (Norwegian Refugee Council): plain text, start-planned / end-planned, Funding / Implementing', () => {
    const project = byId(parseProjectsIati(dportal), 'NO-BRC-977538319_X9SM1403');
    expect([project.start.iso, project.end?.iso, project.status]).to.deep.equal(['2014-11-10', '2015-05-10', 'completed']);
    expect(project.funders).to.deep.equal([{ name: { en: 'DFID' } }]);
    expect(project.implementers).to.deep.equal([{ name: { en: 'NRC' } }]);
    expect(project.activities[0]!.text.en).to.match(/^The project aims to bring together information/);
  });

  it('document-link category A12 → the project page', () => {
    expect(byId(parseProjectsIati(dportal), 'XM-DAC-41122-Guinea-1770/A0/04/708/007').url).to.equal('http://www.unicef.org/infobycountry/guinea.html');
  });

  it('the organisation filter keeps the activities its ref reports or takes part in', () => {
    const oxfam = parseProjectsIati(dportal, { organisation: 'GB-CHC-202918' });
    expect(oxfam.projects.map((project) => project.id)).to.deep.equal(['GB-CHC-202918-MLIB06', 'GB-CHC-1062638-West-Africa-Ebola-2014']);
    expect(parseProjectsIati(dportal, { organisation: ' se-0 ' }).projects).to.have.length(8);
    // UNICEF reports 8 and takes part in 4 more (CERF's grants to it).
    expect(parseProjectsIati(dportal, { organisation: 'XM-DAC-41122' }).projects).to.have.length(12);
  });

  it('an organisation in no activity: a clear message, in both languages', () => {
    const model = parseProjectsIati(dportal, { organisation: 'GE-NOBODY' });
    expect(model.projects).to.deep.equal([]);
    expect(messages(model)).to.deep.equal(['No activity in the file is reported by the organisation “GE-NOBODY” or has it as a participant.']);
    expect(messages(model, 'ka')).to.deep.equal(['ფაილში არცერთ აქტივობას არ აქვეყნებს ორგანიზაცია „GE-NOBODY“ და არც მონაწილედ ჰყავს იგი.']);
  });

  it('OCHA (1.0, 287 activities, 1.6 MB): every one shown', async () => {
    const model = parseProjectsIati(await fixture('ocha-1.0.xml'));
    expect(model.projects).to.have.length(287);
    expect(messages(model)).to.deep.equal([]);
  });

  it('early 1.0 files: iso_date, type start/end, no iati-identifier (an id from the title), status names', async () => {
    const globalFund = parseProjectsIati(await fixture('globalfund-1.0.xml'));
    expect(globalFund.projects).to.have.length(7);
    expect(globalFund.projects[0]).to.deep.include({ id: 'national-response-to-hiv-aids-in-malawi', title: { en: 'National Response to HIV/AIDS in Malawi' } });
    expect(globalFund.projects[0]!.start.iso).to.equal('2003-10-01');
    const undp = parseProjectsIati(await fixture('undp-1.0.xml'));
    expect(messages(undp)).to.deep.equal(['Activity 1, activity-status: “Operationally Closed” is not a status (planned, ongoing, completed, suspended, cancelled).']);
    expect(undp.projects[0]!.implementers).to.deep.equal([{ name: { en: 'MLW-National Execution' } }]);
  });

  it('World Bank’s early file has no activity dates: each of its 16 activities says so', async () => {
    const model = parseProjectsIati(await fixture('worldbank-1.0.xml'));
    expect(model.projects).to.have.length(0);
    const shown = messages(model);
    expect(shown).to.have.length(16);
    expect(shown[0]).to.equal('Activity 1, activity-date (start): required, but missing.');
  });
});

describe('IATI: files that are not activity files', () => {
  it('broken XML says where it breaks', () => {
    expect(messages(parseProjectsIati('<iati-activities>\n  <iati-activity>\n  </iati-activty>\n</iati-activities>'))).to.deep.equal(['The data is not valid XML (line 3, column 3).']);
    expect(messages(parseProjectsIati('<iati-activities><title>A & B</title></iati-activities>'), 'ka')).to.deep.equal(['მონაცემები არ არის სწორი XML (სტრიქონი 1, სვეტი 27).']);
    expect(messages(parseProjectsIati('<iati-activities>'))).to.deep.equal(['The data is not valid XML (line 1, column 18).']);
  });

  it('another XML document names its root', () => {
    expect(messages(parseProjectsIati('<?xml version="1.0"?><iati-organisations version="2.03"/>'))).to.deep.equal([
      'This XML is not an IATI activity file: its root element is <iati-organisations>, not <iati-activities>.',
    ]);
  });

  it('one <iati-activity> on its own is read too', () => {
    const model = parseProjectsIati('<iati-activity><iati-identifier>X-1</iati-identifier><title><narrative>T</narrative></title><activity-date type="1" iso-date="2020-01-01"/></iati-activity>');
    expect(model.projects.map((project) => project.id)).to.deep.equal(['X-1']);
  });
});

describe('the XML reader', () => {
  it('entities, character references, CDATA, comments, a DOCTYPE (its entities never expanded)', () => {
    const result = parseXml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY big "boom">]><!-- c --><x a="1 &amp; 2" b=\'&#x10D0;\'>A &lt;b&gt; &#233;<![CDATA[<raw>&amp;]]><!-- in --><y/></x>');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.root.attributes).to.deep.equal({ a: '1 & 2', b: 'ა' });
    expect(result.root.children.slice(0, 2)).to.deep.equal(['A <b> é', '<raw>&amp;']);
    expect(parseXml('<x>&big;</x>').ok, 'an undeclared entity is an error').to.equal(false);
  });

  it('names and closing tags as XML has them: a wrong or missing closing name is an error at its "<"', () => {
    expect(parseXml('<a-1.b:c·é><x_y/></a-1.b:c·é>').ok).to.equal(true);
    expect(parseXml('<ab></a>')).to.deep.equal({ ok: false, line: 1, column: 5 });
    expect(parseXml('<a></ab>')).to.deep.equal({ ok: false, line: 1, column: 4 });
    expect(parseXml('<a></a >').ok).to.equal(true);
    expect(parseXml('<a></ >')).to.deep.equal({ ok: false, line: 1, column: 6 });
    expect(parseXml('<1a/>').ok).to.equal(false);
  });

  it("a reader can take the root's children as they close: those are not kept in the tree", () => {
    const seen: string[] = [];
    const result = parseXml('<r lang="ka"><a><b/></a><c/><a/></r>', (element, root) => {
      seen.push(`${root.name}[${root.attributes.lang}] ${element.name}:${element.children.length}`);
      return element.name === 'a';
    });
    expect(seen).to.deep.equal(['r[ka] a:1', 'r[ka] c:0', 'r[ka] a:0']);
    expect(result.ok && result.root.children.map((child) => (typeof child === 'string' ? child : child.name))).to.deep.equal(['c']);
  });

  it('nesting 100,000 deep costs no stack', () => {
    const deep = '<a>'.repeat(100_000) + 'text' + '</a>'.repeat(100_000);
    expect(parseXml(deep).ok).to.equal(true);
  });
});
