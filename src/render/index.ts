/**
 * Static rendering: the widgets' content as HTML, in Node and in browsers (no DOM), for pages
 * that should hold their projects before and without JavaScript. See docs/static-rendering.md.
 */
export { renderStatic, STATIC_CLASS, STATIC_ELEMENTS } from './static-html.js';
export type { StaticElement, StaticOptions, StaticRendering } from './static-html.js';
export { renderSnippet, TAGS } from './snippet.js';
export type { Snippet, SnippetOptions } from './snippet.js';
export { escapeText, escapeAttribute } from './markup.js';
