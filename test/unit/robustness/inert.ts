/**
 * What "inert" means for a widget given hostile data (xss.test.ts, formats-hostile.test.ts): no
 * element or attribute that could run or link anything, no markup richer than plain data gives,
 * and the payload's characters in the rendered text.
 */
import { expect } from '@open-wc/testing';
import { visibleCharacters } from './xss-payloads.js';
import { cleanUp, deepElements, deepText, nextFrame, sleep, watchStrays } from './support.js';

declare global {
  interface Window {
    /** What the corpus's payloads call if they ever run (see xss-payloads.ts). */
    __wisgCanary?: (...args: unknown[]) => void;
  }
}

/**
 * For a `describe` of hostile input: before each test, a fresh canary for the payloads to call and
 * the page's uncaught errors watched (the console's warnings about bad URLs muted: they are by
 * design); after it, every widget removed. `expectNothingRan` checks both.
 */
export function watchHostileInput(): { readonly calls: unknown[][]; expectNothingRan(): void } {
  let calls: unknown[][] = [];
  let watch: ReturnType<typeof watchStrays>;
  const realWarn = console.warn;
  beforeEach(() => {
    calls = [];
    window.__wisgCanary = (...args: unknown[]) => void calls.push(args);
    watch = watchStrays();
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = realWarn;
    cleanUp();
    watch.stop();
    delete window.__wisgCanary;
  });
  return {
    get calls() {
      return calls;
    },
    expectNothingRan() {
      expect(calls, 'canary calls').to.deep.equal([]);
      expect(watch.strays, 'uncaught errors').to.deep.equal([]);
    },
  };
}

/** Attributes that take a URL, in HTML, SVG and MathML. */
export const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'codebase', 'cite', 'ping', 'srcdoc']);
/** Elements none of the widgets renders, and that a payload turned into markup would bring. */
export const FORBIDDEN = new Set(
  'script iframe frame frameset object embed img image video audio source track base meta link form math style slot noscript marquee foreignobject animate set discard use template body'.split(' '),
);

export interface Markup {
  readonly tags: Set<string>;
  readonly attributes: Set<string>;
}

/** The element and attribute names in a widget's shadow tree. */
export function markupOf(element: Element): Markup {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const node of deepElements(element.shadowRoot!)) {
    tags.add(node.localName);
    for (const attribute of Array.from(node.attributes)) attributes.add(attribute.name);
  }
  return { tags, attributes };
}

/** Nothing executable or linkable to a non-http(s) scheme anywhere in the widget's shadow tree. */
export function expectInert(element: Element, context: string): void {
  for (const node of deepElements(element.shadowRoot!)) {
    expect(FORBIDDEN.has(node.localName), `${context}: a <${node.localName}> element was rendered`).to.equal(false);
    for (const attribute of Array.from(node.attributes)) {
      expect(attribute.name.startsWith('on'), `${context}: <${node.localName} ${attribute.name}>`).to.equal(false);
      if (!URL_ATTRIBUTES.has(attribute.name)) continue;
      const value = attribute.value;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      expect(['http:', 'https:'], `${context}: <${node.localName} ${attribute.name}="${value.slice(0, 80)}">`).to.include(protocol);
    }
  }
  // The light DOM holds only what the test put there.
  for (const child of Array.from(element.children)) expect(child.localName, `${context}: light DOM child`).to.equal('script');
}

export function expectNoRicherThan(hostile: Markup, plain: Markup, context: string): void {
  const extraTags = [...hostile.tags].filter((tag) => !plain.tags.has(tag));
  const extraAttributes = [...hostile.attributes].filter((name) => !plain.attributes.has(name));
  expect(extraTags, `${context}: elements that plain data does not produce`).to.deep.equal([]);
  expect(extraAttributes, `${context}: attributes that plain data does not produce`).to.deep.equal([]);
}

/** The text of `root` and the accessible names given in attributes, without white space. */
export function readable(root: ParentNode & Node): string {
  const labels = deepElements(root)
    .map((node) => `${node.getAttribute('aria-label') ?? ''}${node.getAttribute('title') ?? ''}`)
    .join('');
  return visibleCharacters(deepText(root) + labels);
}

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += size) result.push(list.slice(i, i + size));
  return result;
}

/** Waits for rendering, then for what a payload would do later (image errors, autofocus, animations). */
export async function settle(elements: Element[]): Promise<void> {
  for (const element of elements) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
  await nextFrame();
  for (const element of elements) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await sleep(300);
}
