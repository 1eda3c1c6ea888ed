/**
 * A list's search, filters and sort in the page's query string (`<wisg-project-list url-state>`),
 * read and written as text. No DOM: src/chunks/list-state.ts puts it in the address.
 *
 * Each list's parameters carry its namespace, `<namespace>-query`, `-status`, `-year`, `-sort`, so
 * that two lists on a page keep apart, and no parameter of the page's own (WordPress's `?p=12`, `s`,
 * `year`; `utm_*`) is read or changed. Only what differs from the list's own attributes is written,
 * so a page opened without parameters shows the list as its author set it up.
 *
 * A query string is anyone's to edit: a value that is not a choice is ignored (the attribute's
 * value stands), the search text is cut to `MAX_QUERY_LENGTH` characters, and nothing read is ever
 * markup (the list shows it as text).
 */
import { SORT_ORDERS } from './search.js';
import { PROJECT_STATUSES } from './types.js';

/** The longest search text read from an address, in characters (a search is a few words). */
export const MAX_QUERY_LENGTH = 200;

/** The list's search and filters, as its attributes hold them (`null`: not set). */
export interface ListState {
  readonly query: string | null;
  readonly status: string | null;
  readonly year: number | null;
  readonly sort: string | null;
}

type Field = keyof ListState;
const FIELDS: readonly Field[] = ['query', 'status', 'year', 'sort'];

const oneOf = (choices: readonly string[], value: string | null): string | null => (value !== null && choices.includes(value) ? value : null);

/** The state as the list applies it: empty search as none, a value that is not a choice as none, no sort as `newest`. */
export function normalizeListState(state: ListState): ListState {
  return {
    query: state.query || null,
    status: oneOf(PROJECT_STATUSES, state.status),
    year: Number.isInteger(state.year) ? state.year : null,
    sort: oneOf(SORT_ORDERS, state.sort) ?? 'newest',
  };
}

/** A field's parameter name: `projects-query`. */
const paramName = (namespace: string, field: Field): string => `${namespace}-${field}`;

/**
 * A field's value read from a parameter, or `undefined` when it is not a value of that field (ignored).
 * An empty value clears the field (`?projects-status=`: all statuses, when the attribute asked for one).
 */
function readField(field: Field, value: string): ListState[Field] | undefined {
  switch (field) {
    case 'query': {
      // An <input> holds no line breaks; code points, so that no surrogate pair is cut in half.
      const text = [...value.replace(/[\r\n]+/g, ' ')].slice(0, MAX_QUERY_LENGTH).join('');
      return text || null;
    }
    case 'status':
      return value === '' ? null : (oneOf(PROJECT_STATUSES, value) ?? undefined);
    case 'year':
      return value === '' ? null : /^\d{4}$/.test(value) ? Number(value) : undefined;
    case 'sort':
      return oneOf(SORT_ORDERS, value) ?? undefined;
  }
}

/**
 * The list's state in `search` (a query string, with or without its `?`): each field its
 * parameter says, if that is a value of the field, else `initial`'s (the list's attributes).
 */
export function readListState(search: string, namespace: string, initial: ListState): ListState {
  const params = new URLSearchParams(search);
  const state: Record<Field, ListState[Field]> = { ...normalizeListState(initial) };
  for (const field of FIELDS) {
    const value = params.get(paramName(namespace, field));
    const read = value === null ? undefined : readField(field, value);
    if (read !== undefined) state[field] = read;
  }
  return normalizeListState(state as ListState);
}

/**
 * The list's own parameters for `state`, as query-string text (`projects-query=trans&projects-year=2023`):
 * the fields that differ from `initial`. Two states that the list shows alike give the same text.
 */
export function listStateParams(state: ListState, namespace: string, initial: ListState): string {
  const now = normalizeListState(state);
  const start = normalizeListState(initial);
  const params = new URLSearchParams();
  for (const field of FIELDS) if (now[field] !== start[field]) params.set(paramName(namespace, field), String(now[field] ?? ''));
  return params.toString();
}

/**
 * `search` (with or without its `?`) with the list's parameters replaced by `own` (from
 * `listStateParams`), without the `?`. Every other parameter is kept as written, in its place; the
 * list's go where its first one was, or at the end.
 */
export function withListParams(search: string, namespace: string, own: string): string {
  const names = new Set(FIELDS.map((field) => paramName(namespace, field)));
  const kept: string[] = [];
  let at = -1;
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const [name] = new URLSearchParams(part).keys();
    if (name !== undefined && names.has(name)) {
      if (at < 0) at = kept.length;
    } else kept.push(part);
  }
  if (own) kept.splice(at < 0 ? kept.length : at, 0, own);
  return kept.join('&');
}
