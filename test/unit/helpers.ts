/** Shared test helpers: a controllable fetch, the bundled data, and reading what a person sees. */
import { expect, waitUntil } from '@open-wc/testing';
import type { WisgElement } from '../../src/shared/widget-element.js';

let bundled: unknown;
/** The bundled WISG document, parsed once per test file. */
export async function wisgData(): Promise<{ lang: string; projects: Record<string, unknown>[] }> {
  bundled ??= await (await fetch('/data/wisg-projects.json')).json();
  return structuredClone(bundled) as { lang: string; projects: Record<string, unknown>[] };
}

/** The text a person sees in an element's shadow root, white space collapsed. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as ParentNode & Node).textContent!.replace(/\s+/g, ' ').trim();
}

/** The element that has focus, looked for inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An element as a failure message names it: its tag, its id, part or class, and the start of its text. */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const part = element.getAttribute('part');
  const name = element.id ? `#${element.id}` : part ? `[part=${part}]` : element.classList.length ? `.${element.classList[0]}` : '';
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${element.localName}${name}>${words ? ` "${words}"` : ''}`;
}

/**
 * Expects `actual` to be the element `expected`, saying which each is when not. Not chai's `equal` on
 * elements: its message for two unequal elements (their whole trees, diffed) stalled Chromium instead of failing.
 */
export function expectElement(actual: Element | null | undefined, expected: Element | null | undefined, what = 'focus'): void {
  expect(actual === expected, `${what} is on ${describeElement(actual)}, not ${describeElement(expected)}`).to.equal(true);
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${element.localName}>`);
  return found;
}

/** Waits until the element has data in hand or has failed, and has rendered it. */
export async function settled(element: WisgElement): Promise<void> {
  await waitUntil(() => {
    const status = (element as unknown as { loadState: { status: string } }).loadState.status;
    return status === 'ready' || status === 'failed';
  }, `<${element.localName}> did not settle`);
  await element.updateComplete;
}

export interface PendingRequest {
  readonly url: string;
  readonly signal: AbortSignal | undefined;
  respond(body: string, init?: ResponseInit): void;
  fail(error?: unknown): void;
}

/**
 * Replaces `fetch` with one whose answers the test gives by hand, so ordering
 * (late answers, aborts) is deterministic. `restore()` puts the real one back.
 */
export function controlFetch(): { requests: PendingRequest[]; restore(): void; next(): Promise<PendingRequest> } {
  const realFetch = window.fetch;
  const requests: PendingRequest[] = [];
  const waiters: ((request: PendingRequest) => void)[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(signal.reason));
      const request: PendingRequest = {
        url: input instanceof Request ? input.url : String(input),
        signal,
        respond: (body, responseInit) => resolve(new Response(body, { headers: { 'content-type': 'application/json' }, ...responseInit })),
        fail: (error = new TypeError('Failed to fetch')) => reject(error),
      };
      requests.push(request);
      waiters.shift()?.(request);
    });
  return {
    requests,
    restore: () => {
      window.fetch = realFetch;
    },
    next: () => {
      const seen = requests.length;
      return new Promise<PendingRequest>((resolve) => {
        if (requests.length > seen) resolve(requests[seen]!);
        else waiters.push(resolve);
      });
    },
  };
}

let unique = 0;
/** A URL no other test has used, so the page-wide shared-request cache never answers for it. */
export function freshUrl(name = 'projects'): string {
  return `/__fresh__/${name}-${++unique}-${Date.now()}.json`;
}
