/**
 * Spreadsheets: CSV and TSV as Excel, LibreOffice Calc and Google Sheets write them, read
 * into the JSON contract's input (see reading.ts). What real exports contain: a UTF-8 BOM,
 * Excel's `sep=;` line, `,` `;` or tab delimiters (detected), CRLF, CR or LF line ends,
 * quoted cells with line breaks and doubled quotes, empty rows and columns, title rows
 * above the header, dates as the sheet's locale writes them.
 */
import { parsePartialDate } from './dates.js';
import { slug, uniqueId } from './made-ids.js';
import { foldForSearch as fold } from './search.js';
import type { Reading, ReadOptions } from './reading.js';
import { activitiesByLanguage, organisationsByLanguage } from './text-lists.js';
import type { DataIssue, IssueLocation, LanguageTag, ProjectInput } from './types.js';

export type Field = 'id' | 'title' | 'start' | 'end' | 'status' | 'goal' | 'activities' | 'implementers' | 'funders' | 'url';
const TEXT_FIELDS: readonly Field[] = ['title', 'goal', 'activities', 'implementers', 'funders'];

/**
 * Column names, folded (lower case, Mtavruli as Mkhedruli, single spaces): the contract's
 * names, and the glossary's Georgian words for them.
 */
export const COLUMN_NAMES: Readonly<Record<string, Field>> = {
  id: 'id',
  იდ: 'id',
  იდენტიფიკატორი: 'id',
  title: 'title',
  სათაური: 'title',
  დასახელება: 'title',
  'პროექტის სათაური': 'title',
  start: 'start',
  'start date': 'start',
  დაწყება: 'start',
  დასაწყისი: 'start',
  'დაწყების თარიღი': 'start',
  end: 'end',
  'end date': 'end',
  დასრულება: 'end',
  დასასრული: 'end',
  'დასრულების თარიღი': 'end',
  status: 'status',
  სტატუსი: 'status',
  goal: 'goal',
  მიზანი: 'goal',
  'პროექტის მიზანი': 'goal',
  activities: 'activities',
  აქტივობები: 'activities',
  'პროექტის აქტივობები': 'activities',
  საქმიანობა: 'activities',
  'პროექტის საქმიანობა': 'activities',
  implementers: 'implementers',
  განმახორციელებელი: 'implementers',
  განმახორციელებლები: 'implementers',
  funders: 'funders',
  donors: 'funders',
  დამფინანსებელი: 'funders',
  დამფინანსებლები: 'funders',
  დონორი: 'funders',
  დონორები: 'funders',
  url: 'url',
  link: 'url',
  ბმული: 'url',
  'პროექტის გვერდი': 'url',
};

/** Status words as editors type them, folded, in English and Georgian (the glossary's). */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  planned: 'planned',
  დაგეგმილი: 'planned',
  ongoing: 'ongoing',
  მიმდინარე: 'ongoing',
  completed: 'completed',
  დასრულებული: 'completed',
  suspended: 'suspended',
  შეჩერებული: 'suspended',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  გაუქმებული: 'cancelled',
};

const LANGUAGE_SUFFIX = /^(.+?)(?:[ _-]|\s*[([])([a-z]{2,3}(?:-[a-z0-9]{1,8})*)[)\]]?$/;

/** What a header cell names: a field, and for texts the language (`undefined`: the document's). */
export function columnFor(header: string): { field: Field; lang?: LanguageTag } | undefined {
  const name = fold(header).replace(/\s*[:*]$/, '');
  const field = COLUMN_NAMES[name];
  if (field) return { field };
  const match = LANGUAGE_SUFFIX.exec(name);
  const suffixed = match && COLUMN_NAMES[match[1]!.trim()];
  return suffixed && TEXT_FIELDS.includes(suffixed) ? { field: suffixed, lang: match[2]! } : undefined;
}

// ---------------------------------------------------------------------------
// The file into rows of cells

export interface Sheet {
  readonly rows: string[][];
  readonly delimiter: string;
  /** 0-based row and column of a quoted cell that never closes (it took the rest of the file). */
  readonly unclosed?: { readonly row: number; readonly column: number };
}

