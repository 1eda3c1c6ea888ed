// The benchmark's projects as an IATI 2.03 activity file, written the way a publisher's system
// writes one, for the formats section (bench/formats.mjs). It takes the validated model
// (parseProjects from the package), so each project is written as the widgets understand it.
//
// What IATI cannot say, and how it is written instead (test/node/bench-iati.test.mjs checks the
// file reads back, through src/data/iati.ts, to the same projects but for these):
// - iso-date is an xs:date: a date given by month or year is written as its first day (a start)
//   or last day (an end);
// - participating-org has no web address: organisations are written by name only;
// - activity-status is always there (the standard's rules ask for it): a project without a
//   stated status gets the one its dates give on `today`, as its publisher would have set it;
// - actual dates (types 2 and 4) are written only when they are not after `today`, planned
//   ones (types 1 and 3) always.
import { dayNumber, projectStatus } from '../dist/lib/data.js';

/** Our statuses as IATI ActivityStatus codes. */
export const STATUS_CODES = { planned: '1', ongoing: '2', completed: '3', cancelled: '5', suspended: '6' };

const escapeText = (text) => String(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
const pad = (n) => String(n).padStart(2, '0');

/** A partial date as the xs:date IATI wants: the first day of its period, or the last (`end`). */
export function isoDate(date, end = false) {
  const month = date.month ?? (end ? 12 : 1);
  const day = date.day ?? (end ? new Date(Date.UTC(date.year, month, 0)).getUTCDate() : 1);
  return `${date.year}-${pad(month)}-${pad(day)}`;
}

const narratives = (text, indent) =>
  Object.entries(text)
    .map(([lang, value]) => `${indent}<narrative xml:lang="${escapeAttribute(lang)}">${escapeText(value)}</narrative>`)
    .join('\n');

/** Activities as lines, one per activity; a sub-item's line starts with "- " (see src/data/text-lists.ts). */
function activityLines(activities, lang, depth = 0) {
  return activities.flatMap((activity) => [
    ...(activity.text[lang] !== undefined ? [`${'  '.repeat(Math.max(0, depth - 1))}${depth > 0 ? '- ' : ''}${activity.text[lang]}`] : []),
    ...activityLines(activity.items, lang, depth + 1),
  ]);
}

function languagesOfActivities(activities, seen = new Set()) {
  for (const activity of activities) {
    Object.keys(activity.text).forEach((lang) => seen.add(lang));
    languagesOfActivities(activity.items, seen);
  }
  return [...seen];
}

/**
 * `model` ({ lang, projects } as parseProjects returns it) as an `<iati-activities>` file.
 * `today`: `YYYY-MM-DD`; `reporter`: the reporting organisation's IATI identifier and name.
 */
export function projectsToIati(model, { today, reporter = { ref: 'XI-BENCH-WISG', name: 'ქალთა ინიციატივების მხარდამჭერი ჯგუფი (WISG)' } }) {
  const dayOf = (iso) => dayNumber(...iso.split('-').map(Number));
  const todayNumber = dayOf(today);
  const activities = model.projects.map((project) => {
    const lines = [];
    const add = (line) => lines.push(`  ${line}`);
    add(`<iati-identifier>${escapeText(project.id)}</iati-identifier>`);
    add(`<reporting-org ref="${escapeAttribute(reporter.ref)}" type="22">`);
    add(`  <narrative>${escapeText(reporter.name)}</narrative>`);
    add('</reporting-org>');
    add('<title>');
    lines.push(narratives(project.title, '    '));
    add('</title>');
    if (project.goal) {
      add('<description type="2">');
      lines.push(narratives(project.goal, '    '));
      add('</description>');
    }
    if (project.activities.length) {
      add('<description type="1">');
      for (const lang of languagesOfActivities(project.activities)) {
        lines.push(`    <narrative xml:lang="${escapeAttribute(lang)}">${escapeText(activityLines(project.activities, lang).join('\n'))}</narrative>`);
      }
      add('</description>');
    }
    for (const [role, organisations] of [
      ['1', project.funders],
      ['4', project.implementers],
    ]) {
      for (const organisation of organisations) {
        add(`<participating-org role="${role}">`);
        lines.push(narratives(organisation.name, '    '));
        add('</participating-org>');
      }
    }
    add(`<activity-status code="${STATUS_CODES[projectStatus(project, todayNumber)]}"/>`);
    const start = isoDate(project.start);
    add(`<activity-date type="1" iso-date="${start}"/>`);
    if (dayOf(start) <= todayNumber) add(`<activity-date type="2" iso-date="${start}"/>`);
    if (project.end) {
      const end = isoDate(project.end, true);
      add(`<activity-date type="3" iso-date="${end}"/>`);
      if (dayOf(end) <= todayNumber) add(`<activity-date type="4" iso-date="${end}"/>`);
    }
    if (project.url) {
      add(`<document-link format="text/html" url="${escapeAttribute(project.url)}">`);
      add('  <title>');
      add(`    <narrative xml:lang="en">Project page</narrative>`);
      add('  </title>');
      add('  <category code="A12"/>');
      add('</document-link>');
    }
    return ` <iati-activity last-updated-datetime="${today}T00:00:00Z" xml:lang="${escapeAttribute(model.lang)}" default-currency="EUR">\n${lines.map((line) => ` ${line}`).join('\n')}\n </iati-activity>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${today}T00:00:00Z">\n${activities.join('\n')}\n</iati-activities>\n`;
}
