// The benchmark's IATI writer (bench/iati.mjs) is honest: its file reads back, through the
// package's own IATI reader (src/data/iati.ts, from dist/lib), to the projects it was written
// from, but for what IATI cannot say (the writer's header lists it). Same for its CSV, which
// the package's own projectsToCsv writes.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import { ensureDistLib } from '../cli/dist-lib.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const TODAY = '2025-06-01';
let data, iati, projects;

before(async () => {
  await ensureDistLib();
  data = await import('../../dist/lib/data.js');
  iati = await import('../../bench/iati.mjs');
  const { generateProjects } = await import('../../bench/generate.mjs');
  // 300 generated projects: every kind the generator makes (sub-items, open ends, month and year dates, statuses).
  projects = data.parseProjects(generateProjects(300)).projects;
});

const today = () => data.dayNumber(...TODAY.split('-').map(Number));

/** What IATI can carry of a project: full dates, organisations by name, a status always. */
function asIatiSays(project) {
  const date = (value, end) => data.parsePartialDate(iati.isoDate(value, end));
  return {
    ...project,
    start: date(project.start),
    ...(project.end ? { end: date(project.end, true) } : {}),
    implementers: project.implementers.map((org) => ({ name: org.name })),
    funders: project.funders.map((org) => ({ name: org.name })),
    status: data.projectStatus(project, today()),
  };
}

test('the IATI 2.03 file reads back to the same projects (dates to the day, organisations by name, a status)', () => {
  const xml = iati.projectsToIati({ lang: 'ka', projects }, { today: TODAY });
  const model = data.parseProjectsData(xml, { contentType: 'application/xml' });
  assert.deepEqual(model.issues, []);
  assert.equal(model.projects.length, 300);
  assert.deepEqual(model.projects, projects.map(asIatiSays));
  // It says what it is, and what the reader's mapping takes each field from.
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<iati-activities version="2.03"/);
  for (const element of [
    '<iati-identifier>',
    '<title>',
    '<description type="2">',
    '<description type="1">',
    '<activity-date type="1" ',
    '<activity-date type="2" ',
    '<activity-date type="3" ',
    '<activity-date type="4" ',
    '<activity-status code="',
    '<participating-org role="1">',
    '<participating-org role="4">',
    '<category code="A12"/>',
    '<narrative xml:lang="en">',
  ]) {
    assert.ok(xml.includes(element), element);
  }
  // The test can fail: a project with a month date really differs from what IATI says of it.
  assert.ok(projects.some((project) => project.start.day === undefined));
  assert.notDeepEqual(model.projects, projects);
});

test('no actual date after today: a planned project has planned dates only', () => {
  const planned = projects.find((project) => data.projectStatus(project, today()) === 'planned' && !project.status);
  const xml = iati.projectsToIati({ lang: 'ka', projects: [planned] }, { today: TODAY });
  assert.match(xml, /<activity-status code="1"\/>/);
  assert.doesNotMatch(xml, /<activity-date type="[24]"/);
});

test('text is text: markup in a title or a goal is escaped, and reads back as typed', () => {
  const [first] = projects;
  const hostile = { ...first, title: { ka: '<img src=x onerror=alert(1)> & "ბ"', en: '</narrative></title><x>' }, goal: { en: 'a < b && c > d' } };
  const xml = iati.projectsToIati({ lang: 'ka', projects: [hostile] }, { today: TODAY });
  assert.doesNotMatch(xml, /<img|<x>/);
  const model = data.parseProjectsData(xml);
  assert.deepEqual(model.projects[0].title, hostile.title);
  assert.deepEqual(model.projects[0].goal, hostile.goal);
});

// All of it, organisations' addresses too: every organisation is a line in every language's column
// (`|` where it has no name in that language), so the lines pair up again. Before that fix 48 of
// these 300 projects lost an address to the organisation above it (the last test fails then).
test("the bench's CSV (the package's projectsToCsv) reads back to the same projects", () => {
  const csv = data.projectsToCsv(projects);
  const model = data.parseProjectsData(csv, { contentType: 'text/csv' });
  assert.deepEqual(model.issues, []);
  assert.deepEqual(model.projects, projects);
  // The case that lost addresses is among them: an organisation named in Georgian only, next to one with an address.
  assert.ok(projects.some((project) => project.implementers.some((org) => !org.name.en) && [...project.implementers, ...project.funders].some((org) => org.url)));
});
