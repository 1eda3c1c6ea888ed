/**
 * Where each project sits on a timeline: the axis, one row per set of non-overlapping
 * projects, and positions as fractions of the axis (0 = its first day, 1 = the end of
 * its last day). No DOM: the element turns fractions into CSS percentages, so nothing
 * is measured per bar and the work is done once per data set, not per frame.
 */
import { dayNumber, firstDay, lastDay } from './dates.js';
import type { Project } from './types.js';

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
    let min = Infinity;
    let max = -Infinity;
    for (const project of projects) {
      min = Math.min(min, project.start.year);
      max = Math.max(max, project.end?.year ?? Math.max(todayYear, project.start.year));
    }
    if (min === Infinity) min = max = todayYear;
    from ??= Math.min(min, to ?? min);
    to ??= Math.max(max, from);
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
  items.sort((a, b) => a.first - b.first || a.after - b.after || (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0));

  // Greedy interval partitioning: taking the bars by start, a bar goes into the lowest
  // free row, and a new row opens only when every row is busy at that start — so the
  // number of rows is the largest number of projects running at once: the minimum.
  const busy = new MinHeap<{ after: number; row: number }>((a, b) => a.after - b.after || a.row - b.row);
  const free = new MinHeap<number>((a, b) => a - b);
  const rows: number[][] = [];
  const bars: TimelineBar[] = items.map((item, index) => {
    while (busy.size && busy.peek()!.after <= item.first) free.push(busy.pop()!.row);
    const row = free.size ? free.pop()! : rows.push([]) - 1;
    busy.push({ after: item.after, row });
    rows[row]!.push(index);
    const first = Math.max(item.first, axisStart);
    const after = Math.min(item.after, axisEnd);
    return {
      project: item.project,
      index,
      row,
      start: at(first),
      end: at(after),
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

/** A binary heap: the packing above is O(n log n), so 10,000 projects take milliseconds. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && this.less(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * The bar to move to from bar `index` into row `row` (for up/down keys): the one in that
 * row that overlaps the middle of the current bar or, failing that, is nearest to it in time.
 */
export function nearestInRow(layout: TimelineLayout, index: number, row: number): number | undefined {
  const candidates = layout.rows[row];
  if (!candidates || candidates.length === 0) return undefined;
  const bars = layout.bars;
  const from = bars[index]!;
  const middle = (from.start + from.end) / 2;
  // Rows are in time order and do not overlap: binary search for the last bar starting at or before the middle.
  let low = 0;
  let high = candidates.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (bars[candidates[mid]!]!.start <= middle) low = mid;
    else high = mid - 1;
  }
  const distance = (i: number) => {
    const bar = bars[i]!;
    return middle < bar.start ? bar.start - middle : middle > bar.end ? middle - bar.end : 0;
  };
  const a = candidates[low]!;
  const b = candidates[low + 1];
  return b !== undefined && distance(b) < distance(a) ? b : a;
}