/** Splits CSV/TSV text into rows. RFC 4180, plus what spreadsheets do: it never fails. */
export function splitSheet(text: string): Sheet {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let delimiter: string | undefined;
  // Excel reads (and some exports write) a first line "sep=;" that names the delimiter.
  const sep = /^sep=(.)\r?\n?/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(text);

  const rows: string[][] = [];
  let row: string[] = [];
  let unclosed: Sheet['unclosed'];
  let i = 0;
  const length = text.length;
  while (i <= length) {
    if (i === length) {
      // The last line: a file ending in a line break has no empty row after it.
      if (row.length > 0) rows.push(row);
      break;
    }
    let cell = '';
    if (text[i] === '"') {
      const quoted = readQuoted(text, i + 1);
      if (!quoted.closed) unclosed ??= { row: rows.length, column: row.length };
      cell = quoted.value;
      i = quoted.end;
    }
    // What a sloppy writer puts between the closing quote and the delimiter is kept.
    const end = nextBreak(text, i, delimiter);
    cell += text.slice(i, end);
    i = end;
    row.push(cell.replace(/\r\n?/g, '\n'));
    if (i >= length) {
      rows.push(row);
      break;
    }
    if (text[i] === delimiter) {
      i++;
      if (i === length) {
        row.push('');
        rows.push(row);
        break;
      }
      continue;
    }
    // A line break: \r\n, \r (old Mac Excel) or \n.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
  return unclosed ? { rows, delimiter, unclosed } : { rows, delimiter };
}

/**
 * A quoted cell's content from just after its opening quote: `""` is a quote, anything else
 * (line breaks, delimiters) is content. `end` is just after the closing quote (or the text's end).
 */
function readQuoted(text: string, from: number): { value: string; end: number; closed: boolean } {
  let value = '';
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return { value: value + text.slice(from), end: text.length, closed: false };
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1, closed: true };
    value += '"';
    from = quote + 2;
  }
}

/** The next delimiter or line break at or after `from`. */
function nextBreak(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === delimiter || char === '\n' || char === '\r') return i;
  }
  return text.length;
}

/** The delimiter used most in the first line, outside quotes: `,`, `;` or tab (`,` on a tie). */
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      // A title row above the header may have no delimiter at all: look at the next line too.
      if (counts[',']! + counts[';']! + counts['\t']! > 0) break;
    } else if (!quoted && char in counts) counts[char]!++;
  }
  return counts['\t']! > counts[',']! && counts['\t']! >= counts[';']! ? '\t' : counts[';']! > counts[',']! ? ';' : ',';
}

/** `A`, …, `Z`, `AA`, … for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// ---------------------------------------------------------------------------
// Rows into the contract's input

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: Field;
  /** The language of a text column: its suffix's, or the document's. */
  readonly lang: LanguageTag;
}

/** How many rows from the top may be titles and notes before the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Reads CSV or TSV text: a header row naming the columns, then one project per row. */
export function readCsv(text: string, options: ReadOptions = {}): Reading {
  const lang = (options.lang ?? 'ka').toLowerCase();
  const sheet = splitSheet(text);
  const issues: DataIssue[] = [];
  const nowhere: Reading['locate'] = () => undefined;
  if (sheet.rows.every(isBlank)) return { issues: [{ code: 'no-data', path: '', dropped: 'document' }], locate: nowhere };

  const headerRow = findHeaderRow(sheet.rows);
  const columns = readHeader(sheet.rows[headerRow]!, lang);
  if (sheet.unclosed) {
    const { row, column } = sheet.unclosed;
    const header = columns.find((c) => c.index === column)?.header;
    issues.push({
      code: 'unclosed-quote',
      path: '',
      dropped: 'field',
      at: { kind: 'cell', row: sheetRow(row), cell: `${columnLetter(column)}${sheetRow(row)}`, ...(header ? { column: header } : {}) },
    });
  }
  for (const required of ['title', 'start'] as const) {
    if (!columns.some((column) => column.field === required)) {
      issues.push({ code: 'no-column', path: '', value: JSON.stringify(required), dropped: 'document', at: { kind: 'cell', row: sheetRow(headerRow) } });
      return { issues, locate: nowhere };
    }
  }

  const dateColumns = columns.filter((column) => column.field === 'start' || column.field === 'end');
  const monthFirst = isMonthFirst(sheet.rows.slice(headerRow + 1).flatMap((row) => dateColumns.map((column) => row[column.index] ?? '')));
  const projects: Record<string, unknown>[] = [];
  /** The sheet's 0-based row of each project. */
  const rowOf: number[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const project = readRow(sheet.rows[r]!, columns, monthFirst);
    if (!project) continue;
    projects.push(project);
    rowOf.push(r);
  }
  giveIds(projects, rowOf, lang);
  return { input: { lang, projects: projects as unknown as ProjectInput[] }, issues, locate: cellLocator(rowOf, columns, lang) };
}

const isBlank = (row: string[]): boolean => row.every((cell) => cell.trim() === '');

/** A sheet's 0-based row index as the sheet numbers it. */
const sheetRow = (index: number): number => index + 1;

/** The header row: the first one that names a title or start column (rows above it are a sheet's titles). */
function findHeaderRow(rows: string[][]): number {
  const named = rows.findIndex((row, i) => i < HEADER_SEARCH_ROWS && row.some((cell) => ['title', 'start'].includes(columnFor(cell)?.field ?? '')));
  return named < 0 ? rows.findIndex((row) => !isBlank(row)) : named;
}

/** The columns a header row names, in order. */
function readHeader(headers: string[], lang: LanguageTag): Column[] {
  const columns: Column[] = [];
  headers.forEach((header, index) => {
    const column = columnFor(header);
    if (!column) return;
    const columnLang = column.lang ?? lang;
    // A second column for the same thing (in the same language) is ignored: the first one counts.
    if (columns.some((other) => other.field === column.field && (!TEXT_FIELDS.includes(column.field) || other.lang === columnLang))) return;
    columns.push({ index, header: header.trim(), field: column.field, lang: columnLang });
  });
  return columns;
}

