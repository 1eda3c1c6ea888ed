/**
 * The one runtime parser every element uses: JSON text or a value in, a validated,
 * normalised model out, with every problem named by path. It never throws.
 *
 * Policy: a problem with the document's shape leaves nothing to show; a problem with a
 * required field (id, title, start) or with the period leaves that project out; a
 * problem with an optional field leaves that field out and keeps the project.
 */
import { firstDay, lastDay, parsePartialDate } from './dates.js';
import { locateJsonError } from './json-position.js';
import { PROJECT_STATUSES } from './types.js';
import type { Activity, DataIssue, IssueCode, LanguageTag, LocalizedText, Organisation, PartialDate, Project, ProjectStatus, ProjectsModel } from './types.js';
import { checkUrl } from './url.js';

/** Sub-items may nest this deep (an activity's items' items); deeper ones are reported. */
export const MAX_ACTIVITY_DEPTH = 3;

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const DEFAULT_LANG = 'ka';

/** The fields a project may leave out (absent or null). */
type OptionalField = 'goal' | 'activities' | 'implementers' | 'funders' | 'url' | 'status';

/** Parses JSON text (a response body, an inline `<script type="application/json">`); a syntax error says where it is. */
export function parseProjectsJson(json: string): ProjectsModel {
  return readProjectsJson(json, locateJsonError);
}

/**
 * As parseProjectsJson, with where a syntax error is found by `locate`, when given. The widgets
 * give none at first: the scanner comes with the problems' lazy chunk, which only a page with
 * broken data loads (src/loading/project-data-controller.ts).
 */
export function readProjectsJson(json: string, locate?: (json: string) => { line: number; column: number }): ProjectsModel {
  if (json.trim() === '') return fatal({ code: 'no-data', path: '', dropped: 'document' });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fatal({ code: 'not-json', path: '', dropped: 'document', position: locate?.(json) });
  }
  return parseProjects(value);
}

/** Validates and normalises an already-parsed value: a document or a bare array of projects. */
export function parseProjects(value: unknown): ProjectsModel {
  const issues: DataIssue[] = [];
  let lang = DEFAULT_LANG;
  let list: unknown;
  let base: string;
  if (Array.isArray(value)) {
    list = value;
    base = '';
  } else if (isRecord(value)) {
    if (value.lang !== undefined) {
      if (typeof value.lang === 'string' && LANGUAGE_TAG.test(value.lang)) lang = value.lang.toLowerCase();
      else issues.push({ code: 'bad-language', path: 'lang', value: show(value.lang), dropped: 'field' });
    }
    if (value.projects === undefined) return fatal({ code: 'missing', path: 'projects', dropped: 'document' }, issues, lang);
    list = value.projects;
    base = 'projects';
    if (!Array.isArray(list)) return fatal({ code: 'projects-not-a-list', path: 'projects', value: show(list), dropped: 'document' }, issues, lang);
  } else {
    return fatal({ code: 'not-a-document', path: '', value: show(value), dropped: 'document' });
  }

  const reader = new ProjectReader(lang, issues);
  const projects: Project[] = [];
  const seen = new Set<string>();
  (list as unknown[]).forEach((item, index) => {
    const project = reader.project(item, `${base}[${index}]`);
    if (!project) return;
    if (seen.has(project.id)) {
      issues.push({ code: 'duplicate-id', path: `${base}[${index}].id`, value: show(project.id), dropped: 'project', projectId: project.id });
      return;
    }
    seen.add(project.id);
    projects.push(project);
  });
  return { lang, projects, issues };
}

function fatal(issue: DataIssue, earlier: DataIssue[] = [], lang: LanguageTag = DEFAULT_LANG): ProjectsModel {
  return { lang, projects: [], issues: [...earlier, issue] };
}

/** True when the model has nothing to show because the document itself is unusable. */
export function isFatal(model: ProjectsModel): boolean {
  return model.issues.some((issue) => issue.dropped === 'document');
}

// ---------------------------------------------------------------------------

class ProjectReader {
  constructor(
    private readonly _lang: LanguageTag,
    private readonly _issues: DataIssue[],
  ) {}

  project(value: unknown, path: string): Project | undefined {
    const before = this._issues.length;
    const project = this._readProject(value, path);
    // Stamp the project's issues with its id, so a card showing one project can find its own.
    const id = project?.id ?? (isRecord(value) && typeof value.id === 'string' ? value.id.trim() : '');
    if (id) for (let i = before; i < this._issues.length; i++) this._issues[i] = { ...this._issues[i]!, projectId: id };
    return project;
  }

