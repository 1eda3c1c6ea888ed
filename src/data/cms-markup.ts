/**
 * Inline JSON as a CMS leaves it. WordPress's wpautop (and Drupal's line-break filter, and
 * editors that wrap lines) turn blank lines into `</p>\n<p>` and line ends into `<br />`, also
 * inside a pasted `<script type="application/json">`: one blank line in the JSON and it no
 * longer parses.
 */

/** The markup such filters insert: paragraph tags and line breaks, without attributes. */
const INSERTED = /<\/?p\s*>|<br\s*\/?\s*>/iy;

/**
 * `text` with that markup removed where it sits between JSON tokens, and only there: inside a
 * string it is the data's own text and stays as written (as do quotes of any other kind, such
 * as Georgian „…“). Each tag becomes as many spaces as it had characters, so an error in what
 * is left is reported at the line and column where the editor sees it.
 */
export function withoutCmsMarkup(text: string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let copied = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i++; // a backslash escapes the next character
      else if (char === 34) inString = false;
    } else if (char === 34) {
      inString = true;
    } else if (char === 60) {
      INSERTED.lastIndex = i;
      const tag = INSERTED.exec(text);
      if (tag) {
        out += text.slice(copied, i) + tag[0].replace(/[^\n]/g, ' ');
        i += tag[0].length - 1;
        copied = i + 1;
      }
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * withoutCmsMarkup for a sheet or an IATI file, which rarely has such a tag (an IATI file never
 * has): one native search first, not a walk in JS (20 ms of a 6.7 MB IATI file's 350 ms to painted,
 * in Chromium). Apart, so that the problems' chunk, which mends only JSON that did not parse, is not larger.
 */
export function withoutCmsMarkupIfAny(text: string): string {
  return new RegExp(INSERTED.source, 'i').test(text) ? withoutCmsMarkup(text) : text;
}
