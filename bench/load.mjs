// The page-load section of `npm run bench`: a demo-like page (the demo's CMS theme, a header, a
// heading and a paragraph, then the projects), loaded cold, on an emulated slow 4G connection and
// unthrottled, until the projects are painted. FCP, LCP and CLS as the browser reports them.
//
// Pages (one per way of putting the projects on a page), at each size:
//   static       the projects as plain HTML (the list's content from the renderer, its stylesheet, no script): the floor
//   src          <wisg-project-list src="…json"> and the script (the README's snippet, with its :not(:defined) CSS)
//   inline       the same with the JSON inside the element
//   prerendered  the static page's content inside <wisg-project-list src="…">, with the script: the widget takes over
//   vis          vis-timeline 8.5.4's standalone build, a DataSet of the projects in the page, as its docs' basic example
//   timelinejs   TimelineJS 3.9.11's CSS and script, an embed <div> and new TL.Timeline(id, url of its JSON), as its docs show
import { renderStatic } from './static.mjs';

export const LOAD_PAGES = ['static', 'src', 'inline', 'prerendered', 'vis', 'timelinejs'];
export const LOAD_SIZES = [10, 100];
/** Lighthouse's slow 4G (150 ms round trip, 1.6 Mbps down, 750 Kbps up), as CDP's network emulation; or none. */
export const NETWORKS = {
  slow4g: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  none: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const ka = (text) => (typeof text === 'string' ? text : (text.ka ?? Object.values(text)[0]));
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const tlDate = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** TimelineJS's JSON for the projects: one slide per project (title, goal). */
export function timelineJsData(projects) {
  return {
    events: projects.map((p) => ({
      unique_id: p.id,
      start_date: tlDate(p.start),
      ...(p.end ? { end_date: tlDate(p.end) } : {}),
      text: {
        headline: escape(ka(p.title)),
        text: p.goal
          ? ka(p.goal)
              .split(/\n\s*\n/)
              .map((para) => `<p>${escape(para)}</p>`)
              .join('')
          : '',
      },
    })),
  };
}

/** The README's CSS: before the script runs, each widget takes its loading height. */
const NOT_DEFINED = '<style>wisg-project-list:not(:defined) { display: block; font-size: medium; min-height: 6em; }</style>';

/** One page's HTML. `projects` are the generated ones; their JSON is at /bench-data/SIZE.json. */
export function loadPage(kind, projects, today) {
  const size = projects.length;
  const src = `/bench-data/${size}.json`;
  const list = (attributes, inner = '') => `<wisg-project-list ${attributes} today="${today}" lang="ka">${inner}</wisg-project-list>`;
  const module = '<script type="module" src="/dist/wisg-widgets.js"></script>';
  const css = '<link rel="stylesheet" href="/dist/wisg-widgets.css">';
  let head = '';
  let body = '';
  switch (kind) {
    case 'static':
      head = css;
      body = list(`data-bench="static"`, renderStatic(projects, today));
      break;
    case 'src':
      head = module + NOT_DEFINED;
      body = list(`src="${src}"`);
      break;
    case 'inline':
      head = module + NOT_DEFINED;
      body = list('', `<script type="application/json">${scriptJson(projects)}</script>`);
      break;
    case 'prerendered':
      head = module + css;
      body = list(`src="${src}"`, renderStatic(projects, today));
      break;
    case 'vis':
      head = '<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>';
      body = `<div id="visualization"></div>
<script>
  var container = document.getElementById('visualization');
  var items = new vis.DataSet(${scriptJson(projects.map((p) => ({ id: p.id, content: escape(ka(p.title)), start: p.start, end: p.end ?? '2030-12-31' })))});
  var timeline = new vis.Timeline(container, items, {});
</script>`;
      break;
    case 'timelinejs':
      head =
        '<link title="timeline-styles" rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css"><script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>';
      body = `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  // Addresses in full, as the docs give them (TimelineJS reads them with new URL()).
  window.timeline = new TL.Timeline('timeline-embed', new URL('/bench-data/${size}.timelinejs.json', location.href).href, { script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href });
</script>`;
      break;
    default:
      throw new Error(`unknown page ${kind}`);
  }
  return `<!doctype html>
<html lang="ka">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WISG — პროექტები (bench: ${kind}, ${size})</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/cms-theme.css">
<!-- A Georgian site's typeface, as the other bench pages have (the demo's theme has none with Georgian letters). -->
<style>body { font-family: 'Noto Sans Georgian', 'Noto Sans', sans-serif; }</style>
${head}
</head>
<body>
<header style="background:#2b1637;color:#fff;padding:1.6rem 2.4rem"><a href="#" style="color:#fff;font:700 2.2rem/1.2 Impact,sans-serif">WISG</a></header>
<main style="max-width:120rem;margin:0 auto;padding:2.4rem">
<h1>ჩვენი პროექტები</h1>
<p>ქალთა ინიციატივების მხარდამჭერი ჯგუფის (WISG, თბილისი) პროექტები.</p>
${body}
</main>
</body>
</html>`;
}

/** In the page: whether the projects are there to be seen (the first project's title laid out). */
const PAINTED = {
  static: () => document.querySelector('wisg-project-list .title')?.getBoundingClientRect().height > 0,
  prerendered: () => document.querySelector('wisg-project-list .title')?.getBoundingClientRect().height > 0,
  src: () => document.querySelector('wisg-project-list')?.shadowRoot?.querySelector('.title')?.getBoundingClientRect().height > 0,
  inline: () => document.querySelector('wisg-project-list')?.shadowRoot?.querySelector('.title')?.getBoundingClientRect().height > 0,
  vis: () => document.querySelector('.vis-item .vis-item-content')?.getBoundingClientRect().height > 0,
  timelinejs: () => [...document.querySelectorAll('.tl-headline')].some((headline) => headline.getBoundingClientRect().height > 0 && headline.textContent.trim()),
};

/** Before any of the page's own code: observers for paint, LCP and layout shifts, and a per-frame check for the projects. */
function observe(painted) {
  const found = new Function(`return (${painted})();`);
  window.__load = { lcp: undefined, cls: 0, shifts: 0, painted: undefined };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__load.lcp = entry.renderTime || entry.startTime;
      // What it was: in the page's own HTML, or in a widget's shadow root (entry.element is null there).
      window.__load.lcpElement = entry.element ? `${entry.element.localName}${entry.element.className ? '.' + String(entry.element.className).split(' ')[0] : ''}` : 'shadow root';
      window.__load.lcpSize = entry.size;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__load.cls += entry.value;
      window.__load.shifts++;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    let ok = false;
    try {
      ok = document.readyState !== 'loading' && found();
    } catch {
      // A library's markup half built: not painted yet, look again next frame.
    }
    // The frame after the one whose layout showed them: they are painted.
    if (ok) requestAnimationFrame(() => (window.__load.painted = performance.now()));
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * A page in `context` as every measured page is: 1280 x 800 at 1x, nothing fetched from outside
 * `origin` (aborted), its uncaught errors collected in `errors`.
 */
export async function benchPage(context, origin) {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  return { page, errors };
}

/** One cold load of one page: { fcp, lcp, cls, painted } in ms from navigation start (cls unitless). */
export async function loadOnce(browser, origin, kind, size, network, { cap = 60, settle = 1500 } = {}) {
  const context = await browser.createBrowserContext();
  const result = { kind, size, network };
  try {
    const { page, errors } = await benchPage(context, origin);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
    await page.evaluateOnNewDocument(`(${observe})(${JSON.stringify(String(PAINTED[kind]))})`);
    await page.goto(`${origin}/bench-load/${kind}-${size}.html`, { waitUntil: 'load', timeout: cap * 1000 });
    await page.waitForFunction(() => window.__load.painted !== undefined, { timeout: cap * 1000, polling: 50 });
    // Shifts and larger paints after the projects appear still count (the takeover, late styles).
    await new Promise((done) => setTimeout(done, settle));
    const measured = await page.evaluate(() => ({ ...window.__load, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
    Object.assign(result, { fcp: measured.fcp, lcp: measured.lcp, cls: measured.cls, shifts: measured.shifts, painted: measured.painted, lcpElement: measured.lcpElement, lcpSize: measured.lcpSize });
    if (errors.length) result.errors = errors;
  } catch (error) {
    result.error = String(error.message ?? error).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}
