/**
 * The static rendering against the live elements: the same words, dates, statuses, headings and
 * order (they share their formatting, so a change to one that the other misses fails here), and
 * hostile data stays text.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/wisg-widgets.js';
import { parseProjects } from '../../src/data/parse.js';
import { renderStatic, renderSnippet, type StaticElement } from '../../src/render/index.js';
import { PAYLOADS, visibleCharacters } from './robustness/xss-payloads.js';
import type { WisgElement } from '../../src/shared/widget-element.js';

declare global {
  interface Window {
    __wisgCanary?: (...args: unknown[]) => void;
  }
}

const TODAY = '2025-06-01';
const TAGS = { list: 'wisg-project-list', card: 'wisg-project-card', timeline: 'wisg-timeline' } as const;

let bundled: unknown;
async function wisgData(): Promise<{ lang: string; projects: Record<string, unknown>[] }> {
  bundled ??= await (await fetch('/data/wisg-projects.json')).json();
  return structuredClone(bundled) as { lang: string; projects: Record<string, unknown>[] };
}

/** The static rendering, parsed into a detached element. */
function parsed(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder;
}

/** An element's text as it reads: its text nodes joined by spaces (a nested list starts a new line), white space collapsed. */
const text = (node: Element) => {
  const parts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) parts.push((current as Text).data);
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
};
/** What a selector finds, as texts (and `datetime`s for dates), in document order. */
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => (node.localName === 'time' ? `${node.getAttribute('datetime')} ${text(node)}` : text(node)));

async function live(element: StaticElement, attributes: Record<string, string>, data: unknown): Promise<WisgElement> {
  const node = document.createElement(TAGS[element]) as WisgElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  (node as unknown as { data: unknown }).data = data;
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(node);
  await node.updateComplete;
  return node;
}

/** What both show, by part of the markup. */
const SHARED: Record<StaticElement, string[]> = {
  card: ['.title', '.meta time', '.period', '.status', '.section-heading', '.goal p', '.activity-list li', '.organisation-list li', '.project-link a'],
  list: ['.list-heading', 'p.count', '.card .title', '.period', '.status', '.section-heading', '.goal p', '.activity-list li', '.organisation-list li', '.project-link a', '[data-project-id]'],
  timeline: ['.caption', '.summary', '.bars > li', '.bar-title', '.bars time', '.bars .status'],
};

