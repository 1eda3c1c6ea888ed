#!/usr/bin/env node
// `npm run test:wordpress`: the plugin in a real WordPress (Debian's packages), as its users meet it.
//
// A fresh site on 127.0.0.1 (test/wordpress/site.mjs); the administrator uploads and activates
// dist/wordpress/wisg-widgets.zip through Plugins → Add New → Upload; an Author, over the REST
// API with an application password, uploads the projects JSON to the Media Library and writes
// posts with each block, each shortcode, pasted README snippets and the project's XSS payloads.
// Chromium (puppeteer-core, /usr/bin/chromium) then reads every post as a visitor, at 1280 and
// 390 px, on an English and a Georgian (ka_GE) site, in Twenty Twenty-Three and Twenty Twenty-One
// (light, and dark), and the Author's block editor: the posts' blocks, and a post the Author
// writes there with the mouse and keyboard (a project list block, the file picked from the Media
// Library, Publish), whose saved static rendering is then read without JavaScript, with it, and
// in the RSS feed. The servers are stopped at the end.
//
//   node test/wordpress/run.mjs                   the test
//   node test/wordpress/run.mjs --without-plugin  the same without the plugin: every check but
//                                                 the safety ones must then fail (they pass
//                                                 trivially), and this run passes when they do
//   node test/wordpress/run.mjs --screenshots     also writes test-results/screenshots/wordpress-*.png (scripts/screenshot-files.mjs)
//   node test/wordpress/run.mjs --wordpress=current  on the current WordPress release instead of
//                                                 Debian bookworm's 6.1: Debian unstable's package,
//                                                 unpacked by test/wordpress/current.mjs
//   KEEP=1 …                                      leaves the site running for a look (stop it yourself)
//   ROUNDS=N, EDITOR_ONLY=1 …                     while working on it: the first N rounds only, at
//                                                 1280 px; no visitor checks but the editor's post's
//   WISG_WP_PORT=8520 …                           the site on another port (its database on the next)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { saveScreenshot } from '../../scripts/screenshot-files.mjs';
import ts from 'typescript';
import { missingPackages, Site } from './site.mjs';
import { currentWordPress } from './current.mjs';
import { renderSnippet } from '../../dist/lib/render.js';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const withoutPlugin = args.includes('--without-plugin');
const screenshots = args.includes('--screenshots');
// --wordpress=current: the current release (Debian unstable's package, test/wordpress/current.mjs)
// instead of the machine's Debian WordPress (6.1 on bookworm).
const currentRelease = args.includes('--wordpress=current');
const started = Date.now();
const ZIP = join(root, 'dist/wordpress/wisg-widgets.zip');
const PLUGIN = 'wisg-widgets/wisg-widgets.php';

