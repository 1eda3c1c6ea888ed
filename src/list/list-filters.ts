/**
 * The list's search and filters: what its attributes ask for (a value that is not a choice
 * filters nothing), and what the menus offer for the data in hand. No DOM, no lit.
 */
import { projectStatus } from '../data/dates.js';
import { projectYears, SORT_ORDERS, type ProjectQuery, type SortOrder } from '../data/search.js';
import { PROJECT_STATUSES, type Project, type ProjectStatus, type ProjectsModel } from '../data/types.js';

/** The search text as typed, and the filters and sort order that apply. */
export type ListFilters = Omit<ProjectQuery, 'today' | 'lang'> & { readonly text: string; readonly sort: SortOrder };

/** The list's attributes that hold its search and filters. */
export interface FilterAttributes {
  readonly query: string | null;
  readonly status: string | null;
  readonly year: number | null;
  readonly sort: string | null;
}

const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | undefined => ((choices as readonly string[]).includes(value ?? '') ? (value as T) : undefined);

export function readFilters(attributes: FilterAttributes): ListFilters {
  return {
    text: attributes.query ?? '',
    status: oneOf(PROJECT_STATUSES, attributes.status),
    year: Number.isInteger(attributes.year) ? attributes.year! : undefined,
    sort: oneOf(SORT_ORDERS, attributes.sort) ?? 'newest',
  };
}

/** Whether the search or a filter narrows the list (the sort order does not). */
export const isFiltered = (filters: ListFilters): boolean => filters.text.trim() !== '' || filters.status !== undefined || filters.year !== undefined;

/** The value each menu shows. */
export function menuValues(filters: ListFilters): Record<'status' | 'year' | 'sort', string> {
  return { status: filters.status ?? '', year: String(filters.year ?? ''), sort: filters.sort };
}

/** What the filters offer for one model and one `today`. */
export interface Facets {
  readonly model: ProjectsModel;
  readonly today: number;
  readonly statuses: readonly ProjectStatus[];
  /** Newest first, like the list. */
  readonly years: readonly number[];
  /** Position in the data: a stable, attribute-safe id for each card. */
  readonly index: ReadonlyMap<Project, number>;
}

/**
 * The facets of `model` on day `today` (`todayAttribute`: the element's `today`, whose year open-ended
 * projects run to). `previous` is kept when it is for the same: worked out once, not per keystroke.
 */
export function facetsFor(model: ProjectsModel, today: number, todayAttribute: string | null, previous?: Facets): Facets {
  if (previous?.model === model && previous.today === today) return previous;
  const present = new Set(model.projects.map((project) => projectStatus(project, today)));
  return {
    model,
    today,
    statuses: PROJECT_STATUSES.filter((status) => present.has(status)),
    years: projectYears(model.projects, parseInt(todayAttribute ?? '') || new Date().getFullYear()).reverse(),
    index: new Map(model.projects.map((project, i) => [project, i])),
  };
}