describe('renderStatic', () => {
  for (const lang of ['ka', 'en'] as const) {
    for (const [element, attributes] of [
      ['card', { 'project-id': 'rfsl-2022-24', 'heading-level': '4' }],
      ['list', { heading: lang === 'ka' ? 'ყველა პროექტი' : 'All projects' }],
      ['timeline', { 'heading-level': '3' }],
    ] as const) {
      it(`${element} (${lang}): the same texts, dates, statuses and order as the element`, async () => {
        const data = await wisgData();
        const options = {
          element,
          lang,
          today: TODAY,
          projectId: 'rfsl-2022-24',
          headingLevel: attributes['heading-level' as keyof typeof attributes],
          heading: (attributes as { heading?: string }).heading,
        };
        const rendering = renderStatic(parseProjects(data), options);
        const node = await live(element, { ...attributes, lang, today: TODAY }, data);
        const staticRoot = parsed(rendering.html);
        for (const selector of SHARED[element]) {
          const mine =
            selector === '[data-project-id]' || selector === '.bars > li'
              ? [...staticRoot.querySelectorAll(selector)].map((item) => item.getAttribute('data-project-id'))
              : texts(staticRoot, selector);
          const theirs =
            selector === '[data-project-id]' || selector === '.bars > li'
              ? [...node.shadowRoot!.querySelectorAll(selector)].map((item) => item.getAttribute('data-project-id'))
              : texts(node.shadowRoot!, selector);
          expect(mine, selector).to.deep.equal(theirs);
        }
        expect(texts(staticRoot, SHARED[element][0]!).length, 'something is shown').to.be.greaterThan(0);
        // Headings: the same levels and words (the element has a button where the rendering has a <details>).
        const headings = (root: ParentNode) =>
          [...root.querySelectorAll('h2, h3, h4, h5, h6')].filter((heading) => !heading.closest('.bar-details')).map((heading) => `${heading.localName} ${text(heading)}`);
        expect(headings(staticRoot)).to.deep.equal(headings(node.shadowRoot!));
        expect(staticRoot.firstElementChild!.getAttribute('lang')).to.equal(lang);
      });
    }
  }

  it('renders the list as filtered and sorted by its attributes, with the count the element shows', async () => {
    const data = await wisgData();
    const rendering = renderStatic(parseProjects(data), { element: 'list', lang: 'en', today: TODAY, status: 'completed', year: '2023', query: 'trans' });
    const node = await live('list', { lang: 'en', today: TODAY, status: 'completed', year: '2023', query: 'trans' }, data);
    const root = parsed(rendering.html);
    expect(texts(root, 'p.count')).to.deep.equal(['5 of 9 projects']);
    expect(texts(root, '.card .title')).to.deep.equal(texts(node.shadowRoot!, '.card .title'));
  });

  it('puts the timeline in time order (start, then end) and each project`s details under it', async () => {
    const data = await wisgData();
    const model = parseProjects(data);
    const rendering = renderStatic(model, { element: 'timeline', lang: 'ka', today: TODAY });
    const root = parsed(rendering.html);
    const starts = texts(root, '.bars > li > .face > time:first-of-type').map((value) => value.split(' ')[0]);
    expect(starts).to.deep.equal([...starts].sort());
    expect(root.querySelectorAll('ol.bars > li').length).to.equal(model.projects.length);
    expect(root.querySelectorAll('.bars > li .bar-details .goal').length).to.equal(model.projects.filter((project) => project.goal).length);
  });

  it('says why a card cannot be rendered, and renders nothing then', async () => {
    const model = parseProjects(await wisgData());
    expect(renderStatic(model, { element: 'card', projectId: 'nope' }))
      .to.include({ html: '' })
      .and.to.have.nested.property('problem.code', 'no-project');
    expect(renderStatic(model, { element: 'card' }).problem?.code).to.equal('choose-project');
  });

  it('writes dates without <time> for WordPress (kses: true), keeping their text and value', async () => {
    const model = parseProjects(await wisgData());
    const root = parsed(renderStatic(model, { element: 'card', projectId: 'rfsl-2022-24', lang: 'en', kses: true }).html);
    expect(root.querySelector('time')).to.equal(null);
    expect([...root.querySelectorAll('.period .date')].map((date) => `${date.getAttribute('data-datetime')} ${text(date)}`)).to.deep.equal([
      '2022-10-01 1 October 2022',
      '2024-11-30 30 November 2024',
    ]);
  });

  describe('hostile data', () => {
    let calls: unknown[][] = [];
    beforeEach(() => {
      calls = [];
      window.__wisgCanary = (...args: unknown[]) => void calls.push(args);
    });
    afterEach(() => delete window.__wisgCanary);

    it('every XSS payload in every field is text: the markup is the plain data`s, nothing runs', async () => {
      const project = (value: string, id: string) => ({
        id,
        title: value,
        start: '2020-01-01',
        end: '2021-06-30',
        goal: { en: `${value}\n\n${value}`, ka: value },
        activities: [value, { text: { en: value, ka: value }, items: [value, { text: value, items: [value] }] }],
        implementers: [{ name: value, url: 'https://example.org/a' }],
        funders: [{ name: { en: value, ka: value } }],
        url: 'https://example.org/p',
        status: 'completed',
      });
      // The element's own attributes aside (once defined it sets a style of its own), every element and attribute.
      const shape = (root: Element) => [...root.querySelectorAll(':scope > * *')].map((node) => `${node.localName}[${[...node.attributes].map((attribute) => attribute.name).join(',')}]`);
      const stage = document.createElement('div');
      document.body.append(stage);
      for (const element of ['list', 'card', 'timeline'] as const) {
        const plain = parsed(renderSnippet([project('Plain text', 'p')], { element, lang: 'en', heading: 'Plain' }).snippet);
        for (const payload of PAYLOADS) {
          const { snippet } = renderSnippet([project(payload.text, payload.text)], { element, lang: 'en', heading: payload.text });
          // In the live document, where an injected handler or script would run.
          stage.innerHTML = snippet;
          expect(shape(stage), `${element}: ${payload.category}: ${payload.text.slice(0, 60)}`).to.deep.equal(shape(plain));
          const wanted = visibleCharacters(payload.text);
          if (wanted) expect(visibleCharacters(stage.querySelector('.title, .bar-title')!.textContent!), payload.text.slice(0, 60)).to.include(wanted.slice(0, 200).replaceAll('\0', ''));
          // The id as the markup holds it (an attribute value: line breaks and tabs as spaces).
          const id = payload.text
            .normalize('NFC')
            .replace(/\0/g, '')
            .trim()
            .replace(/[\r\n\t]+/g, ' ');
          // An unpaired surrogate is U+FFFD once parsed in some engines (Firefox), kept in others.
          const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
          expect(wellFormed(stage.querySelector('[data-project-id]')!.getAttribute('data-project-id')!), `${element}: ${JSON.stringify(payload.text)}`).to.equal(wellFormed(id));
        }
      }
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 50));
      stage.remove();
      expect(calls, 'canary calls').to.deep.equal([]);
    });
  });
});
