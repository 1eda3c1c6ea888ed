/** Texts: choosing which language of a multilingual text to show, and splitting it into paragraphs. */
import type { LanguageTag, LocalizedText } from './types.js';

export interface ChosenText {
  readonly text: string;
  /** The language the text is actually in. */
  readonly lang: LanguageTag;
  /** True when the wanted language was missing and another one was used. */
  readonly fallback: boolean;
}

/**
 * The text in `lang` (or a regional variant of it), else in the other language the
 * widgets speak (Georgian ↔ English), else the first one given.
 */
export function chooseText(text: LocalizedText, lang: LanguageTag): ChosenText {
  const wanted = lang.toLowerCase();
  const primary = primaryLanguage(wanted);
  const tags = Object.keys(text);
  const same = text[wanted] !== undefined ? wanted : text[primary] !== undefined ? primary : tags.find((tag) => primaryLanguage(tag) === primary);
  if (same !== undefined) return { text: text[same]!, lang: same, fallback: false };
  const other = primary === 'ka' ? 'en' : 'ka';
  const next = text[other] !== undefined ? other : (tags.find((tag) => primaryLanguage(tag) === other) ?? tags[0]!);
  return { text: text[next]!, lang: next, fallback: true };
}

/** `en` for `en-GB`. */
export function primaryLanguage(tag: LanguageTag): string {
  return tag.toLowerCase().split('-')[0]!;
}

/** Splits a goal into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t\r\f\v]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** A data text in `locale`; the `lang` to put on its element when it fell back to another language. */
export function localText(text: LocalizedText, locale: string): { text: string; lang: string | undefined } {
  const chosen = chooseText(text, locale);
  return { text: chosen.text, lang: chosen.lang === locale ? undefined : chosen.lang };
}
