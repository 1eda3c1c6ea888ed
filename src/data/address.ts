/**
 * A project's address on a page: `#<project id>`. No DOM: the hash comes in as a string and
 * only ever leaves as an id compared with the data's ids, never as markup or a selector.
 */

/** Longest hash read as a project's address; a longer one names no project (ids are short). */
const MAX_HASH = 500;

/**
 * The project id a URL's hash (`location.hash`, with or without its `#`) names, or undefined.
 * Percent-escapes are decoded (browsers escape non-ASCII and spaces), a malformed one leaves the
 * text as written; a text directive (`:~:text=`, where a browser leaves it in) is not part of it.
 */
export function projectIdFromHash(hash: string): string | undefined {
  if (hash.length > MAX_HASH) return undefined;
  let id = hash.replace(/^#/, '').split(':~:')[0]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not valid percent-encoding: compared as it is written.
  }
  return id.trim() || undefined;
}

/**
 * The hash that names a project: `#` and its id, escaped so that `projectIdFromHash` reads it back.
 * A lone surrogate (hostile or broken data) cannot be escaped: it becomes U+FFFD, not a thrown error.
 */
export function projectHash(id: string): string {
  return `#${encodeURIComponent(id.replace(/\p{Cs}/gu, '\uFFFD'))}`;
}
