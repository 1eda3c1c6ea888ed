/**
 * The HTML to paste into a page: the element with its options, its pre-rendered content
 * (see static-html.ts) and, if asked, the script and stylesheet tags and the data itself.
 * One function for every place a snippet is made: `npx @wisg/widgets render`, the Storybook's
 * Embed builder, a CMS block's saved content.
 */
import { parseProjects } from '../data/parse.js';
import type { ProjectsModel } from '../data/types.js';
import { attributes, type Attributes } from './markup.js';
import { toHeadingLevel } from '../data/attributes.js';
import { renderStatic, type StaticElement, type StaticOptions, type StaticRendering } from './static-html.js';

export const TAGS: Readonly<Record<StaticElement, string>> = { list: 'wisg-project-list', card: 'wisg-project-card', timeline: 'wisg-timeline' };

export interface SnippetOptions extends StaticOptions {
  /** The element's `src`: the page fetches fresh data from it when the script runs. */
  readonly src?: string | undefined;
  /** Paste the data into the element as inline JSON (no file to host; not kept by WordPress for an Author). */
  readonly inline?: boolean | undefined;
  readonly theme?: 'light' | 'dark' | 'auto' | undefined;
  /** The content inside the element (default: yes). */
  readonly prerender?: boolean | undefined;
  /**
   * Where the package's files are (`…/dist/wisg-widgets.js`, `…/dist/wisg-widgets.css`): with it, the
   * snippet starts with the script tag (`script`: `module`, the default, or `classic`) and the stylesheet.
   */
  readonly assets?: string | undefined;
  readonly script?: 'module' | 'classic' | undefined;
}

export interface Snippet extends StaticRendering {
  /** The HTML to paste. */
  readonly snippet: string;
}

/** JSON inside <script>: "</script>" or "<!--" in a text must not end the element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/** The element's attributes for these options, in the order a person would write them. */
function elementAttributes(options: SnippetOptions, lang: string): Attributes {
  const { element } = options;
  const level = toHeadingLevel(options.headingLevel, element === 'card' ? 3 : 2);
  return {
    src: options.src || undefined,
    'project-id': element === 'card' ? options.projectId : undefined,
    heading: element !== 'card' ? options.heading || (element === 'timeline' ? options.caption : undefined) || undefined : undefined,
    query: element === 'list' ? options.query || undefined : undefined,
    status: element === 'list' ? options.status || undefined : undefined,
    year: element === 'list' ? options.year || undefined : undefined,
    sort: element === 'list' ? options.sort || undefined : undefined,
    from: element === 'timeline' ? options.from || undefined : undefined,
    to: element === 'timeline' ? options.to || undefined : undefined,
    'heading-level': level !== (element === 'card' ? 3 : 2) ? level : undefined,
    expanded: element === 'card' && options.expanded === true,
    today: options.today,
    theme: options.theme && options.theme !== 'auto' ? options.theme : undefined,
    lang,
  };
}

/**
 * The snippet for `data` (a projects document or array, as `src` would serve it) and these options.
 * `data` may also be a model already parsed with `parseProjects`.
 */
export function renderSnippet(data: unknown, options: SnippetOptions): Snippet {
  const model = isModel(data) ? data : parseProjects(data);
  const rendering = renderStatic(model, options);
  const tag = TAGS[options.element];
  let inner = options.prerender === false ? '' : rendering.html;
  if (options.inline) {
    const document = isModel(data) ? undefined : data;
    if (document !== undefined) inner += `\n<script type="application/json">\n${scriptJson(document)}\n</script>\n`;
  }
  const lines: string[] = [];
  if (options.assets) {
    const base = options.assets.replace(/\/+$/, '');
    lines.push(options.script === 'classic' ? `<script src="${base}/dist/wisg-widgets.iife.js" defer></script>` : `<script type="module" src="${base}/dist/wisg-widgets.js"></script>`);
    lines.push(`<link rel="stylesheet" href="${base}/dist/wisg-widgets.css">`);
  }
  lines.push(`<${tag}${attributes(elementAttributes(options, options.lang ?? rendering.locale))}>${inner}</${tag}>`);
  return { ...rendering, snippet: lines.join('\n') };
}

function isModel(value: unknown): value is ProjectsModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ProjectsModel).issues) &&
    Array.isArray((value as ProjectsModel).projects) &&
    typeof (value as ProjectsModel).lang === 'string'
  );
}