  private _readProject(value: unknown, path: string): Project | undefined {
    if (!isRecord(value)) return this._dropProject('not-an-object', path, value);

    const id = this._id(value.id, `${path}.id`);
    const title = this._required(value.title, `${path}.title`, (v, p) => this._text(v, p));
    const start = this._required(value.start, `${path}.start`, (v, p) => this._date(v, p));
    if (id === undefined || title === undefined || start === undefined) return undefined;

    let end: PartialDate | undefined;
    if (value.end !== undefined && value.end !== null) {
      const before = this._issues.length;
      end = this._date(value.end, `${path}.end`);
      // A wrong end date would show the project as running on: leave it out instead.
      if (!end) return this._escalateToProject(before);
      if (lastDay(end) < firstDay(start)) return this._dropProject('end-before-start', `${path}.end`, value.end);
    }

    const project: { -readonly [K in keyof Project]: Project[K] } = {
      id,
      title,
      start,
      goal: undefined,
      activities: [],
      implementers: [],
      funders: [],
    };
    if (end) project.end = end;
    // In this order, so that their problems are listed as the fields come in a project.
    const optional: { readonly [K in OptionalField]: (value: unknown, path: string) => Project[K] | undefined } = {
      goal: (v, p) => this._text(v, p),
      activities: (v, p) => this._activities(v, p, 1),
      implementers: (v, p) => this._organisations(v, p),
      funders: (v, p) => this._organisations(v, p),
      url: (v, p) => this._url(v, p),
      status: (v, p) => this._status(v, p),
    };
    for (const field of Object.keys(optional) as OptionalField[]) {
      this._optional<unknown>(value[field], `${path}.${field}`, optional[field], (read) => ((project as Record<OptionalField, unknown>)[field] = read));
    }
    if (project.goal === undefined) delete project.goal;
    return project;
  }

  // Each reader below reports its own problems as field-level issues and returns
  // undefined; `required` turns a missing or failed required field into a dropped project.

  private _required<T>(value: unknown, path: string, read: (value: unknown, path: string) => T | undefined): T | undefined {
    if (value === undefined || value === null) {
      this._issues.push({ code: 'missing', path, dropped: 'project' });
      return undefined;
    }
    const before = this._issues.length;
    const result = read(value, path);
    return result === undefined ? this._escalateToProject(before) : result;
  }

  /** The issues reported since `from` cost the whole project, not just a field. */
  private _escalateToProject(from: number): undefined {
    for (let i = from; i < this._issues.length; i++) this._issues[i] = { ...this._issues[i]!, dropped: 'project' };
    return undefined;
  }

  private _optional<T>(value: unknown, path: string, read: (value: unknown, path: string) => T | undefined, use: (result: T) => void): void {
    if (value === undefined || value === null) return;
    const result = read(value, path);
    if (result !== undefined) use(result);
  }

  private _id(value: unknown, path: string): string | undefined {
    return this._required(value, path, (v, p) => {
      if (typeof v !== 'string') return this._field('not-a-string', p, v);
      const id = v.trim();
      return id === '' ? this._field('empty', p) : id;
    });
  }

  private _text(value: unknown, path: string): LocalizedText | undefined {
    if (typeof value === 'string') {
      const text = clean(value);
      return text === '' ? this._field('empty', path) : { [this._lang]: text };
    }
    if (!isRecord(value)) return this._field('not-a-text', path, value);
    const result: Record<string, string> = {};
    for (const [tag, entry] of Object.entries(value)) {
      if (!LANGUAGE_TAG.test(tag)) {
        this._field('bad-language-tag', `${path}.${displayKey(tag)}`, tag);
      } else if (typeof entry !== 'string') {
        this._field('not-a-string', `${path}.${tag}`, entry);
      } else if (clean(entry) !== '') {
        result[tag.toLowerCase()] = clean(entry);
      }
    }
    return Object.keys(result).length === 0 ? this._field('empty', path) : result;
  }

  private _date(value: unknown, path: string): PartialDate | undefined {
    const date = typeof value === 'string' ? parsePartialDate(value.trim()) : undefined;
    return date ?? this._field('not-a-date', path, value);
  }

