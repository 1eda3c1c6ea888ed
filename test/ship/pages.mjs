// Pages for the ship tests: a CMS page with a hostile theme (demo/cms-theme.css).

/** The README's `:not(:defined)` snippet: before the script runs, a widget takes the loading state's height. */
export const RESERVE_CSS = `wisg-project-list:not(:defined), wisg-project-card:not(:defined), wisg-timeline:not(:defined) {
  display: block;
  font-size: medium;
  min-height: 6em;
}
wisg-project-list:not(:defined) {
  min-height: 11.5em;
}`;

export const INLINE_PROJECT = {
  id: 'inline-demo',
  title: { ka: 'ჩასმული პროექტი', en: 'An inline project' },
  start: '2024-03-01',
  end: '2025-02-28',
  goal: { en: 'Shown from JSON pasted into the page.', ka: 'ნაჩვენებია გვერდში ჩასმული JSON-იდან.' },
  activities: ['One', 'Two'],
  implementers: [{ name: 'WISG' }],
};

export function scripts(kind, twice) {
  const tags = {
    esm: ['<script type="module" src="/dist/wisg-widgets.js"></script>', '<script type="module" src="/dist/wisg-widgets.js?copy=2"></script>'],
    iife: ['<script src="/dist/wisg-widgets.iife.js"></script>', '<script src="/dist/wisg-widgets.iife.js"></script>'],
  }[kind];
  return twice ? tags.join('\n') : tags[0];
}

/** A CMS page: the hostile theme, the widgets in both languages, some in the page's text flow. */
export function cmsPage({ head = '', body = '' } = {}) {
  return `<!doctype html>
<html lang="ka">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>პროექტები — CMS</title>
<link rel="stylesheet" href="/demo/cms-theme.css">
<style>${RESERVE_CSS}</style>
${head}
</head>
<body>
<h1>ჩვენი პროექტები</h1>
<p>ტექსტი ვიჯეტამდე.</p>
${body}
</body>
</html>`;
}
