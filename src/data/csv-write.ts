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
  const languages = options.languages ?? languagesOf(projects);
  type Column = { header: string; cell: (project: Project) => string; list?: boolean };
  const texts = (field: string, text: (project: Project) => LocalizedText | undefined): Column[] =>
    languages.map((lang) => ({ header: `${field}_${lang}`, cell: (project) => text(project)?.[lang] ?? '' }));
  const lists = <T>(field: string, items: (project: Project) => readonly T[], line: (item: T, lang: LanguageTag) => string): Column[] =>
    languages.map((lang) => ({
      header: `${field}_${lang}`,
      list: true,
      cell: (project) =>
        items(project)
          .map((item) => line(item, lang))
          .join('\n')
          .trimEnd(),
    }));
  // Every organisation is a line in every language's column, so the lines pair up again: one
  // without a name here is written ` | https://…`, or `|` alone (the reader skips empty lines,
  // which editors leave by accident). A name with a bar in it gets a bar of its own after it.
  const organisation = (org: Organisation, lang: LanguageTag) => {
    const name = org.name[lang] ?? '';
    return org.url ? `${name} | ${org.url}` : name === '' ? '|' : name.includes('|') ? `${name} |` : name;
  };
  const all: Column[] = [
    { header: 'id', cell: (project) => project.id },
    ...texts('title', (project) => project.title),
    { header: 'start', cell: (project) => project.start.iso },
    { header: 'end', cell: (project) => project.end?.iso ?? '' },
    { header: 'status', cell: (project) => project.status ?? '' },
    ...texts('goal', (project) => project.goal),
    // As organisations: an activity without a text in this language is a line `|` (with its sub-items
    // under it), so the lines pair up again; a project with none in this language leaves the cell empty.
    ...languages.map((lang) => ({
      header: `activities_${lang}`,
      list: true,
      cell: (project: Project) =>
        hasText(project.activities, lang)
          ? project.activities
              .map((activity) => activityLines(activity, lang, 0))
              .join('\n')
              .trimEnd()
          : '',
    })),
    ...lists('implementers', (project) => project.implementers, organisation),
    ...lists('funders', (project) => project.funders, organisation),
    { header: 'url', cell: (project) => project.url ?? '' },
  ];
  const columns = all.filter((column) => options.allColumns || column.header === 'id' || projects.some((project) => column.cell(project) !== ''));
  const quote = (value: string, list = false) => {
    // A cell Excel would run as a formula is written as text (the reader takes the apostrophe off again).
    // So is a text that starts with that mark itself, or the reader would take its apostrophe off.
    if (/^(?:'*[=+@]|'+-)/.test(value) || (!list && value.startsWith('-'))) value = `'${value}`;
    return /["\r\n]|^\s|\s$/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const rows = [columns.map((column) => column.header), ...projects.map((project) => columns.map((column) => quote(column.cell(project), column.list)))];
  return `\uFEFF${rows.map((row) => row.join(delimiter)).join('\r\n')}\r\n`;
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
