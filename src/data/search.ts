/**
 * Searching, filtering and sorting projects. No DOM; the list element renders the result.
 */
import { chooseText } from './text.js';
import { firstDay, isActiveInYear, lastDay, projectStatus, yearSpan } from './dates.js';
import type { Activity, Project, ProjectStatus } from './types.js';

export const SORT_ORDERS = ['newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

// Mtavruli capitals (U+1C90–U+1CBF) sit at a fixed distance from their Mkhedruli letters (U+10D0–U+10FF).
const MTAVRULI = /[\u1C90-\u1CBA\u1CBD-\u1CBF]/g;
const MTAVRULI_TO_MKHEDRULI = 0x1c90 - 0x10d0;

/**
 * The form texts and queries are compared in: NFC, lower case, Mtavruli folded to
 * Mkhedruli, every run of white space one space. Length may change; never use its
 * offsets against the original text.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(MTAVRULI, (char) => String.fromCharCode(char.charCodeAt(0) - MTAVRULI_TO_MKHEDRULI))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same fold for the data's own texts, cheaper: they are NFC already (the parser made
 * them so), and a query's words hold no white space, so runs of it need no folding.
 */
function foldText(text: string): string {
  const lower = text.toLowerCase();
  return lower.search(MTAVRULI) < 0 ? lower : lower.replace(MTAVRULI, (char) => String.fromCharCode(char.charCodeAt(0) - MTAVRULI_TO_MKHEDRULI));
}

/** A query's words: a project matches when every word occurs in its searchable text. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

const haystacks = new WeakMap<Project, string>();
/** Where each project's summary ends in its searchable text (worked out for the cards shown, not for every project). */
const summaryEnds = new WeakMap<Project, number>();

/** What a card always shows of a project, in every language it has: title, goal, organisations. */
function summaryTexts(project: Project): string[] {
  const texts = [project.title, project.goal, ...[...project.implementers, ...project.funders].map((organisation) => organisation.name)];
  return texts.flatMap((text) => (text ? Object.values(text) : []));
}

/** All the searchable text of a project, in every language it has, folded: `summaryTexts`, then the activities. Cached per project object. */
export function searchableText(project: Project): string {
  let haystack = haystacks.get(project);
  if (haystack === undefined) {
    const parts = summaryTexts(project);
    const addActivities = (activities: readonly Activity[]) => {
      for (const activity of activities) {
        parts.push(...Object.values(activity.text));
        addActivities(activity.items);
      }
    };
    addActivities(project.activities);
    // Joined by a line break: a query's words hold no white space, so none matches across two fields.
    // One join, one fold: a flat string, which every keystroke then searches as it is.
    haystack = foldText(parts.join('\n'));
    haystacks.set(project, haystack);
  }
  return haystack;
}

/**
 * Folds the projects' texts for search a slice at a time, in timer tasks after the one that
 * painted them (while the visitor reads), so that the first keystroke need not. Returns what stops it.
 */
export function foldInBackground(projects: readonly Project[]): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const fold = (from: number): void => {
    timer = setTimeout(() => {
      const to = Math.min(from + 250, projects.length);
      for (let i = from; i < to; i++) searchableText(projects[i]!);
      if (to < projects.length) fold(to);
    });
  };
  fold(0);
  return () => clearTimeout(timer);
}

/**
 * For a project that matches `words`: true when some word occurs only in its activities, which a
 * card shows behind a disclosure. The list then opens them, so the visitor sees what matched.
 */
export function matchesInActivitiesOnly(project: Project, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const haystack = searchableText(project);
  let summaryEnd = summaryEnds.get(project);
  if (summaryEnd === undefined) summaryEnds.set(project, (summaryEnd = foldText(summaryTexts(project).join('\n')).length));
  // The activities start after the line break at `summaryEnd`; no word holds a line break.
  return words.some((word) => haystack.indexOf(word) > summaryEnd);
}

export function matchesQuery(project: Project, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = searchableText(project);
  return words.every((word) => haystack.includes(word));
}

export interface ProjectQuery {
  /** Free text, matched in every language of title, goal, activities and organisations. */
  readonly text?: string;
  /** Only projects in this status (on `today`). */
  readonly status?: ProjectStatus;
  /** Only projects running at some time during this year. */
  readonly year?: number;
  readonly sort?: SortOrder;
  /** Day number of "today", for statuses. */
  readonly today: number;
  /** The language titles are sorted in. */
  readonly lang: string;
}

/** The projects to show, in the order to show them. Never modifies its input. */
export function queryProjects(projects: readonly Project[], query: ProjectQuery): Project[] {
  const words = queryWords(query.text ?? '');
  const result = projects.filter(
    (project) =>
      (query.status === undefined || projectStatus(project, query.today) === query.status) && (query.year === undefined || isActiveInYear(project, query.year)) && matchesQuery(project, words),
  );
  return sortProjects(result, query.sort ?? 'newest', query.lang);
}

/** Newest: latest start first (then latest end, open-ended last-ending); oldest: the reverse; title: alphabetical. */
export function sortProjects(projects: Project[], order: SortOrder, lang: string): Project[] {
  if (order === 'title') {
    const titles = new Map(projects.map((project) => [project, foldForSearch(chooseText(project.title, lang).text)]));
    // Code-point order of NFC Georgian is its alphabetical order (Chromium's Collator has no `ka`).
    return projects.sort((a, b) => compare(titles.get(a)!, titles.get(b)!) || compare(a.id, b.id));
  }
  const sign = order === 'newest' ? -1 : 1;
  // Day numbers worked out once per project, not once per comparison.
  const days = new Map(projects.map((project): [Project, [number, number]] => [project, [firstDay(project.start), project.end ? lastDay(project.end) : Number.POSITIVE_INFINITY]]));
  return projects.sort((a, b) => {
    const [startA, endA] = days.get(a)!;
    const [startB, endB] = days.get(b)!;
    return sign * (startA - startB) || sign * compare(endA, endB) || compare(a.id, b.id);
  });
}

/** -1, 0 or 1, for sorting by numbers or by strings in code-point order. */
export function compare<T extends number | string>(a: T, b: T): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The years the projects span, oldest first: the choices of a year filter. Open-ended projects run to `todayYear`. */
export function projectYears(projects: readonly Project[], todayYear: number): number[] {
  const span = yearSpan(projects, todayYear);
  const years: number[] = [];
  if (span) for (let year = span[0]; year <= span[1]; year++) years.push(year);
  return years;
}