/** One row as the contract's project input, or undefined for a row that is not a project. */
function readRow(row: string[], columns: readonly Column[], monthFirst: boolean): Record<string, unknown> | undefined {
  const cell = (column: Column) => row[column.index] ?? '';
  // Empty rows, and rows with nothing in the known columns (notes, totals), are not projects.
  if (columns.every((column) => cell(column).trim() === '')) return undefined;
  const project: Record<string, unknown> = {};
  const texts: Partial<Record<Field, Record<LanguageTag, string>>> = {};
  for (const column of columns) {
    let value = cell(column);
    if (value.trim() === '') continue;
    // Excel's mark for "text, not a formula", as our writer puts it before = + - @.
    // (One apostrophe: `''=x` is the text `'=x`, as Excel shows it.)
    if (/^'+[=+\-@]/.test(value)) value = value.slice(1);
    if (TEXT_FIELDS.includes(column.field)) {
      (texts[column.field] ??= {})[column.lang] = value;
    } else if (column.field === 'start' || column.field === 'end') {
      project[column.field] = sheetDate(value, monthFirst);
    } else if (column.field === 'status') {
      project.status = STATUS_WORDS[fold(value)] ?? value.trim();
    } else {
      project[column.field] = value.trim();
    }
  }
  if (texts.title) project.title = texts.title;
  if (texts.goal) project.goal = texts.goal;
  if (texts.activities) project.activities = activitiesByLanguage(texts.activities);
  if (texts.implementers) project.implementers = organisationsByLanguage(texts.implementers);
  if (texts.funders) project.funders = organisationsByLanguage(texts.funders);
  return project;
}

/** A row without an id gets one made from its title, the same every time the sheet is read. */
function giveIds(projects: Record<string, unknown>[], rowOf: readonly number[], lang: LanguageTag): void {
  const taken = new Set(projects.flatMap((project) => (typeof project.id === 'string' ? [project.id] : [])));
  projects.forEach((project, index) => {
    if (typeof project.id === 'string') return;
    const title = project.title as Record<LanguageTag, string> | undefined;
    const base = (title && slug(title[lang] ?? Object.values(title)[0]!)) || `row-${sheetRow(rowOf[index]!)}`;
    project.id = uniqueId(base, taken);
  });
}

/** Where a problem's path (`projects[3].title.en`) is in the sheet: its row, column and cell. */
function cellLocator(rowOf: readonly number[], columns: readonly Column[], lang: LanguageTag): Reading['locate'] {
  return (path: string): IssueLocation | undefined => {
    const match = /^projects\[(\d+)\](?:\.(\w+))?(.*)$/.exec(path);
    const rowIndex = match ? rowOf[Number(match[1])] : undefined;
    if (rowIndex === undefined) return undefined;
    const row = sheetRow(rowIndex);
    const field = match![2];
    // A text's language is the last segment of its path: title.en, activities[2].items[0].ka, funders[1].name.en.
    const pathLang = /\.([a-z]{2,3}(?:-[a-z0-9]{1,8})*)$/.exec(match![3]!)?.[1];
    const candidates = columns.filter((column) => column.field === field);
    const column = candidates.find((c) => c.lang === pathLang) ?? candidates.find((c) => c.lang === lang) ?? candidates[0] ?? (field === 'id' ? columns.find((c) => c.field === 'title') : undefined);
    return column ? { kind: 'cell', row, column: column.header, cell: `${columnLetter(column.index)}${row}` } : { kind: 'cell', row };
  };
}

// ---------------------------------------------------------------------------
// Dates as sheets write them

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/;
const TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Whether the sheet's `D/M/Y` dates are month first (as Excel in US English writes them):
 * only when some date cannot be day first and none cannot be month first.
 */
function isMonthFirst(cells: string[]): boolean {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const match = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}/.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst;
}

/**
 * A date cell as the contract writes it (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`): also `DD.MM.YYYY`
 * and `DD/MM/YYYY` (day first, as Georgian and European locales type them; two-digit years
 * are 19xx from 30 on, as in Excel), `YYYY/MM/DD`, and a time of day after it (a date-time
 * cell). Anything else, and days that do not exist, stay as written, for the validator to
 * report in the sheet's own words.
 */
export function sheetDate(cell: string, monthFirst = false): string {
  const value = cell.trim().replace(TIME, '');
  if (parsePartialDate(value)) return value;
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const dayFirst = DAY_FIRST.exec(value);
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  const monthYear = /^(\d{1,2})[./](\d{4})$/.exec(value);
  if (dayFirst && monthFirst && value.includes('/')) [, month, day, year] = dayFirst;
  else if (dayFirst) [, day, month, year] = dayFirst;
  else if (yearFirst) [, year, month, day] = yearFirst;
  else if (monthYear) [, month, year] = monthYear;
  if (!year) return cell.trim();
  if (year.length === 2) year = `${Number(year) < 30 ? '20' : '19'}${year}`;
  const iso = [year, month!.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
  return parsePartialDate(iso) ? iso : cell.trim();
}
