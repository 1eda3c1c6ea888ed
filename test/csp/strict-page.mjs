// Strict pages for the CSP test: a server whose pages send a strict Content-Security-Policy
// with Trusted Types enforced, serving the bundle (built in memory, as published), the data,
// a probe script that records CSP violations, and a report endpoint.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { BUNDLE_INPUT, plugins } from '../../scripts/build-config.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { LAZY_CHUNKS } from '../../scripts/lazy-chunks.mjs';

/** The nonce of the nonce-based policy's pages (each page would have a fresh one; fixed for the test). */
const NONCE = 'd2lzZy13aWRnZXRzLXRlc3Q';

/** The policies under test. None allows inline script or style, eval, or other origins. */
export const POLICIES = {
  // Trusted Types enforced; any policy name may be created.
  strict: [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    'report-uri /csp-report',
  ].join('; '),
  // …and only lit's own Trusted Types policy may be created (the name a site has to allow).
  'trusted-types lit-html': '',
};
POLICIES['trusted-types lit-html'] = `${POLICIES.strict}; trusted-types lit-html`;
// …and scripts only by the page's nonce (no 'self', no 'strict-dynamic'): the lazy chunk must carry it.
POLICIES['nonce-only scripts'] = POLICIES.strict.replace("script-src 'self'", `script-src 'nonce-${NONCE}'`);

/** Builds the one-script-tag bundles and their lazy chunks in memory, exactly as `npm run build` makes them. */
export async function buildBundles() {
  const bundle = await rollup({ input: BUNDLE_INPUT, plugins: plugins({ minify: true }), onwarn: () => {} });
  const chunks = {};
  try {
    const esm = (await bundle.generate({ format: 'es' })).output[0].code;
    const iife = (await bundle.generate({ format: 'iife', name: 'WisgWidgets' })).output[0].code;
    for (const [input, file] of Object.entries(LAZY_CHUNKS)) {
      const chunk = await rollup({ input, plugins: plugins({ minify: true }), onwarn: () => {} });
      chunks[`/${file}`] = (await chunk.generate({ format: 'es' })).output[0].code;
      await chunk.close();
    }
    return { esm, iife, chunks };
  } finally {
    await bundle.close();
  }
}

// Runs first on every page (a same-origin script, as the policy allows): records every
// violation, uncaught error and unhandled rejection where the test can read them.
const PROBE = `
window.__csp = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', function (event) {
  window.__csp.violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || '') + ' ' + (event.sample || '') + ' at ' + (event.sourceFile || '') + ':' + event.lineNumber);
});
window.addEventListener('error', function (event) { window.__csp.errors.push('error: ' + event.message); });
window.addEventListener('unhandledrejection', function (event) { window.__csp.errors.push('unhandled rejection: ' + String(event.reason)); });
`;

// The checks' own check: on the same page, what a violation looks like (each must be caught).
const CONTROL = `
document.body.setAttribute('style', 'outline: 1px solid red');
try { document.body.insertAdjacentHTML('beforeend', '<b>html from a string</b>'); window.__csp.control = 'inserted'; } catch (error) { window.__csp.control = String(error); }
`;

const INLINE_PROJECT = {
  id: 'inline-1',
  title: { en: 'An inline project', ka: 'ჩასმული პროექტი' },
  start: '2024-02-01',
  goal: { en: 'Shown from JSON pasted into the page.' },
  activities: ['One step', { text: 'Another', items: ['A sub-step'] }],
  implementers: [{ name: 'WISG', url: 'https://example.org/wisg' }],
  url: 'https://example.org/inline',
};

// A sheet pasted into the page, with one bad row (reported in the sheet's terms by the lazy readers).
const INLINE_SHEET = 'id,title,start,goal\ninline-sheet,A pasted sheet project,01.02.2024,Shown from CSV pasted into the page.\nbad,A bad row,31.02.2024,\n';

/** The widgets as a page would use them: fetched data, pasted JSON, a failed load, both languages. */
function widgets() {
  return `
<h1>Strict page</h1>
<wisg-timeline id="timeline" src="/data.json" today="2025-06-01"></wisg-timeline>
<wisg-project-list id="list" src="/data.json" today="2025-06-01"></wisg-project-list>
  <wisg-project-list id="sheet" src="/data.csv" today="2025-06-01"></wisg-project-list>
<div lang="en">
  <wisg-project-card id="card" src="/data.json" project-id="rfsl-2022-24" today="2025-06-01" theme="dark"></wisg-project-card>
  <wisg-project-card id="inline" today="2025-06-01"><script type="application/json">${JSON.stringify({ projects: [INLINE_PROJECT] })}</script></wisg-project-card>
  <wisg-project-list id="missing" src="/missing.json"></wisg-project-list>
  <wisg-project-list id="inline-sheet" today="2025-06-01"><script type="text/csv">${INLINE_SHEET}</script></wisg-project-list>
</div>`;
}

