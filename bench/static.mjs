// The floor: the content <wisg-project-list> shows, pre-rendered as plain HTML by the package's own
// renderer (src/render/, from dist/lib/render.js: the list's markup, words, dates and order, in
// Georgian, activities closed), so that the browser only has to parse, style, lay out and paint it.
import { parseProjects } from '../dist/lib/data.js';
import { renderStatic as renderWidget } from '../dist/lib/render.js';

/** The list's content for these projects (newest first, as the list sorts by default). */
export function renderStatic(projects, today, options = {}) {
  return renderWidget(parseProjects({ lang: 'ka', projects }), { element: 'list', lang: 'ka', today, ...options }).html;
}
