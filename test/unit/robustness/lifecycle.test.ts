/**
 * Lifecycles: attaching, detaching and moving an element a thousand times leaves no
 * listener, observer, timer or animation frame behind (counted by instrumenting the
 * platform), and, in Chromium where gc() is exposed, detached elements are collected
 * and the heap stays flat. Properties set before the elements are defined are honoured
 * on upgrade; an element made by document.createElement and configured by properties works.
 */
import { expect } from '@open-wc/testing';
import { TAGS, attach, cleanUp, create, nextFrame, serverLog, shownText, sleep, uniqueKey, until, untilServer, type Tag } from './support.js';
import type { WisgElement } from '../../../src/shared/widget-element.js';

const PROJECTS = [
  { id: 'one', title: { en: 'Project one', ka: 'პირველი' }, start: '2021-01-01', end: '2022-06-30', goal: 'Goal one.', activities: ['Step'], url: 'https://example.org/one' },
  { id: 'two', title: { en: 'Project two', ka: 'მეორე' }, start: '2023-03-01', goal: 'Goal two.' },
];

/** Per tag, the props that make it show data (the card shows one project). */
const configured = (tag: Tag): Record<string, unknown> => (tag === 'wisg-project-card' ? { projects: PROJECTS, projectId: 'one' } : { projects: PROJECTS });

interface Probe {
  /** Listeners registered, and not removed, on targets outside any widget (window, document, media queries, signals…). */
  outsideListeners(): number;
  /** Observers (Mutation, Resize, Intersection) observing something and not disconnected. */
  observers(): number;
  /** Timeouts and intervals set and not yet fired or cleared. */
  timers(): number;
  /** Animation frames requested and not yet run or cancelled. */
  frames(): number;
  restore(): void;
}

