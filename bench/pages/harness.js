// The in-page half of the benchmark: every page (one per library) registers an adapter,
// and bench/run.mjs drives it through `window.bench`. Timing is the same for every library:
//
// - An action (hand over the data, change the query) starts at the beginning of a frame,
//   inside a requestAnimationFrame callback: t0 = performance.now().
// - A MessageChannel message posted at that moment runs right after that frame's rendering
//   (style, layout, paint) is done. If the library has signalled "rendered" by then, that is
//   t1: the result was in that frame. If not (it works asynchronously), t1 is taken after the
//   next frame rendered once the library signals (requestAnimationFrame + MessageChannel).
// - A real key press (puppeteer's keyboard) cannot be aligned to a frame: t0 is the keydown
//   event's timeStamp (when the browser received it, as INP counts), t1 the end of the first
//   frame rendered after focus moved. This includes waiting for that frame (up to 1/60 s).

export const params = new URLSearchParams(location.search);
export const size = Number(params.get('size') ?? 100);
/** "Today" for every library, so statuses and "now" are the same on every run. */
export const TODAY = '2025-06-01';

export async function loadProjects() {
  const response = await fetch(`/bench-data/${size}.json`);
  return response.json();
}

/**
 * Our elements, as their pages set them up: `setup()` waits for `tag` and the data; `render()`
 * hands the projects over, appends the element and resolves at its `wisg-load`. `element()` is it.
 */
export function ourElement(tag) {
  let projects, element;
  return {
    element: () => element,
    async setup() {
      await customElements.whenDefined(tag);
      projects = await loadProjects();
    },
    render() {
      element = document.createElement(tag);
      element.setAttribute('today', TODAY);
      const loaded = new Promise((resolve) => element.addEventListener('wisg-load', resolve, { once: true }));
      element.projects = projects;
      document.getElementById('root').append(element);
      return loaded;
    },
  };
}

/** Resolves after the next frame has been rendered. */
export function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** Milliseconds from the start of a frame in which `action()` runs to the end of the first frame that shows its result. */
export function timeFrameAligned(action) {
  return new Promise((resolve, reject) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      let finished = false;
      let done;
      const channel = new MessageChannel();
      channel.port1.onmessage = async () => {
        try {
          if (!finished) {
            await done;
            await afterNextPaint();
          }
          resolve(performance.now() - t0);
        } catch (error) {
          reject(error);
        }
      };
      channel.port2.postMessage(null);
      done = Promise.resolve(action()).then(() => {
        finished = true;
      });
      done.catch(reject);
    }),
  );
}

/**
 * adapter = {
 *   setup(): Promise      — load the library's data (converted to its format); untimed
 *   render(): Promise     — hand the data over; resolves when the library says it has rendered
 *   complete?(): Promise<boolean> — resolves when a renderer that goes on in chunks has rendered
 *                           everything: true if that took more frames, false if the first had it all
 *   query?(text): Promise — set the search text; resolves when updated (the list)
 *   prepareQuery?()       — untimed, before the first query
 *   armArrow?(): Promise<Element> — focus the first item; untimed (the timeline). Returns
 *                           the element whose focusin / updateComplete show that focus moved.
 * }
 */
export function register(adapter) {
  let arrow;
  window.bench = {
    async setup() {
      await adapter.setup();
      return { size, lib: document.documentElement.dataset.lib };
    },
    /** { first, complete }: to the first painted result, and (for renderers that go on in chunks) to everything painted. */
    async render({ firstOnly = false } = {}) {
      let start;
      const first = await timeFrameAligned(() => {
        start = performance.now();
        return adapter.render();
      });
      // complete() answers whether it had to wait: if not, the first frame had everything.
      if (firstOnly) return { first, complete: undefined };
      if (!adapter.complete || !(await adapter.complete())) return { first, complete: first };
      await afterNextPaint();
      return { first, complete: performance.now() - start };
    },
    hasQuery: () => typeof adapter.query === 'function',
    /** Untimed preparation before the first query (the floor builds its index here). */
    prepareQuery: () => adapter.prepareQuery?.(),
    query: (text) => timeFrameAligned(() => adapter.query(text)),
    hasArrow: () => typeof adapter.armArrow === 'function',
    /** Puts focus on the first item and waits for the next key press. */
    async armArrow() {
      const host = await adapter.armArrow();
      await afterNextPaint();
      const before = deepActiveElement();
      arrow = new Promise((resolve) => {
        let t0;
        addEventListener('keydown', (event) => (t0 = event.timeStamp), { capture: true, once: true });
        // Focus moving inside a shadow root is not reported to the host (target and relatedTarget
        // would both be the host): listen in the shadow root.
        const scope = host.shadowRoot ?? host;
        const onFocus = async () => {
          if (deepActiveElement() === before) return;
          scope.removeEventListener('focusin', onFocus);
          await host.updateComplete; // undefined for the floor: no wait
          await afterNextPaint();
          resolve({ ms: performance.now() - t0, from: describe(before), to: describe(deepActiveElement()) });
        };
        scope.addEventListener('focusin', onFocus);
      });
      return describe(before);
    },
    arrowResult: () => arrow,
    domNodes: () => countNodes(document),
  };
  window.benchReady = true;
}

function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describe(element) {
  if (!element) return 'nothing';
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  return `${element.localName}${element.id ? '#' + element.id : ''} “${label.trim().slice(0, 40)}”`;
}

/** Elements in the document, shadow roots included. */
function countNodes(root) {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    if (node.shadowRoot) count += countNodes(node.shadowRoot);
  }
  return count;
}
