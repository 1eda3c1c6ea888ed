// Where screenshots go. Every one into test-results/screenshots/ (ignored by git: made again by
// `npm run screenshots` and `npm run test:wordpress -- --screenshots`, to be looked at there), and the
// few the README shows inline into docs/screenshots/ as well, committed so that the README on
// GitHub and npm shows them. Which ones those are, the README says: nothing else lists them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const SCREENSHOTS_DIR = join(ROOT, 'test-results/screenshots');
export const DOCS_SCREENSHOTS_DIR = join(ROOT, 'docs/screenshots');

/** The file names of the screenshots the README shows (`docs/screenshots/NAME.png`). */
export function readmeScreenshots() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...new Set([...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((match) => match[1]))];
}

export const DOCS_TIMELINE_TITLES_DIR = join(ROOT, 'docs/timeline-titles');

/** The pictures docs/timeline-titles/README.md shows (the timeline titles' design evidence, kept in that folder). */
export function docsTimelineTitles() {
  const readme = readFileSync(join(DOCS_TIMELINE_TITLES_DIR, 'README.md'), 'utf8');
  return [...new Set([...readme.matchAll(/\]\(([\w.-]+\.png)\)/g)].map((match) => match[1]))];
}

/** Writes a screenshot (`name`.png) where it belongs; returns the paths written, relative to the repository. */
export function saveScreenshot(name, png) {
  const file = `${name}.png`;
  const dirs = [SCREENSHOTS_DIR, ...(readmeScreenshots().includes(file) ? [DOCS_SCREENSHOTS_DIR] : [])];
  return dirs.map((dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), png);
    return relative(ROOT, join(dir, file));
  });
}

/**
 * A page to photograph: the bundle, `body`, and the flags the scripts wait for (`window.loaded` on
 * wisg-load, `window.failed` with the message on wisg-error). `css` is the host page's own style.
 */
export function shotPage({ lang, body, css }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }
  ${css}
</style>
<script>
  addEventListener('wisg-load', () => (window.loaded = true));
  addEventListener('wisg-error', (event) => (window.failed = event.detail.message));
</script>
<script type="module" src="/dist/wisg-widgets.js"></script>
</head>
<body>${body}</body>
</html>`;
}
