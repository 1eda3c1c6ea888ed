/**
 * Where each project sits on a timeline: the axis, one row per set of non-overlapping
 * projects, and positions as fractions of the axis (0 = its first day, 1 = the end of
 * its last day). No DOM: the element turns fractions into CSS percentages, so nothing
 * is measured per bar and the work is done once per data set, not per frame.
 */
import { dayNumber, firstDay, lastDay, yearSpan } from '../data/dates.js';
import { compare } from '../data/search.js';
import type { Project } from '../data/types.js';

export interface TimelineBar {
  readonly project: Project;
  /** Position in time order (start, then end, then id): the keyboard's left/right order. */
  readonly index: number;
  /** 0-based row. */
  readonly row: number;
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
  /** `rows[r]`: indexes of the bars in row r, in time order. Its length is the number of rows. */
  readonly rows: readonly (readonly number[])[];
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

  // Greedy interval partitioning: taking the bars by start, a bar goes into the row that
  // came free first, and a new row opens only when every row is busy at that start — so
  // the number of rows is the largest number of projects running at once: the minimum.
  // Rows wait in a binary heap ordered by when they come free: O(n log n) for 10,000 bars.
  const rows: number[][] = [];
  const free: number[] = []; // per row: the day it comes free
  const heap: number[] = []; // rows, soonest free first
  const sooner = (i: number, j: number) => free[heap[i]!]! - free[heap[j]!]! || heap[i]! - heap[j]!;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (i: number) => {
    for (let child; (child = 2 * i + 1) < heap.length; i = child) {
      if (child + 1 < heap.length && sooner(child + 1, child) < 0) child++;
      if (sooner(child, i) >= 0) break;
      swap(i, child);
    }
  };
  const bars: TimelineBar[] = items.map((item, index) => {
    let row: number;
    if (heap.length && free[heap[0]!]! <= item.first) {
      row = heap[0]!;
      free[row] = item.after;
      down(0);
    } else {
      row = rows.push([]) - 1;
      free[row] = item.after;
      // Sift the new row up.
      for (let i = heap.push(row) - 1, parent; i > 0 && sooner(i, (parent = (i - 1) >> 1)) < 0; i = parent) swap(i, parent);
    }
    rows[row]!.push(index);
    return {
      project: item.project,
      index,
      row,
      start: at(Math.max(item.first, axisStart)),
      end: at(Math.min(item.after, axisEnd)),
      open: item.open,
      cutStart: item.first < axisStart,
      cutEnd: !item.open && item.after > axisEnd,
    };
  });

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

  const layout = { fromYear: from, toYear: to, bars, rows, years, months };
  return options.today >= axisStart && options.today < axisEnd ? { ...layout, today: at(options.today) } : layout;
}

/**
 * The bar to move to from bar `index` into row `row` (for up/down keys): the one in that
 * row that overlaps the middle of the current bar or, failing that, is nearest to it in time.
 */
export function nearestInRow(layout: TimelineLayout, index: number, row: number): number | undefined {
  const bars = layout.bars;
  const from = bars[index]!;
  const middle = (from.start + from.end) / 2;
  const distance = (i: number) => Math.max(bars[i]!.start - middle, middle - bars[i]!.end, 0);
  let best: number | undefined;
  for (const i of layout.rows[row] ?? []) if (best === undefined || distance(i) < distance(best)) best = i;
  return best;
}