/** Is `target` a widget, or inside one's shadow tree? Those listeners go when the widget goes. */
function insideWidget(target: EventTarget): boolean {
  let node: Node | null = target instanceof Node ? target : null;
  while (node) {
    if (node instanceof Element && node.localName.startsWith('wisg-')) return true;
    // A template being stamped (lit binds @event listeners on its clone before it joins the shadow root).
    if (node instanceof DocumentFragment && !(node instanceof ShadowRoot)) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** Counts what the platform is holding for the page, by wrapping the APIs that hold things. */
function instrument(): Probe {
  const restores: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(owner: T, key: K, value: T[K]) => {
    const original = owner[key];
    owner[key] = value;
    restores.push(() => (owner[key] = original));
    return original;
  };

  // Listeners: (target, type, listener, capture) registrations, as the platform dedupes them.
  const listeners = new Map<EventTarget, Set<string>>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (type: string, listener: unknown, options: unknown) => {
    if (!listener || (typeof listener !== 'function' && typeof listener !== 'object')) return undefined;
    if (!ids.has(listener as object)) ids.set(listener as object, ++nextId);
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${type}|${capture}|${ids.get(listener as object)}`;
  };
  const add = patch(EventTarget.prototype, 'addEventListener', function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const key = keyOf(type, listener, options);
    if (key && !insideWidget(this)) {
      const once = typeof options === 'object' && (options as { once?: boolean })?.once;
      const signal = typeof options === 'object' ? (options as { signal?: AbortSignal })?.signal : undefined;
      if (!once) {
        if (!listeners.has(this)) listeners.set(this, new Set());
        listeners.get(this)!.add(key);
        signal?.addEventListener('abort', () => listeners.get(this)?.delete(key));
      }
    }
    return (add as (...args: unknown[]) => void).call(this, type, listener, options);
  } as EventTarget['addEventListener']);
  const remove = patch(EventTarget.prototype, 'removeEventListener', function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const key = keyOf(type, listener, options);
    if (key) listeners.get(this)?.delete(key);
    return (remove as (...args: unknown[]) => void).call(this, type, listener, options);
  } as EventTarget['removeEventListener']);

  // Observers of every kind the widgets could use.
  const active = new Set<object>();
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = (window as unknown as Record<string, new (...args: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void }>)[name];
    if (!Original) continue;
    const Counted = class extends Original {
      override observe(...args: unknown[]) {
        active.add(this);
        return super.observe(...args);
      }
      override disconnect() {
        active.delete(this);
        return super.disconnect();
      }
    };
    patch(window as unknown as Record<string, unknown>, name, Counted);
  }

  // Timers and animation frames.
  const timers = new Set<number>();
  const realSetTimeout = patch(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id: number = realSetTimeout(
      (...args: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      delay,
      ...rest,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout);
  const realClearTimeout = patch(window, 'clearTimeout', ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout);
  const intervals = new Set<number>();
  const realSetInterval = patch(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = realSetInterval(handler, delay, ...rest);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval);
  const realClearInterval = patch(window, 'clearInterval', ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    realClearInterval(id);
  }) as typeof window.clearInterval);
  const frames = new Set<number>();
  const realRequestFrame = patch(window, 'requestAnimationFrame', ((callback: FrameRequestCallback) => {
    const id = realRequestFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  }) as typeof window.requestAnimationFrame);
  const realCancelFrame = patch(window, 'cancelAnimationFrame', ((id: number) => {
    frames.delete(id);
    realCancelFrame(id);
  }) as typeof window.cancelAnimationFrame);

  return {
    outsideListeners: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    observers: () => active.size,
    timers: () => timers.size + intervals.size,
    frames: () => frames.size,
    restore: () => restores.reverse().forEach((undo) => undo()),
  };
}

type Counts = { outsideListeners: number; observers: number; timers: number; frames: number };
const countsOf = (probe: Probe): Counts => ({ outsideListeners: probe.outsideListeners(), observers: probe.observers(), timers: probe.timers(), frames: probe.frames() });

/** Places to move an element between: two containers in the document, one inside another element's shadow root. */
function places(): ParentNode[] {
  const first = attach(document.createElement('section'));
  const second = attach(document.createElement('div'));
  second.lang = 'ka';
  const host = attach(document.createElement('div'));
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = document.createElement('article');
  shadow.append(inner);
  return [first, second, inner];
}

/** Attach, render, move twice (across a shadow boundary), detach: `times` times. */
async function cycle(element: WisgElement, targets: ParentNode[], times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    targets[0]!.append(element);
    await element.updateComplete;
    targets[1]!.append(element);
    targets[2]!.append(element);
    await element.updateComplete;
    element.remove();
  }
}

/** Lets pending frames, observers and microtasks run out. */
async function quiet(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await sleep(20);
}

describe('lifecycles', () => {
  let probe: Probe | undefined;
  afterEach(() => {
    probe?.restore();
    probe = undefined;
    cleanUp();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: attach, move and detach 1,000 times leaves no listener, observer, timer or frame behind`, async function () {
      this.timeout(120_000);
      probe = instrument();
      const targets = places();
      const element = create(tag, {}, configured(tag));
      await cycle(element, targets, 5);
      await quiet();
      const before = countsOf(probe);
      await cycle(element, targets, 1000);
      await quiet();
      expect(countsOf(probe)).to.deep.equal(before);
      // …and it still works: shown in the Georgian container, in Georgian.
      targets[1]!.append(element);
      await element.updateComplete;
      expect(element.locale).to.equal('ka');
      expect(shownText(element)).to.contain('პირველი');
    });

    it(`<${tag}>: moved from an English into a Georgian part of the page, it speaks Georgian`, async () => {
      // Found by this suite: the language was read again on reconnection, but nothing re-rendered.
      const english = attach(document.createElement('div'));
      english.lang = 'en';
      const georgian = attach(document.createElement('div'));
      georgian.lang = 'ka';
      const element = create(tag, {}, configured(tag));
      english.append(element);
      await element.updateComplete;
      expect(shownText(element)).to.contain('Project one');
      georgian.append(element);
      await element.updateComplete;
      expect(shownText(element)).to.contain('პირველი');
      expect(shownText(element)).not.to.contain('Project one');
      english.append(element);
      await element.updateComplete;
      expect(shownText(element)).to.contain('Project one');
    });

    it(`<${tag}>: a load in flight, cut by moving and detaching, 50 times: no listener, timer or request left`, async function () {
      this.timeout(60_000);
      probe = instrument();
      const targets = places();
      const key = uniqueKey('lifecycle');
      const element = create(tag, { src: `/__test__/hang?key=${key}`, timeout: '60000' });
      await quiet();
      const before = countsOf(probe);
      for (let i = 0; i < 50; i++) {
        const seen = (await serverLog(key)).length;
        targets[0]!.append(element);
        // Wait until the server has this request, so that it is really in flight when cut.
        await until(async () => (await serverLog(key)).slice(seen).some((entry) => entry.state === 'open'), `request ${i} did not reach the server`);
        targets[1]!.append(element);
        targets[2]!.append(element);
        await element.updateComplete;
        element.remove();
      }
      const log = await untilServer(key, (entries) => entries.every((entry) => entry.state === 'closed-by-client'), 'every request closed');
      expect(log.length).to.be.at.least(50);
      await quiet();
      expect(countsOf(probe)).to.deep.equal(before);
    });
  }

  it('<wisg-project-list url-state>: attach, change, move and detach 60 times leaves no popstate listener or settle timer behind', async function () {
    this.timeout(120_000);
    const address = location.href;
    probe = instrument();
    const targets = places();
    const element = create('wisg-project-list', { 'url-state': 'cycle' }, configured('wisg-project-list')) as WisgElement & { query: string | null };
    await cycle(element, targets, 5);
    await sleep(50);
    await quiet();
    const before = countsOf(probe);
    // 60, not 200: WebKit ignores a page's history calls past 100 in 30 s (the chunk catches its error), and the
    // address would stop following.
    for (let i = 0; i < 60; i++) {
      targets[0]!.append(element);
      await element.updateComplete;
      // A change not yet settled (its timer pending) when the list goes.
      element.query = `q${i}`;
      await element.updateComplete;
      targets[2]!.append(element);
      await element.updateComplete;
      element.remove();
    }
    await quiet();
    expect(countsOf(probe)).to.deep.equal(before);
    expect(new URLSearchParams(location.search).get('cycle-query'), 'the address followed it').to.equal('q59');
    history.replaceState(null, '', address);
  });

  const gc = (globalThis as { gc?: () => void }).gc;

  it('detached elements are garbage-collected (Chromium, where gc() is exposed)', async function () {
    if (!gc) this.skip();
    const targets = places();
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < 300; i++) {
      const element = create(TAGS[i % 3]!, {}, configured(TAGS[i % 3]!));
      await cycle(element, targets, 1);
      refs.push(new WeakRef(element));
    }
    await quiet();
    for (let i = 0; i < 3; i++) {
      gc!();
      await sleep(10);
    }
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    expect(alive, 'detached elements still reachable').to.be.at.most(3);
  });

  it('the heap stays flat over 1,000 cycles of each element (Chromium, where gc() and performance.memory are exposed)', async function () {
    this.timeout(180_000);
    // Each read of performance.memory is a snapshot: read it afresh every time.
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    if (!gc || heap() === undefined) this.skip();
    const targets = places();
    const elements = TAGS.map((tag) => create(tag, {}, configured(tag)));
    const measure = async () => {
      await quiet();
      gc!();
      await sleep(10);
      gc!();
      return heap()!;
    };
    const freshOnes = async (count: number) => {
      for (let i = 0; i < count; i++) await cycle(create(TAGS[i % 3]!, {}, configured(TAGS[i % 3]!)), targets, 1);
    };
    // Warm up first: compiled code and the engines' caches grow at first, then stay put.
    for (const element of elements) await cycle(element, targets, 300);
    await freshOnes(300);
    const start = await measure();
    // The same elements a thousand times each, then a thousand new ones.
    for (const element of elements) await cycle(element, targets, 1000);
    await freshOnes(1000);
    const end = await measure();
    // Noise is a few tens of kB here; keeping every detached render alive would be megabytes.
    expect(end - start, `heap growth in bytes (${start} → ${end})`).to.be.below(512 * 1024);
  });

  it('properties set before the elements are defined are honoured on upgrade', async () => {
    const frame = attach(document.createElement('iframe'));
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/test/unit/robustness/fixtures/blank.html';
    });
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    expect(win.customElements.get('wisg-project-card'), 'not defined yet').to.equal(undefined);

    const key = uniqueKey('upgrade');
    const card = doc.createElement('wisg-project-card') as unknown as WisgElement & Record<string, unknown>;
    Object.assign(card, { projects: PROJECTS, projectId: 'one', expanded: true, headingLevel: 2, theme: 'dark', today: '2021-06-01' });
    const list = doc.createElement('wisg-project-list') as unknown as WisgElement & Record<string, unknown>;
    Object.assign(list, { src: `/__test__/json?key=${key}`, timeout: 4321, query: 'two' });
    const timeline = doc.createElement('wisg-timeline') as unknown as WisgElement & Record<string, unknown>;
    Object.assign(timeline, { data: { lang: 'en', projects: PROJECTS }, caption: 'Our work' });
    // The card and the list wait in the page; the timeline is connected only after the definitions.
    doc.body.append(card, list);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/index.ts';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await loaded;
    await win.customElements.whenDefined('wisg-timeline');
    doc.body.append(timeline);
    await untilServer(key, (log) => log[0]?.state === 'answered', 'the list did not load its src');
    for (const element of [card, list, timeline]) {
      expect(element.shadowRoot, `<${element.localName}> upgraded`).to.exist;
      await element.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await list.updateComplete;

    expect(card.projectId).to.equal('one');
    expect(card.shadowRoot!.querySelector('h2')?.textContent).to.contain('Project one');
    expect(card.shadowRoot!.querySelector('[part~="disclosure"]')?.getAttribute('aria-expanded')).to.equal('true');
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.shadowRoot!.querySelector('[part~="status"]')?.textContent).to.contain('Ongoing');

    expect(list.timeout).to.equal(4321);
    expect(list.getAttribute('src')).to.equal(`/__test__/json?key=${key}`);
    expect(list.getAttribute('query')).to.equal('two');
    expect(shownText(list)).to.contain('Served project two');
    expect(shownText(list)).to.contain('1 of 2 projects');

    expect(shownText(timeline)).to.contain('Our work');
    expect(shownText(timeline)).to.contain('Project two');
  });

  for (const tag of TAGS) {
    it(`<${tag}> made by document.createElement and configured by properties works, and follows later property changes`, async () => {
      const element = document.createElement(tag) as unknown as WisgElement & Record<string, unknown>;
      const loads: string[][] = [];
      element.addEventListener('wisg-load', (event) => loads.push(event.detail.projects.map((project) => project.id)));
      Object.assign(element, configured(tag));
      attach(element);
      await element.updateComplete;
      expect(shownText(element)).to.contain('Project one');
      element.projects = [{ id: 'one', title: 'Renamed project', start: '2020' }];
      await element.updateComplete;
      expect(shownText(element)).to.contain('Renamed project');
      element.projects = undefined;
      element.data = { projects: [{ id: 'one', title: 'From data', start: '2020' }] };
      await element.updateComplete;
      expect(shownText(element)).to.contain('From data');
      expect(loads).to.deep.equal([['one', 'two'], ['one'], ['one']]);
    });
  }
});
