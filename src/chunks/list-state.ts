/**
 * The list-state lazy chunk (dist/wisg-widgets-list-state.js): keeps a `<wisg-project-list url-state>`'s
 * search, filters and sort in the page's query string (src/data/list-query.ts), so that the address
 * can be shared, reloaded, and gone back and forward in. Loaded only by lists with the attribute.
 *
 * - While the visitor types or arrows through a menu, the address follows each change in place
 *   (`replaceState`); once the change settles (`SETTLE_DELAY` without a change, Enter, focus leaving the
 *   control, a click such as a menu chosen with the mouse or "Clear search"), the history gets one entry
 *   for it (`pushState`), and the entry before goes back to the state it had. So back undoes one
 *   settled change, not one keystroke.
 * - Back and forward (`popstate`) and the address the page was opened with set the list's attributes;
 *   the list then shows them in its box and menus. Focus stays where it is.
 * - Only the list's own parameters are touched: the page's (`?p=12`, `utm_*`), another list's and the
 *   hash (`page#<project id>`, src/chunks/links.ts) stay as they are.
 */
import type { ReactiveController } from 'lit';
import { listStateParams, normalizeListState, readListState, withListParams, type ListState } from '../data/list-query.js';
import type { WisgProjectList } from '../list/project-list.js';

/** Milliseconds without a keystroke after which a search counts as settled (a history entry). */
export const SETTLE_DELAY = 1000;

/** The namespace of a list's parameters when its `url-state` attribute and `id` are empty. */
export const DEFAULT_NAMESPACE = 'wisg';

const controllers = new WeakMap<WisgProjectList, ListStateController>();

/** Keeps `list`'s state in the address from now on (once per list; the core calls it on every connection). */
export function attach(list: WisgProjectList): void {
  if (!controllers.has(list)) controllers.set(list, new ListStateController(list));
}

/**
 * A list's namespace: its `url-state` value, else its id, else `DEFAULT_NAMESPACE` and the list's place
 * among the page's lists that name neither (`wisg`, `wisg-2`, `wisg-3`, … in document order: what a CMS
 * writes for two list blocks, which have no id). Counted among those before it, so a list added later
 * further down changes no one's.
 */
function namespaceOf(list: WisgProjectList): string {
  const named = list.getAttribute('url-state') || list.id;
  if (named) return named;
  const unnamed = [...document.querySelectorAll('wisg-project-list[url-state]')].filter((other) => !other.getAttribute('url-state') && !other.id);
  const place = unnamed.indexOf(list) + 1;
  return place > 1 ? `${DEFAULT_NAMESPACE}-${place}` : DEFAULT_NAMESPACE;
}

const stateOf = ({ query, status, year, sort }: WisgProjectList): ListState => ({ query, status, year, sort });

class ListStateController implements ReactiveController {
  /** The state the page's attributes set up: the address holds only what differs from it. */
  private readonly _initial: ListState;
  /** The list's parameters in the history entry the current change started from (what back returns to). */
  private _committed = '';
  /** The list's parameters as last put in the address. */
  private _written = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly _list: WisgProjectList) {
    this._initial = stateOf(_list);
    this._namespace = namespaceOf(_list);
    // Inside the list's shadow root: gone with the list. Each is a moment a change counts as settled. Not a menu's
    // change: arrowing through a closed menu changes it at each step (Chromium, Firefox, WebKitGTK).
    for (const type of ['focusout', 'click', 'keydown']) _list.renderRoot.addEventListener(type, this._settle);
    _list.addController(this);
  }

  /** `<namespace>-query` and so on: see `namespaceOf`. Fixed when the list first connects. */
  private readonly _namespace: string;

  private _params(): string {
    return listStateParams(stateOf(this._list), this._namespace, this._initial);
  }

  hostConnected(): void {
    addEventListener('popstate', this._restore);
    // A visitor already using the list (its chunk came late) keeps what they did: the address follows them.
    if (!this._list.shadowRoot?.activeElement) this._restore();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this._restore);
    // Left unsettled: the address has the state (replaceState), without an entry of its own.
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  /** A change of the list's state (the visitor's, or a script's): the address follows it, and it settles later. */
  hostUpdated(): void {
    const params = this._params();
    if (params === this._written) return;
    this._go('replaceState', (this._written = params));
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._settle(), SETTLE_DELAY);
  }

  /** The change settled: one history entry for it, and the entry it started from keeps its own state. */
  private readonly _settle = (event?: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    clearTimeout(this._timer);
    this._timer = undefined;
    const params = this._params();
    if (params === this._committed) {
      // Typed and undone: no entry.
      if (params !== this._written) this._go('replaceState', (this._written = params));
      return;
    }
    this._go('replaceState', this._committed);
    this._go('pushState', (this._committed = this._written = params));
  };

  /** The address's state (on connection, back and forward) into the list's attributes; it renders them. */
  private readonly _restore = (): void => {
    clearTimeout(this._timer);
    this._timer = undefined;
    const state = readListState(location.search, this._namespace, this._initial);
    const now = normalizeListState(stateOf(this._list));
    // Only what differs: an attribute the page left out stays out (\`sort\` is not set to \`newest\`).
    for (const field of Object.keys(state) as (keyof ListState)[]) if (state[field] !== now[field]) Object.assign(this._list, { [field]: state[field] });
    this._committed = this._written = this._params();
  };

  private _go(method: 'pushState' | 'replaceState', params: string): void {
    const url = new URL(location.href);
    url.search = withListParams(url.search, this._namespace, params);
    if (url.href === location.href && method === 'replaceState') return;
    try {
      // Another script's state object stays with its entry; a new entry is ours.
      history[method](method === 'pushState' ? null : history.state, '', url.href);
    } catch {
      // Too many calls in a short time (Safari, Firefox): the next change writes it.
    }
  }
}
