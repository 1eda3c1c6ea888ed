/**
 * Calendar dates without time zones, and their wording in Georgian and English.
 *
 * Project periods are calendar dates ("24 August 2023"), so they are kept as
 * numbers, never as `Date` objects that would shift with the visitor's time zone.
 * Month names come from our own tables: Chromium's Intl has no Georgian data and
 * silently answers in English, so `Intl.DateTimeFormat('ka')` cannot be trusted.
 */
import type { PartialDate, Project, ProjectStatus } from './types.js';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `undefined` when it is not a real calendar date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return { year, iso: match[1]! };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, iso: `${match[1]}-${match[2]}` };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, iso: value };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A day as one sortable number: days since 0000-03-01 (proleptic Gregorian).
 * Differences between day numbers are exact day counts.
 */
export function dayNumber(year: number, month: number, day: number): number {
  // Shift the year to start in March so the leap day falls last.
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + day - 1;
}

/** The first day a partial date covers, as a day number. */
export function firstDay(date: PartialDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day a partial date covers, as a day number. */
export function lastDay(date: PartialDate): number {
  const month = date.month ?? 12;
  return dayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/** Today's date in the visitor's time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A full `YYYY-MM-DD` date as a day number, or `undefined` when it is not one. */
export function isoDayNumber(iso: string | null | undefined): number | undefined {
  const date = iso ? parsePartialDate(iso) : undefined;
  return date?.day === undefined ? undefined : firstDay(date);
}

/**
 * A project's status: the one the data states, else what its dates say on `today`
 * (a day number): planned before the start, completed after the end, ongoing between.
 */
export function projectStatus(project: Project, today: number): ProjectStatus {
  if (project.status) return project.status;
  if (today < firstDay(project.start)) return 'planned';
  if (project.end && today > lastDay(project.end)) return 'completed';
  return 'ongoing';
}

/** Whether a project runs during any day of `year`. Open-ended projects run on. */
export function isActiveInYear(project: Project, year: number): boolean {
  return project.start.year <= year && (!project.end || project.end.year >= year);
}

/** The first and last year the projects run in, open-ended ones running to `todayYear`; `undefined` for none. */
export function yearSpan(projects: readonly Project[], todayYear: number): [first: number, last: number] | undefined {
  if (projects.length === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const project of projects) {
    first = Math.min(first, project.start.year);
    last = Math.max(last, project.end?.year ?? Math.max(todayYear, project.start.year));
  }
  return [first, last];
}

// ---------------------------------------------------------------------------
// Wording

export type DateLocale = 'ka' | 'en';

const MONTHS: Record<DateLocale, readonly string[]> = {
  ka: ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * "24 აგვისტო 2023" / "24 August 2023"; "აგვისტო 2023" / "August 2023"; "2023".
 * Georgian keeps the month's nominative after a day number and needs no comma.
 */
export function formatDate(date: PartialDate, locale: DateLocale): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTHS[locale][date.month - 1]!;
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}
