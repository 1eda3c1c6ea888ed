/**
 * IATI activity files (the aid-transparency standard), 2.01–2.03 and the 1.0x files still
 * published, read into the JSON contract's input (see reading.ts). The mapping:
 *
 * | ours | IATI 2.0x | IATI 1.0x |
 * |---|---|---|
 * | id | `iati-identifier` (made from the title when absent) | the same |
 * | title | `title/narrative`, by `xml:lang` | `title` (one per `xml:lang`) |
 * | goal | `description` type 2 (Objectives) | type 2 or `objectives` |
 * | activities | `description` type 1 (General; also untyped), one item per line | type 1, `general`, `summary` or untyped |
 * | start | `activity-date` type 2 (actual), else 1 (planned) | `start-actual`, else `start-planned` (early files: `start`) |
 * | end | `activity-date` type 4 (actual), else 3 (planned) | `end-actual`, else `end-planned` (early: `end`, `completion`) |
 * | status | `activity-status/@code` 1 → planned, 2 → ongoing, 3, 4 → completed, 5 → cancelled, 6 → suspended | the same codes, or the code list's names |
 * | funders | `participating-org` role 1 (Funding) | role `Funding` |
 * | implementers | `participating-org` role 4 (Implementing) | role `Implementing` |
 * | url | `document-link` with category A12 (Activity web page) | the same, else `activity-website` |
 *
 * Codes as in IATI's code lists (ActivityStatus, ActivityDateType, OrganisationRole,
 * DescriptionType, DocumentCategory). A file may mix versions (an aggregator's download):
 * each activity is read by what it contains.
 */
import { slug, uniqueId } from './made-ids.js';
import type { Reading, ReadOptions } from './reading.js';
import { activitiesByLanguage } from './text-lists.js';
import type { DataIssue, IssueLocation, LanguageTag, ProjectInput } from './types.js';
import { childrenNamed, parseXml, textOf, type XmlElement } from './xml.js';

const STATUS_CODES: Readonly<Record<string, string>> = {
  '1': 'planned',
  '2': 'ongoing',
  '3': 'completed',
  '4': 'completed',
  '5': 'cancelled',
  '6': 'suspended',
  // The code list's names, which 1.0x publishers sometimes wrote instead of the codes.
  'pipeline/identification': 'planned',
  implementation: 'ongoing',
  finalisation: 'completed',
  closed: 'completed',
  cancelled: 'cancelled',
  suspended: 'suspended',
};

/** Activity date types (2.0x codes and 1.0x names) by what they are to us. */
const DATE_TYPES: Readonly<Record<string, 'start-planned' | 'start-actual' | 'end-planned' | 'end-actual'>> = {
  '1': 'start-planned',
  'start-planned': 'start-planned',
  '2': 'start-actual',
  'start-actual': 'start-actual',
  start: 'start-actual',
  '3': 'end-planned',
  'end-planned': 'end-planned',
  completion: 'end-planned',
  end: 'end-planned',
  '4': 'end-actual',
  'end-actual': 'end-actual',
};

const FUNDING = ['1', 'funding'];
const IMPLEMENTING = ['4', 'implementing'];

/** The IATI element each of our fields comes from, for messages. */
const ELEMENTS: Readonly<Record<string, string>> = {
  id: 'iati-identifier',
  title: 'title',
  goal: 'description',
  activities: 'description',
  start: 'activity-date (start)',
  end: 'activity-date (end)',
  status: 'activity-status',
  implementers: 'participating-org',
  funders: 'participating-org',
  url: 'document-link',
};

const attribute = (element: XmlElement | undefined, name: string): string => (element?.attributes[name] ?? '').trim();
const first = (element: XmlElement, name: string): XmlElement | undefined => childrenNamed(element, name)[0];

/** Reads an IATI activity file (`<iati-activities>`, or one `<iati-activity>`). */
export function readIati(text: string, options: ReadOptions = {}): Reading {
  const nowhere: Reading['locate'] = () => undefined;
  if (text.trim() === '') return { issues: [{ code: 'no-data', path: '', dropped: 'document' }], locate: nowhere };
  const organisation = options.organisation?.trim().toLowerCase();
  const projects: ProjectInput[] = [];
  const sources: { index: number; id: string }[] = [];
  const ids = new Set<string>();
  let count = 0;
  const read = (activity: XmlElement, fileLang: string) => {
    count++;
    if (organisation && !takesPart(activity, organisation)) return;
    const project = readActivity(activity, (activity.attributes['xml:lang'] || fileLang).toLowerCase());
    const identifier = typeof project.id === 'string' ? project.id : '';
    sources.push({ index: count, id: identifier });
    projects.push(project);
    if (identifier) ids.add(identifier);
  };
  const langOf = (root: XmlElement) => (root.attributes['xml:lang'] || 'en').toLowerCase();
  // Each activity is read as soon as it is closed, and not kept in the tree (see parseXml).
  const xml = parseXml(text, (element, root) => root.name === 'iati-activities' && element.name === 'iati-activity' && (read(element, langOf(root)), true));
  if (!xml.ok) return { issues: [{ code: 'not-xml', path: '', dropped: 'document', position: { line: xml.line, column: xml.column } }], locate: nowhere };
  const root = xml.root;
  if (root.name === 'iati-activity') read(root, langOf(root));
  else if (root.name !== 'iati-activities') return { issues: [{ code: 'not-iati', path: '', value: `<${root.name}>`, dropped: 'document' }], locate: nowhere };
  const fileLang = langOf(root);

  // An activity without an identifier (early 1.0 files) gets one made from its title.
  projects.forEach((project, i) => {
    if (sources[i]!.id !== '') return;
    const title = project.title as Record<string, string> | undefined;
    const base = (title && slug(Object.values(title)[0]!)) || `activity-${sources[i]!.index}`;
    (project as { id: string }).id = uniqueId(base, ids);
  });

  const issues: DataIssue[] = [];
  if (organisation && projects.length === 0 && count > 0) {
    issues.push({ code: 'no-activity-for-organisation', path: '', value: JSON.stringify(options.organisation!.trim()), dropped: 'document' });
    return { issues, locate: nowhere };
  }
  const locate = (path: string): IssueLocation | undefined => {
    const match = /^projects\[(\d+)\](?:\.(\w+))?/.exec(path);
    const source = match ? sources[Number(match[1])] : undefined;
    if (!source) return undefined;
    const element = match![2] ? ELEMENTS[match![2]] : undefined;
    return { kind: 'activity', index: source.index, ...(source.id ? { id: source.id } : {}), ...(element ? { element } : {}) };
  };
  return { input: { lang: fileLang, projects }, issues, locate };
}

