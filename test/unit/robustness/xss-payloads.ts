/**
 * Hostile strings for every text and URL field of the data. A payload that ever ran
 * would call the global `__wisgCanary()` (or throw, which the suite also catches).
 * Sources: OWASP's XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet,
 * published DOMPurify/mXSS bypasses, and strings aimed at lit's own template markers.
 */

export interface Payload {
  readonly category: string;
  readonly text: string;
}

const C = '__wisgCanary()';

const scriptTags = [
  `<script>${C}</script>`,
  `<SCRIPT>${C}</SCRIPT>`,
  `<ScRiPt>${C}</sCrIpT>`,
  `<script src="data:text/javascript,${C}"></script>`,
  `<script type="module">${C}</script>`,
  `<script\ttype="text/javascript">${C}</script>`,
  `<scr<script>ipt>${C}</scr</script>ipt>`,
  `"><script>${C}</script>`,
  `'><script>${C}</script>`,
  `</title><script>${C}</script>`,
  `</textarea><script>${C}</script>`,
  `</style><script>${C}</script>`,
  `</script><script>${C}</script>`,
  `<script>/*</script><script>*/${C}</script>`,
  `<!--<script>${C}</script>-->`,
  `<![CDATA[<script>${C}</script>]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${C}>">`,
  `<template><script>${C}</script></template>`,
  `<script>${C}//`,
  `<script\n>${C}</script\n>`,
];

const eventHandlers = [
  `<img src=x onerror=${C}>`,
  `<img src="x" onerror="${C}">`,
  `<IMG SRC=x ONERROR=${C}>`,
  `<img/src=x/onerror=${C}>`,
  `<img src=x onerror\u000b=${C}>`,
  `<img src=x onerror=&#95;&#95;wisgCanary()>`,
  `<img src=x onerror=eval(atob('X193aXNnQ2FuYXJ5KCk='))>`,
  `<img src=x:alert(1) onerror=${C}>`,
  `<<img src=x onerror=${C}>>`,
  `<body onload=${C}>`,
  `<svg onload=${C}>`,
  `<svg/onload=${C}>`,
  `<iframe onload=${C}></iframe>`,
  `<iframe srcdoc="<script>parent.${C}</script>"></iframe>`,
  `<input autofocus onfocus=${C}>`,
  `<select autofocus onfocus=${C}></select>`,
  `<textarea autofocus onfocus=${C}></textarea>`,
  `<details open ontoggle=${C}>`,
  `<video><source onerror=${C}></video>`,
  `<audio src=x onerror=${C}>`,
  `<marquee onstart=${C}>`,
  `<div onmouseover=${C}>hover me</div>`,
  `<object data=x onerror=${C}></object>`,
  `<style onload=${C}></style>`,
  `<link rel=stylesheet href=x onerror=${C}>`,
  `<x contenteditable onblur=${C}>x</x>`,
  `<div onpointerenter=${C} style="position:fixed;inset:0">`,
  `" onmouseover="${C}`,
  `' onfocus='${C}' autofocus='`,
  `" autofocus onfocus="${C}`,
  `"/><img src=x onerror=${C}>`,
  `</p></div></article><img src=x onerror=${C}>`,
  `<img src="x`,
];

const urls = [
  `javascript:${C}`,
  `JAVASCRIPT:${C}`,
  `JaVaScRiPt:${C}`,
  ` javascript:${C}`,
  `\tjavascript:${C}`,
  `\njavascript:${C}`,
  `java\tscript:${C}`,
  `java\nscript:${C}`,
  `java\rscript:${C}`,
  `\u0001javascript:${C}`,
  `\u0000javascript:${C}`,
  `javascript\u0000:${C}`,
  `\ufeffjavascript:${C}`,
  `javascript&colon;${C}`,
  `javascript&#58;${C}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${C}`,
  `&#x6A;avascript:${C}`,
  `jav&#x09;ascript:${C}`,
  `javascript://%0a${C}`,
  `javascript://example.org/%0A${C}`,
  `javascript:/*https://example.org*/${C}`,
  `%6A%61%76%61%73%63%72%69%70%74:${C}`,
  `j\u0430vascript:${C}`,
  `\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:${C}`,
  `vbscript:msgbox("x")`,
  `VBScript:${C}`,
  `data:text/html,<script>${C}</script>`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX193aXNnQ2FuYXJ5KCk8L3NjcmlwdD4=`,
  `DATA:text/html,<script>parent.${C}</script>`,
  ` data:image/svg+xml,<svg onload=${C}>`,
  `data:application/javascript,${C}`,
  `blob:https://example.org/0f6a2a4c-7b9e-4c1f-9a53-4d3c2b1a0e9f`,
  `file:///etc/passwd`,
  `ftp://example.org/projects`,
  `about:blank`,
  `mailto:someone@example.org?body=${C}`,
  `//evil.example/x`,
  `/relative/path?x=${C}`,
  `https:javascript:${C}`,
  `https://example.org/"><script>${C}</script>`,
  `https://example.org/?q=<img src=x onerror=${C}>`,
  `http://example.org/#javascript:${C}`,
  `https://example.org/' onmouseover='${C}`,
];

