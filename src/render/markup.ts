/**
 * Writing HTML as text, safely: every data text is escaped, so it stays text (never markup)
 * whatever it holds. No DOM: this runs in Node (a CLI, a CMS's server-side code) and in browsers.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A text as HTML text content. Line breaks become spaces: HTML shows them as spaces anyway, and a
 * CMS that adds `<p>`/`<br>` at line breaks (WordPress's wpautop) then leaves the markup alone.
 * NUL cannot be written in HTML (a parser reads it as U+FFFD): it is left out, as the data's parser does.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[&<>]/g, (char) => ESCAPES[char]!)
    .replace(/[\r\n]+/g, ' ')
    .replace(/\0/g, '');
}

/** A value inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/[&<>"]/g, (char) => ESCAPES[char]!)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\0/g, '');
}

export type Attributes = Readonly<Record<string, string | number | boolean | undefined | null>>;

/** ` name="value"` for each attribute that is set (`true`: present without a value). */
export function attributes(values: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** An element whose content is already HTML (made by these functions). */
export function element(tag: string, values: Attributes, content = ''): string {
  return `<${tag}${attributes(values)}>${content}</${tag}>`;
}
