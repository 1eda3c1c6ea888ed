/** Helpers for the robustness suite: the three widgets, deep reading of shadow roots, server logs, stray rejections. */
import '../../../src/index.js';
import type { WisgElement } from '../../../src/shared/widget-element.js';
import type { WisgErrorDetail, WisgLoadDetail } from '../../../src/shared/events.js';

export const TAGS = ['wisg-project-card', 'wisg-project-list', 'wisg-timeline'] as const;
export type Tag = (typeof TAGS)[number];

/** Every element under `root`, including those inside (nested) shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const element of Array.from(parent.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** All text under `node`, crossing into shadow roots (an element's shadow content instead of its light children). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  // nodeType, not instanceof: the node may come from another window (an iframe).
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
  if (element && (element.localName === 'style' || element.localName === 'script')) return '';
  const children = element?.shadowRoot ? element.shadowRoot.childNodes : node.childNodes;
  let text = '';
  for (const child of Array.from(children)) text += deepText(child);
  return text;
}

/** What a person sees and hears of an element: its rendered text, white space collapsed. */
export function shownText(element: Element): string {
  return deepText(element).replace(/\s+/g, ' ').trim();
}

/** The widget's error box (role=alert), if it shows one. */
export function alertBox(element: Element): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
}

export function retryButton(element: Element): HTMLButtonElement | null {
  return Array.from(element.shadowRoot!.querySelectorAll('button')).find((button) => /Try again|სცადეთ ხელახლა/.test(button.textContent ?? '')) ?? null;
}

export type Settled = { type: 'wisg-load'; detail: WisgLoadDetail } | { type: 'wisg-error'; detail: WisgErrorDetail };

/** Records the element's wisg-load and wisg-error events, in order. */
export function recordEvents(element: Element): Settled[] {
  const events: Settled[] = [];
  for (const type of ['wisg-load', 'wisg-error'] as const) element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail } as Settled));
  return events;
}

/** Waits until `events` holds more than `count` entries; returns the newest. */
export async function nextSettled(events: Settled[], count = 0, message = 'the widget did not settle'): Promise<Settled> {
  await until(() => events.length > count, message);
  return events[events.length - 1]!;
}

let container: HTMLElement | undefined;

/** A fresh element of `tag` with attributes and properties set, not yet connected. */
export function create(tag: Tag, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}): WisgElement {
  const element = document.createElement(tag) as WisgElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  return element;
}

/** Connects `element` in this suite's container (emptied by `cleanUp`). */
export function attach<T extends Element>(element: T): T {
  if (!container) {
    container = document.createElement('div');
    container.id = 'robustness-container';
    document.body.append(container);
  }
  container.append(element);
  return element;
}

export function cleanUp(): void {
  container?.replaceChildren();
}

let keys = 0;
/** A server-log key no other test uses (the three engines share one server). */
export function uniqueKey(name: string): string {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++keys}`;
}

export interface LoggedRequest {
  readonly route: string;
  readonly state: 'open' | 'answered' | 'closed-by-client';
}

/** What the test server saw of the requests made with `key` (see test/server/test-routes.mjs). */
export async function serverLog(key: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/__test__/log?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  return (await response.json()) as LoggedRequest[];
}

/** Waits until the server's log for `key` satisfies `test`. */
export async function untilServer(key: string, test: (log: LoggedRequest[]) => boolean, message: string, timeout?: number): Promise<LoggedRequest[]> {
  let last: LoggedRequest[] = [];
  try {
    await until(async () => test((last = await serverLog(key))), message, timeout);
  } catch (error) {
    throw new Error(`${(error as Error).message}; server log: ${JSON.stringify(last)}`);
  }
  return last;
}

/** Collects unhandled promise rejections and uncaught errors while a test runs. */
export function watchStrays(): { strays: string[]; stop(): void } {
  const strays: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => strays.push(`unhandled rejection: ${String(event.reason)}`);
  const onError = (event: ErrorEvent) => strays.push(`uncaught error: ${event.message}`);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    strays,
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
  };
}

/**
 * Polls `predicate` until it holds, or fails after `timeout` ms. Unlike open-wc's waitUntil it
 * leaves no timer behind, so the lifecycle tests can count the page's pending timers.
 */
export async function until(predicate: () => boolean | Promise<boolean>, message: string, timeout = 8000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timeout: ${message}`);
    await sleep(25);
  }
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