const svgAndMathMl = [
  `<svg><script>${C}</script></svg>`,
  `<svg><a xlink:href="javascript:${C}"><text x="20" y="20">click</text></a></svg>`,
  `<svg><animate onbegin=${C} attributeName=x dur=1s>`,
  `<svg><set attributeName=onmouseover to=${C}>`,
  `<svg><discard onbegin=${C}>`,
  `<svg><image href=x onerror=${C}>`,
  `<svg><foreignObject><img src=x onerror=${C}></foreignObject></svg>`,
  `<svg><style><img src=x onerror=${C}></style></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${C}'/></svg>#x"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${C}>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${C}">x</maction></math>`,
  `<math href="javascript:${C}">click</math>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${C}>`,
  `<math><mi xlink:href="data:x,<script>${C}</script>">x</mi></math>`,
];

const markupOther = [
  `<a href="javascript:${C}">click me</a>`,
  `<a href=javascript&colon;${C}>x</a>`,
  `<base href="javascript:${C}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${C}">`,
  `<form action="javascript:${C}"><button>go</button></form>`,
  `<button formaction="javascript:${C}">go</button>`,
  `<embed src="javascript:${C}">`,
  `<table background="javascript:${C}"></table>`,
  `<div style="background:url(javascript:${C})">`,
  `<div style="width:expression(${C})">`,
  `<style>*{display:none!important}</style>`,
  `<slot></slot>`,
  `<wisg-project-card src="javascript:${C}"></wisg-project-card>`,
  `<b>bold</b><i>italic</i>`,
];

const entities = [
  `&lt;script&gt;${C}&lt;/script&gt;`,
  `&#60;img src=x onerror=${C}&#62;`,
  `&#x3C;svg onload=${C}&#x3E;`,
  `&amp;lt;b&amp;gt;`,
  `&quot; onmouseover=&quot;${C}`,
  `&nbsp;&copy;&NotAnEntity;&#0;&#xD800;`,
  `\\u003cimg src=x onerror=${C}\\u003e`,
  `%3Cscript%3E${C}%3C/script%3E`,
];

const templates = [
  '${' + C + '}',
  '\\${' + C + '}',
  '`${' + C + '}`',
  '${{' + C + '}}',
  `{{${C}}}`,
  `{{constructor.constructor('${C}')()}}`,
  `<%= ${C} %>`,
  `#{${C}}`,
  `[[${C}]]`,
  `{{7*7}} \${7*7} <%= 7*7 %>`,
  '<?lit$1234567890$>',
  '<!--?lit$1234567890$-->',
  'lit$1234567890$',
  '<!---->',
  '${this.constructor.constructor("' + C + '")()}',
];

const longStrings = [`<img src=x onerror=${C}>`.repeat(400), 'ა'.repeat(20_000), 'A'.repeat(50_000), `${'\u200b'.repeat(2_000)}x`, `${'ქართული '.repeat(3_000)}<script>${C}</script>`];

const bidiAndInvisible = [
  '\u202eevil\u202c.txt',
  'project \u202egnp.exe',
  `\u2066<script>${C}</script>\u2069`,
  `\u200bjavascript:${C}`,
  `java\u200bscript:${C}`,
  'zero\u200dwidth\u200cjoin\u2060ers\ufeff',
  '\u061cمشروع\u200f \u200eproject',
  '\u202d\u202e\u202a\u202bnested overrides',
  'lone surrogate \ud800 here',
  'Z\u0337\u0322\u031ba\u0336l\u0338g\u0335o\u0336',
  '\u202eპროექტი\u202c და project',
  `\u0000<script>${C}</script>`,
  '👩‍👩‍👧 family',
];

export const PAYLOADS: readonly Payload[] = [
  ...scriptTags.map((text) => ({ category: 'script tag', text })),
  ...eventHandlers.map((text) => ({ category: 'event handler', text })),
  ...urls.map((text) => ({ category: 'url scheme', text })),
  ...svgAndMathMl.map((text) => ({ category: 'svg/mathml', text })),
  ...markupOther.map((text) => ({ category: 'other markup', text })),
  ...entities.map((text) => ({ category: 'html entities', text })),
  ...templates.map((text) => ({ category: 'template look-alike', text })),
  ...longStrings.map((text) => ({ category: 'long string', text })),
  ...bidiAndInvisible.map((text) => ({ category: 'bidi/zero-width', text })),
];

/**
 * The characters of `text` a reader would find in the rendered text: the parser's
 * normalisation (NFC, no NUL, trimmed) without any white space, so line breaks and
 * paragraph splits don't matter.
 */
export function visibleCharacters(text: string): string {
  return text.normalize('NFC').replace(/\0/g, '').replace(/\s+/g, '');
}