const missing = missingPackages();
if (missing.length) {
  console.error(`test:wordpress needs Debian's packages: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  process.exit(1);
}
if (!existsSync(ZIP)) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// --- checks -------------------------------------------------------------------------------------

const results = [];
/** A check of what a user gets; `safety` ones (nothing ran) hold without the plugin too. */
function check(name, ok, detail = '', { safety = false } = {}) {
  results.push({ name, ok: Boolean(ok), detail, safety });
  if (!ok && !withoutPlugin) console.log(`  ✗ ${name}${detail ? `: ${detail}` : ''}`);
}
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

// --- the data and the payloads ------------------------------------------------------------------

const projectsFile = readFileSync(join(root, 'data/wisg-projects.json'), 'utf8');
const projects = JSON.parse(projectsFile).projects;
const CARD_ID = 'un-joint-programme-gender-equality';
const PERIOD = { en: '24 August 2023 – 24 December 2026', ka: '24 აგვისტო 2023 – 24 დეკემბერი 2026' };
const titles = (lang) => projects.map((project) => project.title[lang]);
const cardTitle = (lang) => projects.find((project) => project.id === CARD_ID).title[lang];

async function loadPayloads() {
  const file = join(root, 'test/unit/robustness/xss-payloads.ts');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)).PAYLOADS.map((payload) => payload.text);
}

// --- HTTP as users do it ------------------------------------------------------------------------

class Browser {
  /** Cookie-carrying requests, as a logged-in browser makes them. */
  constructor(base) {
    this.base = base;
    this.cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  }
  async request(path, init = {}) {
    const headers = { ...init.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
  async login(user, password) {
    const response = await this.request('/wp-login.php', { method: 'POST', body: new URLSearchParams({ log: user, pwd: password, testcookie: '1', rememberme: 'forever' }) });
    if (response.status !== 302) throw new Error(`${user} could not log in (${response.status})`);
  }
}

/** The administrator installs the zip as Plugins → Add New → Upload does, then activates it. */
async function installPlugin(site, admin) {
  const form = await (await admin.request('/wp-admin/plugin-install.php?tab=upload')).text();
  const nonce = form.match(/name="_wpnonce" value="([^"]+)"/)?.[1];
  const body = new FormData();
  body.set('_wpnonce', nonce ?? '');
  body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
  body.set('pluginzip', new Blob([readFileSync(ZIP)], { type: 'application/zip' }), 'wisg-widgets.zip');
  body.set('install-plugin-submit', 'Install Now');
  const result = await (await admin.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body })).text();
  check('the zip installs through Plugins → Add New → Upload', /Plugin installed successfully/.test(result), result.replace(/<[^>]+>/g, ' ').slice(-600));
  const activate = result.match(/href="([^"]*action=activate[^"]*)"/)?.[1]?.replaceAll('&amp;', '&');
  const response = activate ? await admin.request(`/wp-admin/${activate.replace(/^.*wp-admin\//, '')}`) : undefined;
  check('the plugin activates', response?.status === 302 && /activate=true/.test(response.headers.get('location') ?? ''), String(response?.status));
}

/** REST API as a user with an application password. */
function rest(site, user, password) {
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return async (route, init = {}) => {
    const [path, query] = route.split('?');
    const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, { ...init, headers: { authorization: auth, ...init.headers } });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: response.status, json };
  };
}

/** As the block editor's Media Library uploads: a form with the file. */
function upload(api, name, text, type = 'application/json') {
  const body = new FormData();
  body.set('file', new Blob([text], { type }), name);
  return api('/wp/v2/media', { method: 'POST', body });
}

/** A block comment's attributes as WordPress writes them (serialize_block_attributes). */
function blockAttributes(attributes) {
  return JSON.stringify(attributes).replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\\"/g, '\\u0022');
}
const block = (name, attributes) => `<!-- wp:wisg/${name} ${blockAttributes(attributes)} /-->`;
/** A shortcode attribute value: WordPress's parser takes anything but the closing quote. */
const shortcodeValue = (text) => text.replace(/["\][]/g, '').replace(/\s+/g, ' ');
const htmlAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// --- posts ----------------------------------------------------------------------------------------

function posts(file, payloads) {
  const { id: mediaId, url } = file;
  const readmeInline = readFileSync(join(root, 'README.md'), 'utf8').match(/\*\*A CMS HTML block with the data pasted in\*\*[\s\S]*?```html\n([\s\S]*?)```/)[1];
  // The same snippet with WISG's nine projects pasted in, pretty-printed as people paste it,
  // with the blank lines that make wpautop break it in the classic editor.
  const inlineJson = JSON.stringify(JSON.parse(projectsFile), null, 2)
    .replace(/\n(\s*)"projects"/, '\n\n$1"projects"')
    .replace(/\n(\s*)\{\n(\s*)"id": "rfsl/, '\n\n$1{\n$2"id": "rfsl');
  const inlineSnippet = readmeInline.replace(/<script type="application\/json">[\s\S]*?<\/script>/, `<script type="application/json">\n${inlineJson}\n</script>`);
  // The README's timeline snippet with its heading="…" (the attribute's canonical name).
  const readmeTimeline = readFileSync(join(root, 'README.md'), 'utf8').match(/\n(<wisg-timeline src="\/projects\.json" [^\n]*heading="[^"]+"[^\n]*><\/wisg-timeline>)\n/)[1];
  const readmeCard = readFileSync(join(root, 'README.md'), 'utf8').match(/```html\n(<script type="module" src="https:\/\/unpkg[^\n]*\n)\n<wisg-project-list src=/)[1];
  return {
    blocks: {
      title: 'Blocks',
      content: [
        block('project-list', { mediaId, src: url, heading: 'WISG' }),
        block('project-card', { mediaId, src: url, projectId: CARD_ID }),
        block('timeline', { mediaId, src: url, from: '2021', to: '2026', heading: 'Our projects, 2021–2026' }),
      ].join('\n\n'),
      widgets: { 'wisg-project-list': 'list', 'wisg-project-card': 'card', 'wisg-timeline': 'timeline' },
      headings: { 'wisg-timeline': 'Our projects, 2021–2026' },
    },
    shortcodes: {
      title: 'Shortcodes',
      content: `Our projects:\n\n[wisg_project_list src="${url}" heading-level="3"]\n\n[wisg_project_card src="${url}" project-id="${CARD_ID}" expanded]\n\n[wisg_timeline src="${url}" caption="2021–2026"]`,
      widgets: { 'wisg-project-list': 'list', 'wisg-project-card': 'card', 'wisg-timeline': 'timeline' },
      // A shortcode written with the timeline's former attribute, caption: its words are the heading.
      headings: { 'wisg-timeline': '2021–2026' },
    },
    timelineSnippet: {
      // The README's timeline snippet (heading, heading-level, lang="en") pasted into a Custom HTML block.
      title: 'Pasted timeline snippet',
      content: `<!-- wp:html -->\n${readmeTimeline.replace('src="/projects.json"', `src="${url}"`)}\n<!-- /wp:html -->`,
      widgets: { 'wisg-timeline': 'timeline' },
      headings: { 'wisg-timeline': 'Our projects, 2022–2024' },
      lang: 'en',
    },
    snippet: {
      // The README's file snippet, pasted into a Custom HTML block (the unpkg script is
      // deleted by kses for an Author; the plugin's script takes its place).
      title: 'Pasted snippet',
      content: `<!-- wp:html -->\n${readmeCard}\n<wisg-project-card src="${url}" project-id="${CARD_ID}"></wisg-project-card>\n<!-- /wp:html -->`,
      widgets: { 'wisg-project-card': 'card' },
    },
    inline: {
      // The README's inline-JSON snippet in the classic editor (no blocks: wpautop runs).
      title: 'Pasted inline JSON',
      content: `Before.\n\n${inlineSnippet}\n\nAfter.`,
      widgets: { 'wisg-project-list': 'list' },
    },
    prerendered: {
      // `npx @wisg/widgets render` output for each element, pasted into a Custom HTML block: the
      // projects are in the post's HTML (kses keeps all of it), and the widgets take over.
      title: 'Pre-rendered snippets',
      content: `<!-- wp:html -->\n${prerenderedSnippets(url)}\n<!-- /wp:html -->`,
      widgets: { 'wisg-project-list': 'list', 'wisg-project-card': 'card', 'wisg-timeline': 'timeline' },
      prerendered: true,
      lang: 'ka',
    },
    sheet: {
      // The blocks on the CSV export of the same projects (the readers' chunk reads it).
      title: 'Blocks on a sheet',
      content: [block('project-list', { mediaId: file.csv.id, src: file.csv.url }), block('project-card', { mediaId: file.csv.id, src: file.csv.url, projectId: CARD_ID })].join('\n\n'),
      widgets: { 'wisg-project-list': 'list', 'wisg-project-card': 'card' },
      chunk: 'readers',
    },
    urlState: {
      // "Keep the search and filters in the page address" on (the list-state chunk reads and writes it).
      title: 'A list with its search in the address',
      content: block('project-list', { mediaId, src: url, urlState: true }),
      widgets: { 'wisg-project-list': 'list' },
      chunk: 'list-state',
    },
    plain: { title: 'No widgets', content: 'A post without projects.', widgets: {} },
    'xss-blocks': {
      title: 'Payloads in block attributes',
      content: payloads
        .map((text, i) =>
          [
            block('project-list', { src: i % 2 ? text : url, heading: text, query: text, status: text, year: text, sort: text, lang: text, theme: text }),
            block('project-card', { src: url, projectId: text, lang: i % 3 ? 'en' : text, headingLevel: text }),
            block('timeline', { src: url, heading: text, caption: text, from: text, to: text }),
          ].join('\n'),
        )
        .join('\n'),
      xss: true,
    },
    'xss-shortcodes': {
      title: 'Payloads in shortcode attributes',
      content: payloads
        .map((text) => {
          const v = shortcodeValue(text);
          return `[wisg_project_list src="${v}" heading="${v}" query="${v}" today="${v}" lang="${v}" theme="${v}" onclick="${v}"]\n[wisg_project_card src="${url}" project-id="${v}" heading-level="${v}" style="${v}"]\n[wisg_timeline src="${url}" caption="${v}" from="${v}"]\n[wisg_timeline src="${url}" heading="${v}" iati-org="${v}"]`;
        })
        .join('\n\n'),
      xss: true,
    },
    'xss-tags': {
      title: 'Payloads in pasted tags',
      content:
        '<!-- wp:html -->\n' +
        payloads
          .map((text) => {
            const v = htmlAttribute(text);
            return `<wisg-project-list src="${v}" heading="${v}" query="${v}" onmouseover="${v}" style="${v}"></wisg-project-list><wisg-project-card src="${url}" project-id="${v}" title="${v}" class="${v}"></wisg-project-card><wisg-timeline src="${url}" caption="${v}" onload="${v}"></wisg-timeline><wisg-timeline src="${url}" heading="${v}" iati-org="${v}" onfocus="${v}"></wisg-timeline>`;
          })
          .join('\n') +
        '\n<!-- /wp:html -->',
      xss: true,
    },
  };
}

/** The three elements' snippets with their content, in the data's language (ka), as `render` prints them. */
function prerenderedSnippets(url) {
  return ['list', 'card', 'timeline'].map((element) => renderSnippet(JSON.parse(projectsFile), { element, src: url, projectId: CARD_ID, idPrefix: `wp-${element}` }).snippet).join('\n');
}

// --- what a visitor sees ----------------------------------------------------------------------------

/** In the page: each widget's state and visible text, the script tags, the page's own text. */
function readPage() {
  const widgets = [...document.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')].map((el) => {
    const base = el.shadowRoot?.querySelector('.widget');
    return {
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      text: base ? base.innerText : '',
      failed: Boolean(el.shadowRoot?.querySelector('.error')),
      loading: Boolean(el.shadowRoot?.querySelector('.loading')),
      locale: el.locale,
      // The timeline's heading (the others' are not checked here).
      heading: el.shadowRoot?.querySelector('#caption')?.textContent.trim() ?? '',
      width: el.getBoundingClientRect().width,
    };
  });
  // Real computed colours: each text of each widget against what is behind it (its own and its
  // ancestors' backgrounds, the theme's included), as test/unit/page-backdrop.test.ts does.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const parentOf = (node) => node.parentElement ?? (node.getRootNode().host || null);
  const behind = (element) => {
    const layers = [];
    for (let node = element; node; node = parentOf(node)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let base = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) base = [r * a + base[0] * (1 - a), g * a + base[1] * (1 - a), b * a + base[2] * (1 - a)];
    return base;
  };
  const luminance = (rgb) => rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const poorContrast = [];
  const hostBoxes = [];
  for (const host of document.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')) {
    if (!host.shadowRoot) continue;
    if (rgba(getComputedStyle(host).backgroundColor)[3] > 0) hostBoxes.push(host.localName);
    for (const element of host.shadowRoot.querySelectorAll('*')) {
      const text = [...element.childNodes]
        .filter((child) => child.nodeType === 3)
        .map((child) => child.textContent.trim())
        .join('');
      if (!text || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const back = behind(element);
      const [r, g, b, a] = rgba(getComputedStyle(element).color);
      const fore = [r * a + back[0] * (1 - a), g * a + back[1] * (1 - a), b * a + back[2] * (1 - a)];
      const [hi, lo] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) poorContrast.push(`${host.localName} "${text.slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
  }
  const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.src).filter((src) => /wisg-widgets/.test(src));
  return {
    widgets,
    scripts,
    lang: document.documentElement.lang,
    bodyText: document.body.innerText,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    canary: window.__wisgCanaryCalls ?? 0,
    poorContrast,
    hostBoxes,
    pageBackground: getComputedStyle(document.body).backgroundColor,
    handlers: [...document.querySelectorAll('.entry-content *, .wp-block-post-content *')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
    ),
    scriptsInContent: [...document.querySelectorAll('.entry-content script, .wp-block-post-content script')].filter((s) => s.type !== 'application/json').length,
  };
}

async function visit(page, url) {
  const errors = [];
  const onConsole = (message) => message.type() === 'error' && errors.push(message.text());
  const onError = (error) => errors.push(String(error));
  const failed = [];
  const onResponse = (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`);
  // A navigation aborts what the page before was still fetching: not this page's failure.
  const onFailed = (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${request.failure()?.errorText} ${request.url()}`);
  // The widgets' lazy chunks, as the bundle asks for them (relative to its own address): wisg-widgets-list-state.js too.
  const chunks = [];
  const onRequest = (request) => /\/wisg-widgets-[a-z-]+\.js(\?|$)/.test(request.url()) && chunks.push(request.url());
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  // Generous: on a busy machine WordPress's first answer can take long.
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 }).catch((error) => {
    throw new Error(`${url}: ${error.message}`);
  });
  // Until every widget has its data (or has failed), or 15 s.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')].every(
          (el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading') && el.shadowRoot.querySelector('.widget'),
        ),
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => {});
  const state = await page.evaluate(readPage);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);
  page.off('request', onRequest);
  return { ...state, chunks, errors: [...errors, ...failed] };
}

function checkWidgets(where, post, state, lang) {
  const expected = Object.entries(post.widgets);
  check(`${where}: the script once, versioned`, state.scripts.length === 1 && /[?&]ver=\d+\.\d+\.\d+-[0-9a-f]{10}/.test(state.scripts[0]), state.scripts.join(' '));
  // In a folder of its version, with its chunks: a cached chunk of another version is never paired with it.
  const folder = state.scripts[0]?.match(/^(.*\/build\/\d+\.\d+\.\d+-[0-9a-f]{10}\/)wisg-widgets\.iife\.js\?/)?.[1];
  check(
    `${where}: the script and the chunks it loaded are in one versioned folder`,
    folder && state.chunks.every((chunk) => chunk.startsWith(folder)) && (!post.chunk || state.chunks.some((chunk) => chunk.startsWith(`${folder}wisg-widgets-${post.chunk}.js`))),
    `${state.scripts[0]}; ${state.chunks.join(' ')}`,
  );
  check(
    `${where}: ${expected.length} widget(s) shown`,
    state.widgets.length === expected.length && state.widgets.every((w) => w.defined && !w.failed && !w.loading),
    JSON.stringify(state.widgets.map((w) => [w.tag, w.defined, w.failed, w.text.slice(0, 80)])),
  );
  for (const [tag, kind] of expected) {
    const widget = state.widgets.find((w) => w.tag === tag);
    const text = widget?.text ?? '';
    check(`${where}: ${tag} speaks ${lang}`, widget?.locale === lang, widget?.locale);
    if (kind === 'card') {
      check(`${where}: the card shows its project and period`, text.includes(cardTitle(lang)) && text.includes(PERIOD[lang]), text.slice(0, 200));
    } else {
      const absent = titles(lang).filter((title) => !text.includes(title));
      check(`${where}: ${tag} shows all ${projects.length} titles`, absent.length === 0, `missing ${absent.length}: ${absent[0] ?? ''}`);
      if (kind === 'list') check(`${where}: the list shows the card's period`, text.includes(PERIOD[lang]), text.slice(0, 200));
    }
    const heading = post.headings?.[tag];
    if (heading) check(`${where}: ${tag} shows its heading "${heading}"`, widget?.heading === heading, widget?.heading);
  }
  // The page-wide checks are made of a page that shows its widgets: without them they say nothing.
  const shown = state.widgets.length === expected.length && state.widgets.every((w) => w.defined && !w.failed && !w.loading);
  const rawJson = /"(projects|lang|id|title|start)"\s*:|[“”]projects[“”]|\{\s*"/.test(state.bodyText);
  check(`${where}: the widgets shown, and no raw JSON in the page's text`, shown && !rawJson, state.bodyText.match(/.{0,40}["“”]projects["“”].{0,40}/)?.[0] ?? `shown: ${shown}`);
  check(`${where}: the widgets shown, and no console errors`, shown && state.errors.length === 0, state.errors.slice(0, 3).join(' | ') || `shown: ${shown}`);
  check(
    `${where}: the widgets shown with no box of their own, every text ≥ 4.5:1 against what is behind it (page ${state.pageBackground})`,
    shown && state.hostBoxes.length === 0 && state.poorContrast.length === 0,
    `${state.hostBoxes} ${state.poorContrast.slice(0, 3)}`,
  );
  check(`${where}: the widgets shown, and no sideways scrolling`, shown && state.overflow <= 0, `${state.overflow} px, shown: ${shown}`);
}

const COPIED = { en: 'Link copied', ka: 'ბმული დაკოპირდა' };

/**
 * A visitor clicks a card's "Copy link" in the post (a real click, the theme around it): the card says
 * so, in the post's language, and the clipboard holds the post's address with the project's.
 * Headless Chromium lets a click write only once the site is granted the permission.
 */
async function checkCopyLink(where, page, lang) {
  const context = page.browserContext();
  let detail = '';
  let ok = false;
  try {
    await context.overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const button = await page.waitForSelector('wisg-project-list >>> [part="copy-link"]', { timeout: 5000 });
    const id = await button.evaluate((element) => element.closest('[data-project-id]').getAttribute('data-project-id'));
    await button.click();
    const status = await page.waitForFunction(() => document.querySelector('wisg-project-list').shadowRoot.querySelector('[part="copy-status"]:not(:empty)')?.textContent.trim(), { timeout: 5000 });
    const said = await status.jsonValue();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const address = `${page.url().replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
    ok = said === COPIED[lang] && copied === address;
    detail = `said "${said}", copied ${copied}, expected ${address}`;
  } catch (error) {
    detail = error.message;
  } finally {
    await context.clearPermissionOverrides();
  }
  check(`${where}: a visitor's "Copy link" copies the project's address and says "${COPIED[lang]}"`, ok, detail);
}

const GBV = 'gbv-dv-georgia';

/**
 * A visitor opens a shared address of the url-state list's post: the post's address, the list's filter and a
 * project (`#gbv-dv-georgia`), with the list-state chunk 1.5 s slow, as on a phone's network. Every frame's
 * count is noted: the visitor sees only the filtered list, never all nine first, with the project's heading
 * focused in it; the post's own parameters (`?p=N` without pretty permalinks) stay.
 */
async function checkSharedAddress(where, post, lang) {
  const context = await browser.createBrowserContext();
  let ok = false;
  let detail = '';
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => (/\/wisg-widgets-list-state\.js/.test(request.url()) ? setTimeout(() => request.continue(), 1500) : request.continue()));
    await page.evaluateOnNewDocument(() => {
      window.__wisgCounts = [];
      const note = () => {
        const count = document.querySelector('wisg-project-list')?.shadowRoot?.querySelector('[part="count"]')?.textContent.replace(/\s+/g, ' ').trim();
        if (count && window.__wisgCounts.at(-1) !== count) window.__wisgCounts.push(count);
        requestAnimationFrame(note);
      };
      requestAnimationFrame(note);
    });
    const own = new URL(post.url).search.slice(1);
    await page.goto(`${post.url}${own ? '&' : '?'}wisg-status=completed#${GBV}`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(
      (id) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.closest('[data-project-id]')?.getAttribute('data-project-id') === id;
      },
      { timeout: 20_000 },
      GBV,
    );
    const seen = await page.evaluate(() => {
      const root = document.querySelector('wisg-project-list').shadowRoot;
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return {
        counts: window.__wisgCounts,
        shown: [...root.querySelectorAll('ul[part="list"] > li')].filter((item) => item.checkVisibility()).length,
        status: root.getElementById('status').value,
        focused: active.textContent.replace(/\s+/g, ' ').trim(),
        search: location.search,
      };
    });
    const shownCount = lang === 'en' ? `${seen.shown} of ${projects.length} projects` : `${projects.length} პროექტიდან ${seen.shown}`;
    const title = projects.find((project) => project.id === GBV).title[lang];
    ok =
      seen.counts.length === 1 &&
      seen.counts[0] === shownCount &&
      seen.shown < projects.length &&
      seen.status === 'completed' &&
      seen.focused === title &&
      (!own || seen.search.startsWith(`?${own}&`));
    detail = JSON.stringify(seen);
  } catch (error) {
    detail = error.message;
  } finally {
    await context.close();
  }
  check(`${where}: a shared address (the list's filter and a project), its chunk slow, shows only the filtered list with the project focused`, ok, detail);
}

/** A visitor without JavaScript: the post holds every project (its title as a heading, its period as <time>), in `lang`. */
async function checkWithoutScript(where, post, lang = 'ka', timesPerProject = 4, screenshot = '') {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setJavaScriptEnabled(false);
    await page.goto(post.url, { waitUntil: 'load' });
    if (screenshots && screenshot) saveScreenshot(screenshot, await page.screenshot({ fullPage: true }));
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      headings: [...document.querySelectorAll(':is(wisg-project-list, wisg-project-card, wisg-timeline) :is(h2, h3, h4, h5, h6)')].map((heading) => heading.textContent.trim()),
      times: document.querySelectorAll('wisg-timeline time[datetime], wisg-project-list time[datetime]').length,
      defined: [...document.querySelectorAll('wisg-project-list, wisg-project-card, wisg-timeline')].filter((el) => el.shadowRoot).length,
    }));
    const absent = titles(lang).filter((title) => !seen.text.includes(title) || !seen.headings.includes(title));
    check(
      `${where}: every project's title (as a heading) and period (as <time>) is on the page`,
      seen.defined === 0 && absent.length === 0 && seen.text.includes(PERIOD[lang]) && seen.times >= timesPerProject * projects.length,
      `missing ${absent.length}: ${absent[0] ?? ''}; ${seen.times} <time>s; ${seen.defined} upgraded; period ${seen.text.includes(PERIOD[lang])}: ${seen.text.match(/.{0,60}2023 – .{0,30}/)?.[0]}`,
    );
  } finally {
    await context.close();
  }
}

