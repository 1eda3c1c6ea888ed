/**
 * Lists written as lines of text, as editors type them into a spreadsheet cell (and as
 * IATI descriptions often come): one activity per line, sub-items as lines that start
 * with a dash, a bullet or an indent; one organisation per line, `Name | https://…`.
 * Each language is written separately and the lists are joined item by item.
 */
import type { ActivityInput, LanguageTag, OrganisationInput } from './types.js';

interface Item {
  readonly text: string;
  readonly items: Item[];
}

// A leading dash, bullet or star marks a sub-item ("–" and "◦" too: autocorrect makes them from "-" and "o").
// `s`: a line separator (U+2028, as Word pastes a soft line break) is text, not the end of the match.
const LINE = /^([ \t\u00a0\u3000]*)([-–—•◦▪‣*·](?=\s|$))?\s*(.*)$/s;
/** What may start a line that is not a top-level item as it is: white space, or a marker. */
const NOT_PLAIN = /^[\s\-–—•◦▪‣*·]/;

/** Lines into a tree: a line nests under the nearest line above it that is less indented (a marker counts as one more space). */
export function lineTree(text: string): Item[] {
  const roots: Item[] = [];
  const open: { weight: number; item: Item }[] = [];
  for (const line of text.split(/\r\n?|\n/)) {
    let body: string;
    let weight = 0;
    // Most lines are a top-level item with nothing before it: no match to take apart (cold code, per line).
    if (line !== '' && !NOT_PLAIN.test(line)) body = line.trimEnd();
    else {
      const [, indent = '', marker, content = ''] = LINE.exec(line)!;
      body = content.trim();
      weight = indent.replace(/\t/g, '    ').length + (marker ? 1 : 0);
    }
    if (body === '') continue;
    while (open.length > 0 && open[open.length - 1]!.weight >= weight) open.pop();
    // `|` alone keeps the place of an activity with no text in this language (what projectsToCsv writes).
    const item: Item = { text: body === '|' ? '' : body, items: [] };
    (open.length > 0 ? open[open.length - 1]!.item.items : roots).push(item);
    open.push({ weight, item });
  }
  return roots;
}

type Texts = Record<LanguageTag, string>;

/** Activities in several languages, joined item by item (and sub-item by sub-item). */
export function activitiesByLanguage(byLanguage: Record<LanguageTag, string>): ActivityInput[] | undefined {
  const langs = Object.keys(byLanguage);
  const activities = joinItems(
    langs,
    langs.map((lang) => lineTree(byLanguage[lang]!)),
  );
  return activities.length > 0 ? activities : undefined;
}

/** The lists of `langs` (one per language, in its order; undefined: none) as one list of activities. Plain loops: it runs once per cell. */
function joinItems(langs: readonly LanguageTag[], lists: readonly (readonly Item[] | undefined)[]): ActivityInput[] {
  let length = 0;
  for (const list of lists) if (list && list.length > length) length = list.length;
  const out: ActivityInput[] = [];
  for (let i = 0; i < length; i++) {
    const text: Texts = {};
    const children: (Item[] | undefined)[] = [];
    let nested = false;
    for (let l = 0; l < langs.length; l++) {
      const item = lists[l]?.[i];
      children.push(item?.items);
      if (!item) continue;
      if (item.text !== '') text[langs[l]!] = item.text;
      if (item.items.length > 0) nested = true;
    }
    out.push(nested ? { text, items: joinItems(langs, children) } : text);
  }
  return out;
}

/** `Name | https://…` lines in several languages, joined line by line; the address is the first one given. */
export function organisationsByLanguage(byLanguage: Record<LanguageTag, string>): OrganisationInput[] | undefined {
  const out: { name: Texts; url?: string }[] = [];
  for (const [lang, text] of Object.entries(byLanguage)) {
    const lines = text
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    lines.forEach((line, i) => {
      // The address is after the first bar that an http(s) address follows to the end of the line
      // (an address may have a bar in it, and so may a name); else after the last bar.
      const web = /\|\s*(https?:\/\/\S*)$/i.exec(line);
      const bar = web ? web.index : line.lastIndexOf('|');
      const name = (bar < 0 ? line : line.slice(0, bar)).trim();
      const url = web ? web[1]! : bar < 0 ? '' : line.slice(bar + 1).trim();
      const organisation = (out[i] ??= { name: {} });
      if (name !== '') organisation.name[lang] = name;
      if (url !== '' && organisation.url === undefined) organisation.url = url;
    });
  }
  // An organisation with an address but no name in any language goes to the validator as it is ("name: missing").
  const list = out.filter(Boolean).map((organisation) => (Object.keys(organisation.name).length > 0 ? organisation : { ...organisation, name: undefined }));
  return list.length > 0 ? (list as OrganisationInput[]) : undefined;
}
