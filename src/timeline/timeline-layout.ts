/**
 * Where each project sits on a timeline: the axis, the projects in time order (one row
 * each, beside its title), and positions as fractions of the axis (0 = its first day, 1 = the end of
 * its last day). No DOM: the element turns fractions into CSS percentages, so nothing
 * is measured per bar and the work is done once per data set, not per frame.
 */
import { dayNumber, firstDay, lastDay, yearSpan } from '../data/dates.js';
import { compare } from '../data/search.js';
import type { Project } from '../data/types.js';

export interface TimelineBar {
  readonly project: Project;
  /** Position in time order (start, then end, then id): its row, and the keyboard's order. */
  readonly index: number;
  /** Where the bar starts and ends, as fractions of the axis (0–1). */
  readonly start: number;
  readonly end: number;
  /** No end date: the bar runs to the axis end. */
  readonly open: boolean;
  /** The project began before the axis (cut by `from`). */
  readonly cutStart: boolean;
  /** The project goes on after the axis (cut by `to`). Open-ended bars are `open` instead. */
  readonly cutEnd: boolean;
}

export interface TimelineTick {
  readonly year: number;
  /** 1–12 for a month tick; absent for a year tick. */
  readonly month?: number;
  /** Fractions of the axis. */
  readonly start: number;
  readonly end: number;
}

export interface TimelineLayout {
  readonly fromYear: number;
  readonly toYear: number;
  /** The bars in time order. */
  readonly bars: readonly TimelineBar[];
  readonly years: readonly TimelineTick[];
  /** Month ticks, only when the axis is short enough for months to be seen (see `MAX_MONTH_YEARS`). */
  readonly months: readonly TimelineTick[];
  /** Where today starts on the axis; absent when today is outside it. */
  readonly today?: number;
}

export interface TimelineOptions {
  /** Day number of today: the axis end for open-ended projects, and the marker. */
  readonly today: number;
  /** First and last year of the axis; each defaults to the data's. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

/** Axes longer than this many years get year ticks only. */
export const MAX_MONTH_YEARS = 8;

/** A year attribute: a whole number from 1 to 9999, else undefined. */
export function toYear(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year >= 1 && year <= 9999 ? year : undefined;
}

/** The year of a day number. */
function yearOf(day: number): number {
  // A first guess from the average year length, then corrected: exact for every day.
  let year = Math.floor(day / 365.2425);
  while (dayNumber(year + 1, 1, 1) <= day) year++;
  while (dayNumber(year, 1, 1) > day) year--;
  return year;
}

export function layoutTimeline(projects: readonly Project[], options: TimelineOptions): TimelineLayout {
  const todayYear = yearOf(options.today);
  let from = options.from;
  let to = options.to;
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from === undefined || to === undefined) {
    // The data's span, open-ended projects running to this year (as the list's year filter does).
    const [first, last] = yearSpan(projects, todayYear) ?? [todayYear, todayYear];
    from ??= Math.min(first, to ?? first);
    to ??= Math.max(last, from);
  }

  const axisStart = dayNumber(from, 1, 1);
  const axisEnd = dayNumber(to + 1, 1, 1);
  const span = axisEnd - axisStart;
  const at = (day: number) => (day - axisStart) / span;

  // Intervals in days, [first, last + 1), cut to the axis; projects wholly outside it are left out.
  const items: { project: Project; first: number; after: number; open: boolean }[] = [];
  for (const project of projects) {
    const first = firstDay(project.start);
    const after = project.end ? lastDay(project.end) + 1 : axisEnd;
    if (after <= axisStart || first >= axisEnd) continue;
    items.push({ project, first, after, open: !project.end });
  }
  items.sort((a, b) => a.first - b.first || a.after - b.after || compare(a.project.id, b.project.id));

  const bars: TimelineBar[] = items.map((item, index) => ({
    project: item.project,
    index,
    start: at(Math.max(item.first, axisStart)),
    end: at(Math.min(item.after, axisEnd)),
    open: item.open,
    cutStart: item.first < axisStart,
    cutEnd: !item.open && item.after > axisEnd,
  }));

  const years: TimelineTick[] = [];
  const months: TimelineTick[] = [];
  for (let year = from; year <= to; year++) {
    years.push({ year, start: at(dayNumber(year, 1, 1)), end: at(dayNumber(year + 1, 1, 1)) });
    if (to - from < MAX_MONTH_YEARS) {
      for (let month = 1; month <= 12; month++) {
        const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
        months.push({ year, month, start: at(dayNumber(year, month, 1)), end: at(next) });
      }
    }
  }

  const layout = { fromYear: from, toYear: to, bars, years, months };
  return options.today >= axisStart && options.today < axisEnd ? { ...layout, today: at(options.today) } : layout;
}