// --- the Author's block editor ----------------------------------------------------------------------

/**
 * Opens an admin page as the Author, logging in where WordPress asks for it: the first time, and
 * again when the session ended between rounds (WordPress showed its login page instead of the editor
 * in 2 of 4 runs on a busy machine).
 */
async function openAsAuthor(page, site, path, options = {}) {
  await page.goto(`${site.url}${path}`, { waitUntil: 'load', ...options });
  for (let attempt = 0; attempt < 3 && page.url().includes('/wp-login.php'); attempt++) {
    await page.waitForSelector('#user_login');
    await page.$eval('#user_login', (input) => (input.value = ''));
    await page.type('#user_login', 'author');
    await page.type('#user_pass', page.authorPassword);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    if (!page.url().includes('/wp-login.php') && page.url() !== `${site.url}${path}`) await page.goto(`${site.url}${path}`, { waitUntil: 'load', ...options });
  }
}

async function editorChecks(page, site, post, lang, password) {
  await page.setViewport({ width: 1280, height: 1000 });
  const errors = [];
  const onError = (error) => errors.push(String(error));
  page.on('pageerror', onError);
  page.authorPassword = password;
  await openAsAuthor(page, site, `/wp-admin/post.php?post=${post.id}&action=edit`);
  const where = `the Author's editor (${lang})`;
  // The canvas: the page itself in WordPress 6.1, an iframe in newer editors.
  const canvasCard = async () => {
    for (const frame of page.frames()) {
      const text = await frame
        .evaluate(() => {
          const card = document.querySelector('wisg-project-card');
          return card?.shadowRoot?.querySelector('.widget')?.innerText ?? null;
        })
        .catch(() => null);
      if (text) return { frame, text };
    }
    return null;
  };
  let found = null;
  for (let i = 0; i < 100 && !found?.text.includes(cardTitle(lang)); i++) {
    found = await canvasCard();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  check(`${where}: the canvas shows the real card on the real data`, found?.text.includes(cardTitle(lang)) && found.text.includes(PERIOD[lang]), found?.text.slice(0, 120) ?? 'no card');
  if (!found) return;
  // The post's blocks were written without content (as the blocks' first save() wrote them): they are
  // valid as they are, and the editor gives each its rendering to save.
  const blocks = await page
    .waitForFunction(
      () => {
        const list = window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .filter((block) => block.name.startsWith('wisg/'));
        return list.every((block) => block.attributes.content) && list.map((block) => ({ name: block.name, valid: block.isValid, content: block.attributes.content.slice(0, 40) }));
      },
      { timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() =>
      page.evaluate(() =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((block) => ({ name: block.name, valid: block.isValid, content: block.attributes.content })),
      ),
    );
  check(
    `${where}: blocks saved without content are valid, and each gets its rendering to save`,
    blocks.length === 3 && blocks.every((block) => block.valid && block.content.startsWith('<div class="wisg-static"')),
    JSON.stringify(blocks).slice(0, 300),
  );
  await found.frame.click('[data-type="wisg/project-card"]');
  await page.waitForSelector('.block-editor-block-inspector select', { timeout: 10_000 }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const sidebar = await page.evaluate(() => {
    const inspector = document.querySelector('.block-editor-block-inspector');
    const selects = [...(inspector?.querySelectorAll('select') ?? [])].map((select) => ({
      label: select.labels?.[0]?.textContent ?? '',
      options: [...select.options].map((option) => option.textContent),
      value: select.value,
    }));
    return { text: inspector?.innerText ?? '', selects };
  });
  const menu = sidebar.selects.find((select) => select.options.includes(cardTitle(lang)));
  check(
    `${where}: the sidebar's project menu lists the file's ${projects.length} titles`,
    menu && titles(lang).every((title) => menu.options.includes(title)) && menu.value === CARD_ID,
    JSON.stringify(sidebar.selects).slice(0, 300),
  );
  const labels = lang === 'ka' ? ['მონაცემები', 'პროექტების ფაილი მედიაბიბლიოთეკიდან', 'ენა', 'გვერდის ენა'] : ['Data', 'A projects file from the Media Library', 'Language', 'The page’s language'];
  check(
    `${where}: the sidebar speaks ${lang}`,
    labels.every((label) => sidebar.text.toLowerCase().includes(label.toLowerCase()) || sidebar.selects.some((s) => s.options.includes(label))),
    sidebar.text.slice(0, 200),
  );
  // Another project from the menu: the canvas follows.
  const other = projects.find((project) => project.id === 'rfsl-2022-24');
  const menuHandle = await page.evaluateHandle(
    (title) => [...document.querySelectorAll('.block-editor-block-inspector select')].find((select) => [...select.options].some((o) => o.textContent === title)),
    cardTitle(lang),
  );
  await menuHandle.asElement()?.select(other.id);
  let followed = '';
  for (let i = 0; i < 50 && !followed.includes('1 October 2022'.replace('October', lang === 'ka' ? 'ოქტომბერი' : 'October')); i++) {
    followed = (await canvasCard())?.text ?? '';
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  check(`${where}: choosing another project shows it in the canvas`, followed.includes(other.title[lang]), followed.slice(0, 120));
  if (screenshots) saveScreenshot(`wordpress-editor-${lang}`, await page.screenshot());
  check(`${where}: no script errors`, found && errors.length === 0, errors.join(' | '));
  page.off('pageerror', onError);
}

// --- the Author writes a post in the block editor -----------------------------------------------------

const BLOCK_TITLE = { en: 'Project list', ka: 'პროექტების სია' };
const CHOOSE_FILE = { en: 'Choose a file', ka: 'ფაილის არჩევა' };

/** The editor's canvas: an iframe in newer editors, the page itself in WordPress 6.1's. */
const editorCanvas = (page) => page.frames().find((frame) => frame.name() === 'editor-canvas') ?? page.mainFrame();

/**
 * As an Author does it, with the mouse and keyboard: a new post, its title, a project list block
 * inserted by typing "/" and the block's name, the projects file picked in the sidebar from the
 * Media Library, Publish. What the editor saved is the block's static rendering (save()).
 */
async function authorWritesPost(page, site, lang, file) {
  const where = `the Author's block editor (${lang})`;
  const errors = [];
  const onError = (error) => errors.push(String(error));
  page.on('pageerror', onError);
  try {
    await openAsAuthor(page, site, '/wp-admin/post-new.php', { timeout: 120_000 });
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('iframe[name="editor-canvas"]') || document.querySelector('.editor-post-title__input'), { timeout: 60_000 });
    const canvas = editorCanvas(page);
    const title = await canvas.waitForSelector('.editor-post-title__input', { timeout: 60_000 });
    await title.click();
    await page.keyboard.type(`Projects written in the editor (${lang})`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`/${BLOCK_TITLE[lang]}`, { delay: 20 });
    const option = await page.waitForFunction(
      (name) => [...document.querySelectorAll('.components-autocomplete__result')].find((element) => element.textContent.includes(name)),
      { timeout: 20_000 },
      BLOCK_TITLE[lang],
    );
    await option.asElement().click();
    const choose = await page.waitForFunction(
      (label) => [...document.querySelectorAll('.block-editor-block-inspector button')].find((button) => button.textContent.trim() === label),
      { timeout: 20_000 },
      CHOOSE_FILE[lang],
    );
    await choose.asElement().click();
    // The modal opens on "Upload files"; the file is in the "Media Library" tab.
    const library = await page.waitForSelector('.media-modal #menu-item-browse', { visible: true, timeout: 20_000 });
    await library.click();
    const attachment = await page.waitForSelector(`.media-modal li.attachment[data-id="${file.id}"]`, { visible: true, timeout: 30_000 });
    // The block's picker offers the sheet too (its allowed types), not only JSON.
    const offered = await page.evaluate(() => [...document.querySelectorAll('.media-modal li.attachment')].map((item) => item.getAttribute('aria-label') ?? item.dataset.id));
    check(`${where}: the block's file picker offers the projects CSV`, await page.$(`.media-modal li.attachment[data-id="${file.csv.id}"]`), offered.join(', '));
    await attachment.click();
    await page.waitForSelector('.media-modal .media-button-select:not([disabled])', { timeout: 10_000 });
    await page.click('.media-modal .media-button-select');
    // The canvas reads the file; the block's content follows (what save() will write).
    await page.waitForFunction(
      () =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((block) => block.name === 'wisg/project-list')
          ?.attributes.content.includes('wisg-static'),
      { timeout: 30_000 },
    );
    await page.click('.editor-post-publish-panel__toggle');
    await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])', { timeout: 20_000 });
    await page.click('.editor-post-publish-panel .editor-post-publish-button');
    await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished() && !window.wp.data.select('core/editor').isSavingPost(), { timeout: 60_000 });
    const post = await page.evaluate(() => ({ id: window.wp.data.select('core/editor').getCurrentPostId(), url: window.wp.data.select('core/editor').getPermalink() }));
    if (screenshots) saveScreenshot(`wordpress-editor-saved-${lang}`, await page.screenshot());
    check(`${where}: inserting the block, picking the file and publishing work, with no script errors`, post.id && errors.length === 0, errors.join(' | '));
    return post;
  } catch (error) {
    const seen = await page
      .evaluate(() => (document.querySelector('.media-modal')?.innerText ?? document.querySelector('.block-editor-block-inspector')?.innerText ?? '').slice(0, 300))
      .catch(() => '');
    check(`${where}: inserting the block, picking the file and publishing work`, false, `${String(error).slice(0, 300)}; on screen: ${seen}`);
    saveScreenshot(`wordpress-editor-failed-${lang}`, await page.screenshot().catch(() => Buffer.alloc(0)));
    return null;
  } finally {
    page.off('pageerror', onError);
  }
}