  private _activities(value: unknown, path: string, depth: number): Activity[] | undefined {
    if (!Array.isArray(value)) return this._field('not-a-list', path, value);
    if (depth > MAX_ACTIVITY_DEPTH) return this._field('too-deep', path);
    const list: Activity[] = [];
    value.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      if (isRecord(item) && 'text' in item) {
        const text = this._text(item.text, `${itemPath}.text`);
        let items: Activity[] = [];
        this._optional(
          item.items,
          `${itemPath}.items`,
          (v, p) => this._activities(v, p, depth + 1),
          (sub) => (items = sub),
        );
        if (text) list.push({ text, items });
      } else {
        const text = this._text(item, itemPath);
        if (text) list.push({ text, items: [] });
      }
    });
    return list;
  }

  private _organisations(value: unknown, path: string): Organisation[] | undefined {
    if (!Array.isArray(value)) return this._field('not-a-list', path, value);
    const list: Organisation[] = [];
    value.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      if (!isRecord(item)) return this._field('not-an-object', itemPath, item);
      if (item.name === undefined || item.name === null) return this._field('missing', `${itemPath}.name`);
      const name = this._text(item.name, `${itemPath}.name`);
      if (!name) return;
      let url: string | undefined;
      this._optional(
        item.url,
        `${itemPath}.url`,
        (v, p) => this._url(v, p),
        (href) => (url = href),
      );
      list.push(url === undefined ? { name } : { name, url });
    });
    return list;
  }

  private _url(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') return this._field('not-a-string', path, value);
    const check = checkUrl(value.trim());
    return check.ok ? check.href : this._field(check.code, path, value);
  }

  private _status(value: unknown, path: string): ProjectStatus | undefined {
    return PROJECT_STATUSES.includes(value as ProjectStatus) ? (value as ProjectStatus) : this._field('bad-status', path, value);
  }

  private _field(code: IssueCode, path: string, value?: unknown): undefined {
    this._issues.push(value === undefined ? { code, path, dropped: 'field' } : { code, path, value: show(value), dropped: 'field' });
    return undefined;
  }

  private _dropProject(code: IssueCode, path: string, value: unknown): undefined {
    this._issues.push({ code, path, value: show(value), dropped: 'project' });
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** NFC (so searches and comparisons see one spelling), trimmed, without NUL characters. */
function clean(text: string): string {
  // NUL out first: "a\0\u0301" must come out as one "á", not as the "a\u0301" a search would miss.
  return text.replace(/\0/g, '').normalize('NFC').trim();
}

const SHOW_LIMIT = 60;

/** A short, readable rendering of an offending value for messages: `"2023-13-01"`, `42`, `{"a":1}`. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > SHOW_LIMIT ? `${value.slice(0, SHOW_LIMIT)}…` : value);
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = preview(value, SHOW_LIMIT);
  } catch {
    // A getter, proxy or toJSON that throws: say what kind of thing it is.
    text = Array.isArray(value) ? '[…]' : '{…}';
  }
  return text.length > SHOW_LIMIT ? `${text.slice(0, SHOW_LIMIT)}…` : text;
}

/**
 * The start of `value`'s JSON text, as `JSON.stringify` writes it, up to a little past
 * `limit` characters. It stops walking the value there: a bad value nested 100,000 deep
 * or an array of 4 billion slots costs no more than a small one (stringifying it whole
 * took seconds in WebKit and Firefox, or hit their recursion limits).
 */
function preview(value: unknown, limit: number): string {
  let out = '';
  const write = (item: unknown, inArray: boolean): void => {
    if (out.length > limit) return;
    if (item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON === 'function') {
      item = (item as { toJSON(): unknown }).toJSON();
    }
    switch (typeof item) {
      case 'string':
        out += JSON.stringify(item.length > limit ? item.slice(0, limit + 1) : item);
        return;
      case 'number':
        out += Number.isFinite(item) ? String(item) : 'null';
        return;
      case 'boolean':
      case 'bigint':
        out += String(item);
        return;
      case 'object':
        break;
      default:
        // undefined, functions, symbols: JSON writes null in arrays (and leaves them out of objects).
        out += inArray ? 'null' : typeof item;
        return;
    }
    if (item === null) {
      out += 'null';
      return;
    }
    if (Array.isArray(item)) {
      out += '[';
      for (let i = 0; i < item.length && out.length <= limit; i++) {
        if (i > 0) out += ',';
        write(item[i], true);
      }
      out += ']';
      return;
    }
    out += '{';
    let first = true;
    for (const key of Object.keys(item)) {
      if (out.length > limit) break;
      const entry = (item as Record<string, unknown>)[key];
      if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
      out += `${first ? '' : ','}${JSON.stringify(key.length > limit ? key.slice(0, limit + 1) : key)}:`;
      first = false;
      write(entry, false);
    }
    out += '}';
  };
  write(value, false);
  return out;
}

/** Keys that would not read well in a path (spaces, odd characters) are quoted. */
function displayKey(key: string): string {
  return /^[\w-]+$/.test(key) ? key : JSON.stringify(key.length > 20 ? `${key.slice(0, 20)}…` : key);
}
