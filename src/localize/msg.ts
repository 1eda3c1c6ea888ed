/**
 * `msg()` that answers in the language of the element being rendered.
 *
 * @lit/localize's own runtimes keep one global implementation, installed once per
 * page: configuring it from a widget library would throw in (or be thrown by) a host
 * app that localizes with @lit/localize too. So this module keeps a private `msg`
 * with the same type — which is how `lit-localize extract` recognises the calls — and
 * the same template lookup as the library's reentrant mode (`runtimeMsg`), driven by
 * `renderInLocale()` instead of a global setting. Nothing global is installed.
 */
import type { MsgFn } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates as kaTemplates } from './generated/ka.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** The languages the interface speaks. English is the source language of the messages. */
export type Locale = 'ka' | 'en';
export const LOCALES: readonly Locale[] = ['ka', 'en'];

let activeLocale: Locale = 'en';

export const msg: MsgFn = ((template, options) =>
  runtimeMsg(activeLocale === 'ka' ? kaTemplates : undefined, template, options)) as MsgFn;

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

/** `ka`, `ka-GE`, … → Georgian; anything else → English. */
export function localeFor(lang: string | null | undefined): Locale {
  return lang && /^ka(?:-|$)/i.test(lang.trim()) ? 'ka' : 'en';
}
