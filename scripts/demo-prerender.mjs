#!/usr/bin/env node
// Writes the widgets' pre-rendered content into demo/index.html (as a CMS saves it in a page), in
// Georgian, the page's language: `npm run build && node scripts/demo-prerender.mjs`. The demo test
// checks it is what the renderer writes today (saved content that went stale is still shown until
// the widget has fresh data, but the demo should show the current rendering).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderStatic } from '../dist/lib/render.js';
import { parseProjects } from '../dist/lib/data.js';

const FILE = 'demo/index.html';

/** The page with each widget's content (between its tag and its first child or end) replaced by a fresh rendering. */
export function prerenderDemo(page) {
  const data = parseProjects(JSON.parse(readFileSync('data/wisg-projects.json', 'utf8')));
  const options = {
    'wisg-timeline': { element: 'timeline', headingLevel: 2 },
    'wisg-project-list': { element: 'list', headingLevel: 2, heading: 'ყველა პროექტი' },
    'wisg-project-card': { element: 'card', projectId: 'rfsl-2022-24', headingLevel: 3, idPrefix: 'featured' },
  };
  return page.replace(/(<(wisg-timeline|wisg-project-list|wisg-project-card)\b[^>]*>)(?:<div class="wisg-static"[^\n]*?(?=<\/wisg-|\n))?/g, (_, open, tag) => {
    const { html } = renderStatic(data, { lang: 'ka', ...options[tag] });
    return open + html;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(FILE, prerenderDemo(readFileSync(FILE, 'utf8')));
