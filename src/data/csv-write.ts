/**
 * Projects as a spreadsheet: the CSV the reader (csv.ts) reads back to the same projects.
 * One column per language for texts (`title_ka`, `title_en`), lists one item per line.
 * UTF-8 with a BOM and CRLF line ends, so Excel opens Georgian text as Georgian.
 */
import type { Activity, LanguageTag, LocalizedText, Organisation, Project } from './types.js';

export interface CsvWriteOptions {
  /** `,` (default), `;` or a tab. */
  readonly delimiter?: string;
  /** Languages to write, in column order; default: those the projects have, Georgian and English first. */
  readonly languages?: readonly LanguageTag[];
  /** Write every column, even those no project uses (for templates). */
  readonly allColumns?: boolean;
}

/** Writes projects as CSV text. */
export function projectsToCsv(projects: readonly Project[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const columns = csvColumns(options.languages ?? languagesOf(projects)).filter((column) => options.allColumns || column.header === 'id' || projects.some((project) => column.cell(project) !== ''));
  const rows = [columns.map((column) => column.header), ...projects.map((project) => columns.map((column) => quoteCell(column.cell(project), delimiter, column.list)))];
  return `\uFEFF${rows.map((row) => row.join(delimiter)).join('\r\n')}\r\n`;
}

interface CsvColumn {
  readonly header: string;
  readonly cell: (project: Project) => string;
  /** Its cell is a list, one item per line. */
  readonly list?: boolean;
}

/** Every column the reader knows, texts and lists once per language. */
function csvColumns(languages: readonly LanguageTag[]): CsvColumn[] {
  const texts = (field: string, text: (project: Project) => LocalizedText | undefined): CsvColumn[] =>
    languages.map((lang) => ({ header: `${field}_${lang}`, cell: (project) => text(project)?.[lang] ?? '' }));
  const lists = (field: string, lines: (project: Project, lang: LanguageTag) => string[]): CsvColumn[] =>
    languages.map((lang) => ({ header: `${field}_${lang}`, list: true, cell: (project) => lines(project, lang).join('\n').trimEnd() }));
  return [
    { header: 'id', cell: (project) => project.id },
    ...texts('title', (project) => project.title),
    { header: 'start', cell: (project) => project.start.iso },
    { header: 'end', cell: (project) => project.end?.iso ?? '' },
    { header: 'status', cell: (project) => project.status ?? '' },
    ...texts('goal', (project) => project.goal),
    // As organisations: an activity without a text in this language is a line `|` (with its sub-items
    // under it), so the lines pair up again; a project with none in this language leaves the cell empty.
    ...lists('activities', (project, lang) => (hasText(project.activities, lang) ? project.activities.map((activity) => activityLines(activity, lang, 0)) : [])),
    ...lists('implementers', (project, lang) => project.implementers.map((org) => organisationLine(org, lang))),
    ...lists('funders', (project, lang) => project.funders.map((org) => organisationLine(org, lang))),
    { header: 'url', cell: (project) => project.url ?? '' },
  ];
}

/**
 * Every organisation is a line in every language's column, so the lines pair up again: one
 * without a name here is written ` | https://…`, or `|` alone (the reader skips empty lines,
 * which editors leave by accident). A name with a bar in it gets a bar of its own after it.
 */
function organisationLine(org: Organisation, lang: LanguageTag): string {
  const name = org.name[lang] ?? '';
  return org.url ? `${name} | ${org.url}` : name === '' ? '|' : name.includes('|') ? `${name} |` : name;
}

/** A cell as CSV writes it: quoted where it must be, and never run by Excel as a formula. */
function quoteCell(value: string, delimiter: string, list = false): string {
  // A cell Excel would run as a formula is written as text (the reader takes the apostrophe off again).
  // So is a text that starts with that mark itself, or the reader would take its apostrophe off.
  if (/^(?:'*[=+@]|'+-)/.test(value) || (!list && value.startsWith('-'))) value = `'${value}`;
  return /["\r\n]|^\s|\s$/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An activity and its sub-items as lines: sub-items start with "- ", indented by level. */
function activityLines(activity: Activity, lang: LanguageTag, depth: number): string {
  const text = activity.text[lang] ?? '|';
  const line = depth === 0 ? text : `${'  '.repeat(depth - 1)}- ${text}`;
  return [line, ...activity.items.map((item) => activityLines(item, lang, depth + 1))].join('\n');
}

const hasText = (activities: readonly Activity[], lang: LanguageTag): boolean => activities.some((activity) => activity.text[lang] !== undefined || hasText(activity.items, lang));

function languagesOf(projects: readonly Project[]): LanguageTag[] {
  const seen = new Set<LanguageTag>();
  const add = (text: LocalizedText | undefined) => text && Object.keys(text).forEach((lang) => seen.add(lang));
  const addActivities = (activities: readonly Activity[]) =>
    activities.forEach((activity) => {
      add(activity.text);
      addActivities(activity.items);
    });
  for (const project of projects) {
    add(project.title);
    add(project.goal);
    addActivities(project.activities);
    [...project.implementers, ...project.funders].forEach((org) => add(org.name));
  }
  return [...seen].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

const rank = (lang: LanguageTag) => (lang === 'ka' ? 0 : lang === 'en' ? 1 : 2);
