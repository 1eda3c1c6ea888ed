/**
 * `dist/wisg-widgets.css`: the elements' own shadow styles, rewritten for their pre-rendered
 * content (src/render/), so that it is laid out as the element lays out its rendering
 * before the script runs. When the element then takes over, nothing below it moves (layout
 * shift), and the largest text painted first stays the largest (LCP). Written once: the shadow
 * CSS is the source, scoped here to `<wisg-…> > .wisg-static`.
 *
 * A theme's CSS does reach light-DOM content (a shadow root keeps it out), so every element of it
 * starts from the browser's defaults (`all: revert`) — and the scope's `:not(#wisg)` outweighs a
 * theme's selectors, as the shadow boundary does for the elements.
 */
import type { CSSResult } from 'lit';
import { projectCardStyles } from '../card/project-card.styles.js';
import { projectListStyles } from '../list/project-list.styles.js';
import { stackedTimelineStyles, timelineStyles } from '../timeline/timeline.styles.js';
import { widgetRoomStyles, widgetStyles } from '../shared/widget.styles.js';

const ELEMENTS = ['wisg-project-list', 'wisg-project-card', 'wisg-timeline'];
const ANY = `:is(${ELEMENTS.join(', ')})`;
/** The content's root, as the rewritten `:host`. */
const ROOT = '> .wisg-static:not(#wisg)';

/** Splits at commas outside parentheses and brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** `:host(X) Y` → `host X > .wisg-static Y`; `:host Y` → `host > .wisg-static Y`; `Y` → `host > .wisg-static Y`. */
export function scopeSelector(selector: string, host: string): string {
  if (!selector.startsWith(':host')) return `${host} ${ROOT} ${selector}`;
  let rest = selector.slice(':host'.length);
  let condition = '';
  if (rest.startsWith('(')) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) break;
    }
    condition = rest.slice(1, i);
    rest = rest.slice(i + 1);
  }
  return `${host}${condition} ${ROOT}${rest}`;
}

/** Rewrites every style rule's selectors (inside @media, @container and @supports too); @keyframes are kept as they are. */
export function scopeCss(css: string, host: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  const readBlock = (from: number): number => {
    // Index just past the `}` that closes the block opened before `from` (strings may hold braces).
    let depth = 1;
    let j = from;
    for (; j < text.length && depth > 0; j++) {
      const char = text[j];
      if (char === '"' || char === "'") {
        const end = text.indexOf(char, j + 1);
        j = end < 0 ? text.length : end;
      } else if (char === '{') depth++;
      else if (char === '}') depth--;
    }
    return j;
  };
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semicolon = text.indexOf(';', i);
    if (open < 0) break;
    if (semicolon >= 0 && semicolon < open) {
      // A statement at-rule (@import, @layer a;): kept.
      out += text.slice(i, semicolon + 1);
      i = semicolon + 1;
      continue;
    }
    const prelude = text.slice(i, open).trim();
    const end = readBlock(open + 1);
    const body = text.slice(open + 1, end - 1);
    if (/^@(media|container|supports|layer)\b/.test(prelude)) out += `${prelude}{${scopeCss(body, host)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else
      out += `${splitTopLevel(prelude)
        .map((selector) => scopeSelector(selector, host))
        .join(',')}{${body}}`;
    i = end;
  }
  return out;
}

const text = (...results: CSSResult[]) => results.map((result) => result.cssText).join('\n');

/** Every element of the content starts from the browser's defaults, whatever the theme did (first: every rule after it outweighs it). */
const RESET = `${ANY} ${ROOT} *, ${ANY} ${ROOT} ::before, ${ANY} ${ROOT} ::after { all: revert; box-sizing: border-box !important; }`;

/** What only the pre-rendered markup needs: the element's box before it is defined, the page's typeface, the parts the elements draw as controls. */
const STATIC_ONLY = `
${ANY}:not(:defined) { display: block; }
${ANY} ${ROOT} { font-family: var(--wisg-font-family, inherit); }
${ANY} ${ROOT} .activities-summary { display: block; list-style: none; cursor: pointer; }
${ANY} ${ROOT} .activities-summary::-webkit-details-marker { display: none; }
${ANY} ${ROOT} .activities-summary .disclosure { min-height: 2.75em; line-height: 1.3; }
${ANY} ${ROOT} .activities-details[open] .disclosure-icon { transform: rotate(45deg); }
`;

/**
 * The list's search box and three menus, as high as they are at each width: a row is a label (1.55em),
 * a 0.2em gap and a 2.75em control; rows 0.75em apart. The fields are flex items of 16em and 8em with
 * 1em gaps (project-list.styles.ts), so four fit in a row from 43em, and they wrap into 2, 3, 4 rows below
 * 34em, 25em and 17em. Without the script there is no toolbar.
 */
const LIST_TOOLBAR = (() => {
  const scope = `wisg-project-list ${ROOT}`;
  const rows = (n: number) => `${(n * 4.5 + (n - 1) * 0.75).toFixed(2)}em`;
  return [
    `${scope}{container:wisg-list / inline-size}`,
    `${scope} .toolbar-space{max-width:var(--wisg-card-max-width,48em);margin-block-end:1em;height:${rows(4)}}`,
    `@container wisg-list (width >= 17em){${scope} .toolbar-space{height:${rows(3)}}}`,
    `@container wisg-list (width >= 25em){${scope} .toolbar-space{height:${rows(2)}}}`,
    `@container wisg-list (width >= 43em){${scope} .toolbar-space{height:${rows(1)}}}`,
    `@media (scripting: none){${scope} .toolbar-space{display:none}}`,
  ].join('\n');
})();

/** The stylesheet for pre-rendered content: `dist/wisg-widgets.css`. */
export function staticStyles(): string {
  const timeline = 'wisg-timeline';
  return [
    '/* @wisg/widgets: the pre-rendered content of <wisg-project-list>, <wisg-project-card> and <wisg-timeline>, laid out as the elements lay it out. */',
    RESET,
    scopeCss(text(widgetStyles, projectCardStyles), ANY),
    scopeCss(text(widgetRoomStyles, projectListStyles), 'wisg-project-list'),
    scopeCss(text(widgetRoomStyles, timelineStyles), timeline),
    // Without the script, a timeline is a list of projects with everything the details dialog would show.
    `@media (scripting: none){${scopeCss(text(stackedTimelineStyles), timeline)}${timeline} ${ROOT} .bar-details{padding:0.25em 0.6em 0.5em;font-size:1.25em;color:var(--_text)}}`,
    `@media not (scripting: none){${timeline} ${ROOT} .bar-details{display:none}}`,
    LIST_TOOLBAR,
    STATIC_ONLY.trim(),
  ].join('\n');
}
