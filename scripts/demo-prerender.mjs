#!/usr/bin/env node
// Writes the widgets' pre-rendered content into demo/index.html (as a CMS saves it in a page), in
// Georgian, the page's language, and writes demo/en.html, the same page in English (a site's English
// version): `npm run build && node scripts/demo-prerender.mjs`. The demo test checks both are what
// this writes today (saved content that went stale is still shown until the widget has fresh data,
// but the demo should show the current rendering).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderStatic } from '../dist/lib/render.js';
import { parseProjects } from '../dist/lib/data.js';

const FILE = 'demo/index.html';
const ENGLISH = 'demo/en.html';

/** The page with each widget's content (between its tag and its first child or end) replaced by a fresh rendering. */
export function prerenderDemo(page, lang = 'ka') {
  const data = parseProjects(JSON.parse(readFileSync('data/wisg-projects.json', 'utf8')));
  const options = {
    'wisg-timeline': { element: 'timeline', headingLevel: 2 },
    'wisg-project-list': { element: 'list', headingLevel: 2, heading: lang === 'ka' ? 'ყველა პროექტი' : 'All projects' },
    'wisg-project-card': { element: 'card', projectId: 'rfsl-2022-24', headingLevel: 3, idPrefix: 'featured' },
  };
  return page.replace(/(<(wisg-timeline|wisg-project-list|wisg-project-card)\b[^>]*>)(?:<div class="wisg-static"[^\n]*?(?=<\/wisg-|\n))?/g, (_, open, tag) => {
    const { html } = renderStatic(data, { lang, ...options[tag] });
    return open + html;
  });
}

/**
 * demo/en.html from the Georgian page: <html lang="en">, the page's own texts from their data-en,
 * the switch's English button pressed, and the widgets' content in English.
 */
export function englishDemo(page) {
  const english = page
    .replace('<html lang="ka">', '<html lang="en">')
    .replace(/<!--\n\s+A page as a CMS would make it/, '<!--\n      Written by scripts/demo-prerender.mjs from index.html: the same page in English.\n      A page as a CMS would make it')
    .replace(/(<(\w+)\b[^>]*?\sdata-ka="[^"]*"[^>]*?\sdata-en="([^"]*)"[^>]*>)[\s\S]*?(<\/\2>)/g, (_, open, tag, en, close) => open + en + close)
    .replace(/aria-label="[^"]*"( data-label-en="([^"]*)")/g, 'aria-label="$2"$1')
    .replace(/(data-heading-en="([^"]*)" heading=")[^"]*"/g, '$1$2"')
    .replace(/(data-lang="(ka|en)" aria-pressed=")(true|false)"/g, (_, start, lang) => `${start}${lang === 'en'}"`);
  return prerenderDemo(english, 'en');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const georgian = prerenderDemo(readFileSync(FILE, 'utf8'));
  writeFileSync(FILE, georgian);
  writeFileSync(ENGLISH, englishDemo(georgian));
}
