// Strict pages for the CSP test: a server whose pages send a strict Content-Security-Policy
// with Trusted Types enforced, serving the bundle (built in memory, as published), the data,
// a probe script that records CSP violations, and a report endpoint.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { BUNDLE_INPUT, plugins } from '../../scripts/build-config.mjs';
import { serve } from '../../scripts/static-server.mjs';

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

/** Builds the one-script-tag bundles in memory, exactly as `npm run build` makes them. */
export async function buildBundles() {
  const bundle = await rollup({ input: BUNDLE_INPUT, plugins: plugins({ minify: true }), onwarn: () => {} });
  try {
    const esm = (await bundle.generate({ format: 'es' })).output[0].code;
    const iife = (await bundle.generate({ format: 'iife', name: 'WisgWidgets' })).output[0].code;
    return { esm, iife };
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

/** The widgets as a page would use them: fetched data, pasted JSON, a failed load, both languages. */
function widgets() {
  return `
<h1>Strict page</h1>
<wisg-timeline id="timeline" src="/data.json" today="2025-06-01"></wisg-timeline>
<wisg-project-list id="list" src="/data.json" today="2025-06-01"></wisg-project-list>
<div lang="en">
  <wisg-project-card id="card" src="/data.json" project-id="rfsl-2022-24" today="2025-06-01" theme="dark"></wisg-project-card>
  <wisg-project-card id="inline" today="2025-06-01"><script type="application/json">${JSON.stringify({ projects: [INLINE_PROJECT] })}</script></wisg-project-card>
  <wisg-project-list id="missing" src="/missing.json"></wisg-project-list>
</div>`;
}

function page(kind, control) {
  const bundle = kind === 'module' ? '<script type="module" src="/wisg-widgets.js"></script>' : '<script src="/wisg-widgets.iife.js"></script>';
  return `<!doctype html>
<html lang="ka">
<head>
<meta charset="utf-8">
<title>Strict page</title>
<script src="/probe.js"></script>
<link rel="stylesheet" href="/page.css">
${bundle}
</head>
<body>
${widgets()}
${control ? '<script src="/control.js"></script>' : ''}
</body>
</html>`;
}

/**
 * Serves the strict pages: /module.html and /classic.html (the two bundles), /control.html
 * (deliberate violations), each under the policy named by ?policy= (default `strict`).
 * `reports` collects what browsers POST to the policy's report-uri.
 */
export async function serveStrictPages(bundles) {
  const data = readFileSync('data/wisg-projects.json');
  const reports = [];
  const html = (kind, control) => (url) => ({ headers: { 'content-security-policy': POLICIES[url.searchParams.get('policy') ?? 'strict'] }, body: page(kind, control) });
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
      '/data.json': data,
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
      elements.length === 5 &&
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
    texts: Object.fromEntries(['timeline', 'list', 'card', 'inline', 'missing'].map((id) => [id, text(id)])),
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