function page(kind, control) {
  const bundle = kind === 'module' ? `<script type="module" nonce="${NONCE}" src="/wisg-widgets.js"></script>` : `<script nonce="${NONCE}" src="/wisg-widgets.iife.js"></script>`;
  return `<!doctype html>
<html lang="ka">
<head>
<meta charset="utf-8">
<title>Strict page</title>
<script nonce="${NONCE}" src="/probe.js"></script>
<link rel="stylesheet" href="/page.css">
${bundle}
</head>
<body>
${widgets()}
${control ? `<script nonce="${NONCE}" src="/control.js"></script>` : ''}
</body>
</html>`;
}

/**
 * Serves the strict pages: /module.html and /classic.html (the two bundles), /control.html
 * (deliberate violations), each under the policy named by ?policy= (default `strict`);
 * with ?chunks=missing the lazy chunks answer 404 (a host that copied only the bundle).
 * `reports` collects what browsers POST to the policy's report-uri.
 */
export async function serveStrictPages(bundles) {
  const data = readFileSync('data/wisg-projects.json');
  const sheet = readFileSync('data/wisg-projects.csv');
  let chunksMissing = false;
  const reports = [];
  const html = (kind, control) => (url) => {
    chunksMissing = url.searchParams.get('chunks') === 'missing';
    return { headers: { 'content-security-policy': POLICIES[url.searchParams.get('policy') ?? 'strict'] }, body: page(kind, control) };
  };
  // A lazy chunk, or (after a page asked for ?chunks=missing) the 404 of a host that copied only the bundle.
  const chunks = Object.fromEntries(Object.entries(bundles.chunks).map(([path, code]) => [path, () => (chunksMissing ? { status: 404, body: 'Not found' } : code)]));
  const server = await serve(null, {
    pages: {
      '/module.html': html('module', false),
      '/classic.html': html('classic', false),
      '/control.html': html('module', true),
      '/probe.js': PROBE,
      '/control.js': CONTROL,
      '/page.css': 'body { font-family: Georgia, serif; max-width: 60rem; margin: auto; }',
      '/wisg-widgets.js': bundles.esm,
      '/wisg-widgets.iife.js': bundles.iife,
      ...chunks,
      '/data.json': data,
      '/data.csv': { headers: { 'content-type': 'text/csv; charset=utf-8' }, body: sheet },
      '/csp-report': async (url, request) => {
        let body = '';
        for await (const chunk of request) body += chunk;
        reports.push(body);
        return { status: 204 };
      },
    },
  });
  return { url: server.url, reports, close: server.close };
}

/**
 * Runs in the page (by the driver, which no CSP restricts): waits for the widgets to settle,
 * works them (opens a timeline bar, toggles a card's activities, searches the list), and
 * returns what they show and what the probe recorded.
 */
export async function exercise() {
  const deadline = Date.now() + 20000;
  const tags = 'wisg-project-card, wisg-project-list, wisg-timeline';
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const ready = () => {
    const elements = [...document.querySelectorAll(tags)];
    return (
      elements.length === 7 &&
      elements.every(
        (element) => customElements.get(element.localName) && element.shadowRoot && element.shadowRoot.querySelector('[part~="base"]') && !element.shadowRoot.querySelector('[aria-busy="true"]'),
      )
    );
  };
  while (!ready()) {
    if (Date.now() > deadline) break;
    await sleep(50);
  }
  const byId = (id) => document.getElementById(id);
  const text = (id) => (byId(id)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const settled = ready();
  if (settled) {
    // Work the widgets: every interactive path renders new markup.
    byId('timeline').shadowRoot.querySelector('[aria-haspopup="dialog"]')?.click();
    await byId('timeline').updateComplete;
    byId('card').shadowRoot.querySelector('[part~="disclosure"]')?.click();
    await byId('card').updateComplete;
    const search = byId('list').shadowRoot.querySelector('input[type="search"]');
    if (search) {
      search.value = 'RFSL';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await byId('list').updateComplete;
    byId('missing').shadowRoot.querySelector('[part~="retry-button"]')?.click();
    await sleep(300);
  }
  const card = byId('card');
  return {
    settled,
    trustedTypes: typeof window.trustedTypes !== 'undefined',
    texts: Object.fromEntries(['timeline', 'list', 'card', 'inline', 'missing', 'sheet', 'inline-sheet'].map((id) => [id, text(id)])),
    dialogOpen: Boolean(byId('timeline')?.shadowRoot?.querySelector('dialog[open]')),
    // The widgets' styles are in force: adopted sheets, and the host display they set.
    adoptedSheets: card?.shadowRoot?.adoptedStyleSheets?.length ?? 0,
    styleElements: [...document.querySelectorAll(tags)].reduce((sum, element) => sum + (element.shadowRoot?.querySelectorAll('style').length ?? 0), 0),
    cardDisplay: card ? getComputedStyle(card).display : '',
    inheritedFont: card ? card.style.getPropertyValue('--_wisg-inherited-font') : '',
    violations: window.__csp.violations,
    errors: window.__csp.errors,
    control: window.__csp.control ?? null,
  };
}
