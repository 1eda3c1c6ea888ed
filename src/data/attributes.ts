/** Reading the elements' option values (attributes, or the static rendering's options): no DOM. */

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute: 2–6, else the default. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}
