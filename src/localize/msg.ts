/**
 * `msg()` that answers in the language of the element being rendered.
 *
 * @lit/localize's own runtimes keep one global implementation, installed once per
 * page: configuring it from a widget library would throw in (or be thrown by) a host
 * app that localizes with @lit/localize too. So this module keeps a private `msg`
 * with the same type — which is how `lit-localize extract` recognises the calls — and
 * the lookup of the library's reentrant mode (`runtimeMsg`) for the messages we have
 * (strings and str`` templates, no html``), driven by `renderInLocale()` instead of a
 * global setting. Nothing global is installed.
 *
 * Two pieces are @lit/localize's internals: the id hash (for unbundled code; builds number the
 * calls, scripts/localize-ids.mjs) and the str`` tag's own module (the public entry would drag
 * the global runtime into bundles). The version is pinned exactly, and
 * test/node/lit-localize-internals.test.mjs fails when an update changes either.
 */
import type { MsgFn, MsgOptions, StrResult } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { templates as kaTemplates } from './generated/ka.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** The languages the interface speaks. English is the source language of the messages. */
export type Locale = 'ka' | 'en';

let activeLocale: Locale = 'en';

/** Georgian texts by id: lit-localize's hash of the English text, or (in builds) a number (scripts/localize-ids.mjs). */
const ka = kaTemplates as unknown as Record<string | number, string | StrResult | undefined>;

/** `options` is the id where the build gave the call one; otherwise the id is the hash of the text. */
export const msg: MsgFn = ((template: string | StrResult, options?: MsgOptions | number) => {
  const id = typeof options === 'number' ? options : (options?.id ?? generateMsgId(typeof template === 'string' ? template : template.strings, false));
  const localized = activeLocale === 'ka' ? ka[id] : undefined;
  const chosen = localized ?? template;
  if (typeof chosen === 'string') return chosen;
  // In a translation, `${n}` stands for value n of the English template (translations may reorder them).
  const { values } = template as StrResult;
  return chosen.strings.reduce((text, part, i) => text + String(values[localized ? (chosen.values[i - 1] as number) : i - 1]) + part);
}) as MsgFn;

/** Runs `render` with `msg()` answering in `locale`. Rendering is synchronous, so this nests safely. */
export function renderInLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** The language `msg()` answers in now. */
export const currentLocale = (): Locale => activeLocale;

/** `ka`, `ka-GE`, … → Georgian; anything else → English. */
export function localeFor(lang: string | null | undefined): Locale {
  return lang && /^ka(?:-|$)/i.test(lang.trim()) ? 'ka' : 'en';
}