/** Whether `ref` reports the activity or takes part in it. */
function takesPart(activity: XmlElement, ref: string): boolean {
  return [...childrenNamed(activity, 'reporting-org'), ...childrenNamed(activity, 'participating-org')].some((org) => attribute(org, 'ref').toLowerCase() === ref);
}

/**
 * The texts of elements by language: their `narrative`s (2.0x), or their own text (1.0x),
 * each in its `xml:lang` or else the activity's. Several in one language are joined by `separator`.
 */
function narratives(elements: XmlElement[], lang: LanguageTag, separator: string): Record<LanguageTag, string> | undefined {
  const byLanguage: Record<LanguageTag, string> = {};
  for (const element of elements) {
    const parts = childrenNamed(element, 'narrative');
    for (const part of parts.length > 0 ? parts : [element]) {
      const text = textOf(part).trim();
      if (text === '') continue;
      const tag = (part.attributes['xml:lang'] || element.attributes['xml:lang'] || lang).toLowerCase();
      byLanguage[tag] = byLanguage[tag] ? `${byLanguage[tag]}${separator}${text}` : text;
    }
  }
  return Object.keys(byLanguage).length > 0 ? byLanguage : undefined;
}

function readActivity(activity: XmlElement, lang: LanguageTag): ProjectInput {
  const project: Record<string, unknown> = {};
  const identifier = first(activity, 'iati-identifier');
  project.id = identifier ? textOf(identifier).trim() : '';

  const title = narratives(childrenNamed(activity, 'title'), lang, ' ');
  if (title) project.title = Object.fromEntries(Object.entries(title).map(([tag, text]) => [tag, text.replace(/\s+/g, ' ')]));

  const descriptions = childrenNamed(activity, 'description');
  const ofType = (...types: string[]) => descriptions.filter((description) => types.includes(attribute(description, 'type').toLowerCase()));
  const goal = narratives(ofType('2', 'objectives'), lang, '\n\n');
  if (goal) project.goal = goal;
  const general = narratives(ofType('', '1', 'general', 'summary'), lang, '\n');
  if (general) project.activities = activitiesByLanguage(general);

  const { start, end } = activityDates(activity);
  if (start) project.start = start;
  if (end) project.end = end;

  const statusElement = first(activity, 'activity-status');
  const status = attribute(statusElement, 'code') || attribute(statusElement, 'ref') || (statusElement ? textOf(statusElement).trim() : '');
  if (status) project.status = STATUS_CODES[status.toLowerCase()] ?? status;

  const funders = organisations(activity, FUNDING, lang);
  if (funders) project.funders = funders;
  const implementers = organisations(activity, IMPLEMENTING, lang);
  if (implementers) project.implementers = implementers;

  const page = childrenNamed(activity, 'document-link').find((link) => childrenNamed(link, 'category').some((category) => attribute(category, 'code').toUpperCase() === 'A12'));
  const website = first(activity, 'activity-website');
  const url = attribute(page, 'url') || (website ? textOf(website).trim() : '');
  if (url) project.url = url;
  return project as unknown as ProjectInput;
}

/** The activity's start and end: the actual dates where given, else the planned ones. */
function activityDates(activity: XmlElement): { start?: string; end?: string } {
  const dates: Record<string, string> = {};
  for (const date of childrenNamed(activity, 'activity-date')) {
    const kind = DATE_TYPES[attribute(date, 'type').toLowerCase()];
    // 2.0x and 1.0x dates are in iso-date; early 1.0 files wrote iso_date, or the date as the text.
    const text = textOf(date).trim();
    const value = attribute(date, 'iso-date') || attribute(date, 'iso_date') || (/^\d{4}-\d{2}/.test(text) ? text : '');
    if (kind && value && !dates[kind]) dates[kind] = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  }
  return { start: dates['start-actual'] ?? dates['start-planned'], end: dates['end-actual'] ?? dates['end-planned'] };
}

/** The participating organisations in one of `roles`, by name (or, lacking one, by identifier; with neither, the validator reports it). */
function organisations(activity: XmlElement, roles: string[], lang: LanguageTag): { name: unknown }[] | undefined {
  const list = childrenNamed(activity, 'participating-org')
    .filter((org) => roles.includes(attribute(org, 'role').toLowerCase()))
    .map((org) => {
      const name = narratives([org], lang, ' ');
      const ref = attribute(org, 'ref');
      // An organisation named only by its identifier is shown by it.
      return { name: name ?? (ref ? { [lang]: ref } : undefined) };
    });
  return list.length > 0 ? list : undefined;
}