/** The post in the editor again: every block valid, as saved (WordPress reports a block whose save() disagrees with its HTML). */
async function checkBlocksValid(page, site, post, lang) {
  await openAsAuthor(page, site, `/wp-admin/post.php?post=${post.id}&action=edit`);
  const blocks = await page
    .waitForFunction(
      () => {
        const list = window.wp?.data?.select('core/block-editor')?.getBlocks() ?? [];
        return list.length ? list.map((block) => ({ name: block.name, valid: block.isValid, content: block.attributes.content?.length ?? 0 })) : null;
      },
      { timeout: 60_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => []);
  const ours = blocks.filter((block) => block.name.startsWith('wisg/'));
  check(
    `the Author's block editor (${lang}): the saved block is valid when the post is opened again`,
    ours.length === 1 && ours.every((block) => block.valid && block.content > 0),
    JSON.stringify(blocks),
  );
}

/** The post saved in the editor: the block's saved content, for visitors with and without JavaScript, in the feed. */
async function checkSavedPost(where, post, lang, asAuthor, page, site) {
  const saved = (await asAuthor(`/wp/v2/posts/${post.id}?context=edit`)).json.content?.raw ?? '';
  const absentSaved = titles(lang).filter((title) => !saved.includes(title));
  check(
    `${where}: the post holds the block's static rendering (every title, periods as <time>) inside the block`,
    /^<!-- wp:wisg\/project-list \{[^}]*\} -->\n?<div class="wisg-static" lang="(ka|en)">[\s\S]*<\/div>\n?<!-- \/wp:wisg\/project-list -->$/.test(saved.trim()) &&
      absentSaved.length === 0 &&
      (saved.match(/<time datetime="/g) ?? []).length >= projects.length,
    `missing ${absentSaved.length}; ${saved.slice(0, 160)}`,
  );
  await checkWithoutScript(`${where}, without JavaScript`, post, lang, 2, `wordpress-${currentRelease ? 'current' : '6.1'}-without-javascript-${lang}`);
  const state = await visit(page, post.url);
  checkWidgets(`${where}, with JavaScript`, { widgets: { 'wisg-project-list': 'list' } }, state, lang);
  await checkCopyLink(`${where}, with JavaScript`, page, lang);
  const copies = state.bodyText.split(cardTitle(lang)).length - 1;
  check(`${where}, with JavaScript: the widget took over (no second copy)`, state.widgets[0]?.defined && !state.widgets[0].loading && copies === 0, `${copies} light-DOM copies`);
  // RSS readers and e-mail services get the post's content as the_content makes it: with the rendering.
  const feed = await (await fetch(`${site.url}/?feed=rss2`)).text();
  const item = feed.split('<item>').find((entry) => entry.includes(`?p=${post.id}<`) || entry.includes(`<link>${post.url}</link>`)) ?? '';
  const encoded = item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)?.[1] ?? '';
  const text = encoded
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const absentFeed = titles(lang).filter((title) => !text.includes(title));
  check(
    `${where}: the RSS feed's copy of the post holds every project's title`,
    item && absentFeed.length === 0,
    item ? `missing ${absentFeed.length}: ${absentFeed[0]}` : 'the post is not in the feed',
  );
}

// --- the run ------------------------------------------------------------------------------------------

// WISG_WP_PORT=N: the site on N and its database on N+1 (default 8301, 8302).
const ports = process.env.WISG_WP_PORT ? { port: Number(process.env.WISG_WP_PORT), dbPort: Number(process.env.WISG_WP_PORT) + 1 } : {};
const site = new Site({ ...ports, wordpress: currentRelease ? currentWordPress({ log }).root : undefined });
let browser;
const adminPassword = 'admin-pw-' + Math.random().toString(36).slice(2);
try {
  log(withoutPlugin ? 'WITHOUT the plugin: every check but the safety ones must fail' : 'WordPress test');
  await site.start();
  await site.install(adminPassword);
  log(`WordPress ${readFileSync(join(site.wordpress, 'wp-includes/version.php'), 'utf8').match(/wp_version = '([^']+)'/)[1]} on ${site.url}`);

  const admin = new Browser(site.url);
  await admin.login('admin', adminPassword);
  if (!withoutPlugin) await installPlugin(site, admin);
  const author = site.php('user', 'author', 'author');
  const authorPassword = 'author-pw-' + Math.random().toString(36).slice(2);
  site.php('password', 'author', authorPassword);
  const contributor = site.php('user', 'contributor', 'contributor');
  const asAuthor = rest(site, 'author', author.password);
  const asContributor = rest(site, 'contributor', contributor.password);

  // The Media Library
  const uploaded = await upload(asAuthor, 'wisg-projects.json', projectsFile);
  check('an Author uploads the projects JSON to the Media Library', uploaded.status === 201 && /\.json$/.test(uploaded.json.source_url ?? ''), `${uploaded.status} ${uploaded.json.message ?? ''}`);
  const notProjects = await upload(asAuthor, 'settings.json', '{ "colour": "green" }');
  check(
    'a JSON file that is not a projects document is refused, saying why',
    notProjects.status >= 400 && /not a projects document/.test(notProjects.json.message ?? ''),
    `${notProjects.status} ${notProjects.json.message}`,
  );
  const broken = await upload(asAuthor, 'broken.json', '{ "projects": [ }');
  check('a broken JSON file is refused, saying why', broken.status >= 400 && /not valid JSON/.test(broken.json.message ?? ''), `${broken.status} ${broken.json.message}`);
  const byContributor = await upload(asContributor, 'wisg-projects.json', projectsFile);
  check('a Contributor (who may not upload) cannot upload it', byContributor.status === 403, String(byContributor.status), { safety: true });
  const file = { id: uploaded.json.id ?? 0, url: uploaded.json.source_url ?? `${site.url}/wp-content/uploads/wisg-projects.json` };

  // Sheets and IATI files in the Media Library (WordPress itself takes .csv, and nothing is checked then)
  const csvUpload = await upload(asAuthor, 'wisg-projects.csv', readFileSync(join(root, 'data/wisg-projects.csv'), 'utf8'), 'text/csv');
  const xmlUpload = await upload(asAuthor, 'iati-activities.xml', readFileSync(join(root, 'test/fixtures/iati/example-annotated-2.03.xml'), 'utf8'), 'text/xml');
  check(
    'an Author uploads the projects CSV and an IATI XML file to the Media Library (stored as text/csv, text/xml)',
    csvUpload.status === 201 && csvUpload.json.mime_type === 'text/csv' && xmlUpload.status === 201 && xmlUpload.json.mime_type === 'text/xml',
    `${csvUpload.status} ${csvUpload.json.mime_type ?? csvUpload.json.message}; ${xmlUpload.status} ${xmlUpload.json.mime_type ?? xmlUpload.json.message}`,
  );
  const notSheet = await upload(asAuthor, 'budget.csv', 'item,amount\nrent,100\n', 'text/csv');
  check(
    'a CSV file that is not a projects sheet is refused, saying why',
    notSheet.status >= 400 && /not a projects sheet/.test(notSheet.json.message ?? ''),
    `${notSheet.status} ${notSheet.json.message}`,
  );
  const notIati = await upload(asAuthor, 'feed.xml', '<?xml version="1.0"?><rss><channel/></rss>', 'text/xml');
  check(
    'an XML file that is not an IATI activity file is refused, saying why',
    notIati.status >= 400 && /not an IATI activity file/.test(notIati.json.message ?? ''),
    `${notIati.status} ${notIati.json.message}`,
  );
  // Served from the site as XML, it would run script for whoever opens its address.
  const scriptXml = await upload(asAuthor, 'activities.xml', '<iati-activities><x:script xmlns:x="http://www.w3.org/1999/xhtml">__wisgCanary()</x:script></iati-activities>', 'text/xml');
  check('an Author cannot upload IATI XML that holds XHTML script', scriptXml.status >= 400, `${scriptXml.status} ${scriptXml.json.source_url ?? scriptXml.json.message}`, { safety: true });
  file.csv = { id: csvUpload.json.id ?? 0, url: csvUpload.json.source_url ?? `${site.url}/wp-content/uploads/wisg-projects.csv` };

  // The Author's posts
  const payloads = await loadPayloads();
  const all = posts(file, payloads);
  for (const [key, post] of Object.entries(all)) {
    const created = await asAuthor('/wp/v2/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: post.title, content: post.content.toWellFormed(), status: 'publish' }),
    });
    if (created.status !== 201) throw new Error(`the Author could not publish "${post.title}": ${created.status} ${JSON.stringify(created.json).slice(0, 300)}`);
    post.url = created.json.link;
    post.id = created.json.id;
    post.saved = created.json.content?.raw ?? '';
    if (key === 'timelineSnippet')
      check(
        'kses keeps the pasted <wisg-timeline heading="…"> for an Author',
        /<wisg-timeline src="[^"]+" from="2022" to="2024" heading="Our projects, 2022–2024"/.test(post.saved),
        post.saved.slice(0, 300),
      );
    if (key === 'snippet') check('kses keeps a pasted <wisg-project-card> for an Author', /<wisg-project-card src="[^"]+" project-id="un-joint/.test(post.saved), post.saved.slice(0, 300));
    if (key === 'prerendered')
      check('kses keeps the pre-rendered snippets for an Author, byte for byte', post.saved === post.content, `${post.saved.length} of ${post.content.length} characters kept`);
  }
  log(`${Object.keys(all).length} posts by the Author; ${payloads.length} payloads`);

  browser = await launchChromium();
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__wisgCanaryCalls = 0;
    window.__wisgCanary = () => window.__wisgCanaryCalls++;
  });
  page.on('dialog', (dialog) => {
    check('no payload opens a dialog', false, dialog.message(), { safety: true });
    dialog.dismiss();
  });

  const rounds = [
    { locale: 'en_US', lang: 'en', theme: 'twentytwentythree', dark: false },
    { locale: 'ka_GE', lang: 'ka', theme: 'twentytwentythree', dark: false },
    { locale: 'en_US', lang: 'en', theme: 'twentytwentyone', dark: false },
    { locale: 'ka_GE', lang: 'ka', theme: 'twentytwentyone', dark: true },
  ];
  // On the current release, what depends on WordPress (the plugin's install, uploads, kses, REST,
  // blocks, shortcodes, the editor, feeds, the payloads) in Twenty Twenty-Three, ka and en, at 1280 px;
  // the widths and Twenty Twenty-One's colours are the widgets' own, checked on 6.1.
  const chosen = currentRelease ? rounds.filter((round) => round.theme === 'twentytwentythree') : rounds;
  for (const round of process.env.ROUNDS ? chosen.slice(0, Number(process.env.ROUNDS)) : chosen) {
    const site_ = site.php('site', round.locale, round.theme, round.dark ? '1' : '0');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: round.dark ? 'dark' : 'light' }]);
    const where = `${round.theme}${round.dark ? ' dark' : ''}, ${round.locale}`;
    for (const width of process.env.ROUNDS || currentRelease ? [1280] : [1280, 390]) {
      await page.setViewport({ width, height: 900 });
      for (const [key, post] of Object.entries(all)) {
        if (process.env.EDITOR_ONLY) break;
        // The payload pages (500 widgets each, two minutes a round) once: what runs depends on kses and the
        // render callbacks, not on the theme, the width or the language.
        if (post.xss && (width !== 1280 || round !== chosen[0])) continue;
        const state = await visit(page, post.url);
        const here = `${where}, ${width} px, ${post.title}`;
        if (state.lang !== site_.language) throw new Error(`the site's language did not take: <html lang="${state.lang}">, not ${site_.language}`);
        if (post.xss) {
          check(`${here}: the widgets are there`, state.widgets.length > 0 && state.widgets.every((w) => w.defined), `${state.widgets.length}`);
          check(`${here}: no payload ran`, state.canary === 0 && state.handlers.length === 0 && state.scriptsInContent === 0, `canary ${state.canary}, ${state.handlers.slice(0, 3)}`, {
            safety: true,
          });
        } else if (key === 'plain') {
          check(`${here}: no script`, state.scripts.length === 0, state.scripts.join(' '), { safety: true });
          check(`${here}: no console errors`, state.errors.length === 0, state.errors.join(' | '), { safety: true });
        } else {
          checkWidgets(here, post, state, post.lang ?? round.lang);
          if (post.prerendered) {
            // The content is the data's (Georgian); once the widgets have theirs, it is no longer rendered: one copy.
            const copies = state.bodyText.split(cardTitle('ka')).length - 1;
            check(
              `${here}: the pre-rendered content gave way to the widgets (no second copy)`,
              state.widgets.length === 3 && state.widgets.every((w) => w.defined && !w.loading) && copies === 0,
              `${copies} light-DOM copies of "${cardTitle('ka')}"`,
            );
            if (width === 1280) await checkWithoutScript(`${where}, without JavaScript, ${post.title}`, post);
          }
        }
        if (screenshots && !post.xss && key !== 'plain') {
          // The post's title and its first widgets, not the whole page (the list is long).
          if (key === 'blocks') {
            const top = await page.evaluate(() => (document.querySelector('h1, .entry-title, .wp-block-post-title')?.getBoundingClientRect().top ?? 0) + scrollY - 24);
            const name = `wordpress-${round.theme.replace(/twenty/g, '')}${round.dark ? '-dark' : ''}-${round.lang}-${width}`;
            saveScreenshot(name, await page.screenshot({ clip: { x: 0, y: Math.max(0, top), width, height: width > 600 ? 1400 : 1800 }, captureBeyondViewport: true }));
          }
        }
      }
    }
    if (!process.env.EDITOR_ONLY) await checkSharedAddress(`${where}, ${all.urlState.title}`, all.urlState, round.lang);
    log(`visitor checks: ${where}`);
    if (round.theme === 'twentytwentythree') {
      // A context of its own: the visitor stays logged out.
      const context = await browser.createBrowserContext();
      const authorPage = await context.newPage();
      // Leaving a post with changes asks "Leave site?": yes (the checks changed the card's project).
      authorPage.on('dialog', (dialog) => dialog.type() === 'beforeunload' && dialog.accept());
      await editorChecks(authorPage, site, all.blocks, round.lang, authorPassword);
      log(`editor checks: ${round.locale}`);
      const written = await authorWritesPost(authorPage, site, round.lang, file);
      if (written) {
        await checkSavedPost(`${where}, the post written in the block editor`, written, round.lang, asAuthor, page, site);
        // Opened again, the block saved by save() is valid as it is (no "unexpected or invalid content").
        await checkBlocksValid(authorPage, site, written, round.lang);
      }
      await context.close();
      log(`the Author's post from the block editor: ${round.locale}`);
    }
  }

  // What the plugin leaves behind
  if (!withoutPlugin) {
    const left = site.php('uninstall', PLUGIN);
    check('uninstalling leaves no option, user meta or post meta of the plugin', left.options.length + left.usermeta.length + left.postmeta.length === 0, JSON.stringify(left));
  }
  const notices = site
    .debugLog()
    .split('\n')
    .filter((line) => /wisg-widgets/.test(line));
  check('PHP reported nothing from the plugin', notices.length === 0, notices.slice(0, 3).join(' | '), { safety: true });
} catch (error) {
  check('the run completed', false, `${error.stack}${error.cause ? `\ncause: ${error.cause.stack ?? error.cause}` : ''}\n${site.logs()}`);
} finally {
  await browser?.close();
  if (process.env.KEEP) console.log(`KEEP: the site stays on ${site.url} (admin / ${adminPassword}); stop Apache and MariaDB by the PIDs in ${site.dir}/run/`);
  else await site.stop();
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (withoutPlugin) {
  const held = results.filter((r) => !r.safety && r.ok);
  const safetyFailed = results.filter((r) => r.safety && !r.ok);
  for (const r of held) console.log(`  held without the plugin (it must not): ${r.name}`);
  for (const r of safetyFailed) console.log(`  ✗ ${r.name}: ${r.detail}`);
  const failing = results.filter((r) => !r.safety && !r.ok).length;
  console.log(`without the plugin: ${failing} of ${results.filter((r) => !r.safety).length} checks failed, as they must; ${held.length} held (${seconds} s)`);
  console.log(`${failing} passed, ${held.length + safetyFailed.length} failed`);
  process.exit(held.length + safetyFailed.length ? 1 : 0);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`test:wordpress (${seconds} s): ${results.length} checks`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
