// The pages Orca reads: each widget alone on a plain page, in Georgian and in English, from
// the built bundle (dist/) and the bundled data (data/wisg-projects.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProjects } from '../../dist/lib/data.js';
import { renderStatic } from '../../dist/lib/render.js';

/** A fixed "today", so statuses read the same every day: the UN programme is ongoing, the rest completed. */
export const TODAY = '2025-06-01';

/**
 * Holds back the slow copy of the data until the test lets it through, so that Orca reads
 * the page while it loads however long that takes. It goes through on its own after 100 s.
 */
export class DataGate {
  #open = [];
  wait() {
    return new Promise((done) => {
      this.#open.push(done);
      setTimeout(done, 100_000).unref();
    });
  }
  release() {
    for (const done of this.#open.splice(0)) done();
  }
}

const WORDS = {
  ka: { heading: 'WISG-ის პროექტები', before: 'ვიჯეტის წინ.', after: 'გვერდის დასასრული.' },
  en: { heading: 'WISG projects', before: 'Before the widget.', after: 'End of the page.' },
};

// The slow data is held back for as long as Orca takes to read the page: no time limit of 15 s runs out meanwhile.
export const WIDGETS = {
  timeline: (src) => `<wisg-timeline src="${src}" today="${TODAY}" timeout="120000"></wisg-timeline>`,
  list: (src) => `<wisg-project-list src="${src}" today="${TODAY}" timeout="120000"></wisg-project-list>`,
  card: (src) => `<wisg-project-card src="${src}" project-id="rfsl-2022-24" today="${TODAY}" timeout="120000"></wisg-project-card>`,
  /** All three, as a CMS page would have them. */
  page: (src) => ['timeline', 'list', 'card'].map((widget) => WIDGETS[widget](src)).join('\n      '),
};

/** The page's title, as Orca says it in "Finished loading …". */
export const pageTitle = (widget, lang, slow = false) => `${widget} ${lang}${slow ? ' slow' : ''} screen reader test`;

/**
 * The list with its data in hand as it is first drawn: inline JSON (as a CMS page or the WordPress block has it), and
 * `prerendered`, that with the content the list takes over (written by the static renderer, as the block saves it).
 */
const inlineList = (data, prerendered = '') => `<wisg-project-list today="${TODAY}">${prerendered}<script type="application/json">${data.replace(/</g, '\\u003c')}</script></wisg-project-list>`;

export function page(widget, lang, { slow = false, inline, prerendered } = {}) {
  const words = WORDS[lang];
  const src = slow ? '/screen-reader/slow/wisg-projects.json' : '/data/wisg-projects.json';
  const element = inline === undefined ? WIDGETS[widget](src) : inlineList(inline, prerendered);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${pageTitle(widget, lang, slow)}</title>
    <script type="module" src="/dist/wisg-widgets.js"></script>
  </head>
  <body>
    <main>
      <h1>${words.heading}</h1>
      <p>${words.before}</p>
      ${element}
      <p>${words.after}</p>
    </main>
  </body>
</html>
`;
}

/** Every page, by path, for scripts/static-server.mjs; the slow data waits for `gate`. */
export function pages(root, gate) {
  const data = readFileSync(join(root, 'data/wisg-projects.json'), 'utf8');
  const all = {
    '/screen-reader/start.html': '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Screen reader test</title><p>Start.</p></html>',
    '/screen-reader/slow/wisg-projects.json': () => gate.wait().then(() => data),
  };
  for (const widget of Object.keys(WIDGETS)) {
    for (const lang of Object.keys(WORDS)) {
      all[`/screen-reader/${widget}.${lang}.html`] = page(widget, lang);
      all[`/screen-reader/${widget}.${lang}.slow.html`] = page(widget, lang, { slow: true });
      if (widget !== 'list') continue;
      all[`/screen-reader/list.${lang}.inline.html`] = page('list', lang, { inline: data });
      const { html } = renderStatic(parseProjects(JSON.parse(data)), { lang, element: 'list', today: TODAY });
      all[`/screen-reader/list.${lang}.prerendered.html`] = page('list', lang, { inline: data, prerendered: html });
    }
  }
  return all;
}

/** `variant`: `inline` or `prerendered` (the list only). */
export const pagePath = (widget, lang, { slow = false, variant } = {}) => `/screen-reader/${widget}.${lang}${slow ? '.slow' : ''}${variant ? `.${variant}` : ''}.html`;
