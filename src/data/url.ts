/** Which links the widgets are willing to render. */

export type UrlCheck = { readonly ok: true; readonly href: string } | { readonly ok: false; readonly code: 'not-a-url' | 'unsafe-url' };

/**
 * Accepts absolute http(s) URLs only, and returns them as the URL parser
 * serialises them, so that the string rendered into `href` is exactly the one
 * that was checked (no `java\tscript:` or ` JAVASCRIPT:` surprises).
 */
export function checkUrl(value: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: 'not-a-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: 'unsafe-url' };
  return { ok: true, href: url.href };
}
