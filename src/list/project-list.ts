import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { foldInBackground, matchesInActivitiesOnly, queryProjects, queryWords } from '../data/search.js';
import type { Project, ProjectsModel } from '../data/types.js';
import { projectCardStyles } from '../card/project-card.styles.js';
import { loadChunk } from '../loading/lazy-chunk.js';
import type { LoadState } from '../loading/project-data-controller.js';
import { AnnouncerController } from '../shared/announcer.js';
import { revealElement } from '../shared/deep-link-controller.js';
import { emitSelect } from '../shared/events.js';
import type { PagerController } from '../shared/pager-controller.js';
import { WisgElement } from '../shared/widget-element.js';
import { widgetRoomStyles } from '../shared/widget.styles.js';
import { facetsFor, readFilters, type Facets, type ListFilters } from './list-filters.js';
import { MenuHoldController } from './menu-hold-controller.js';
import { renderResults, renderToolbar, showFilters } from './project-list-template.js';
import { projectListStyles } from './project-list.styles.js';

/**
 * Up to this many results are all rendered at once (find-in-page reaches every one). Longer
 * results show a page at a time, with a "Show more" button that also fires as it scrolls
 * into view: a keystroke then lays out one page of cards, not a thousand. The pager that does
 * it is a lazy chunk (src/chunks/pager.ts), loaded by the first longer result: until it is in,
 * the first page shows (its "Show more" button comes with it, and `updateComplete` waits for it); where it
 * cannot be loaded, every result.
 */
export const ALL_AT_ONCE = 100;
export const PAGE_SIZE = 10;

/** Milliseconds of quiet after which the result count is announced. */
export const ANNOUNCE_DELAY = 600;

/** Milliseconds for which newly drawn menus stay out of the accessibility tree. */
const MENU_HOLD_MS = 200;

/**
 * All projects as a list of cards, newest first, with a search box, status and year
 * filters and a sort order. The search and filter state lives in attributes.
 *
 * @summary All projects: search, filters, newest first.
 *
 * The events, parts and CSS custom properties every element shares are documented on `WisgElement`; those named here say what they are in this one.
 *
 * @attr url-state - Keeps the search, filters and sort in the page's address (its query string), for sharing, reloading, back and forward. The value namespaces the list's parameters (`news` → `?news-query=…&news-status=…`); empty, the list's `id` does, else `wisg`, `wisg-2`, … by its place among the page's lists that name neither. Read when the list connects; no property.
 *
 * @event wisg-project-select - A visitor opened a project (its title link or its activities). `detail: { id, project, address }`. Cancel it to stop the title link's navigation.
 *
 * @csspart caption - The list's heading (with the `heading` attribute).
 * @csspart toolbar - The search box and the filters.
 * @csspart field - A label with its control.
 * @csspart label - A control's label.
 * @csspart search - The search box.
 * @csspart select - The status, year and sort menus.
 * @csspart count - The number of projects shown (announced to screen readers once typing pauses).
 * @csspart list - The `<ul>` of projects.
 * @csspart item - One `<li>`.
 * @csspart empty - The message when nothing matches.
 * @csspart clear-button - The button that clears the search and filters.
 * @csspart more-button - "Show more projects", under a long result shown a page at a time.
 * @csspart card - Each project's `<article>`; and the card's other parts: title, title-link, meta, period, status, goal, activities, disclosure, activity-list, section-heading, implementers, funders, link, address-link, copy-link, copy-status.
 */
export class WisgProjectList extends WisgElement {
  static override styles = [...WisgElement.styles, widgetRoomStyles, projectCardStyles, projectListStyles];

  static override properties: PropertyDeclarations = {
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    query: { reflect: true },
    status: { reflect: true },
    year: { type: Number, reflect: true },
    sort: { reflect: true },
    _openIds: { state: true },
    _closedIds: { state: true },
  };

  /** A visible heading above the list. */
  heading: string | null = null;

  /** Level of the list's heading, 2–6 (default 2); the cards' titles are one level below. */
  headingLevel: string | number = 2;

  /** The search text: projects whose title, goal, activities or organisations contain every word, in either language. */
  query: string | null = null;

  /** Only projects in this status: `planned`, `ongoing`, `completed`, `suspended` or `cancelled`. */
  status: string | null = null;

  /** Only projects running at some time during this year. */
  year: number | null = null;

  /** `newest` (the default), `oldest` or `title`. */
  sort: string | null = null;

  /** Projects whose activities the visitor opened, by id. */
  private _openIds: ReadonlySet<string> = new Set();
  /** Projects whose activities the search opened (it matched only there) and the visitor closed again; forgotten when the search is cleared. */
  private _closedIds: ReadonlySet<string> = new Set();
  /** The pages of a long result, once its chunk is in; `_pagerLoad` is that load (once it began), `_pagerFailed` whether it failed. */
  private _pager?: PagerController;
  private _pagerLoad?: Promise<void>;
  private _pagerFailed = false;
  /** The data whose texts are folded for search (a slice at a time, after the first paint), and what stops it. */
  private _foldedModel?: ProjectsModel;
  private _stopFolding?: () => void;

  private _facets?: Facets;
  private _focusSearch = false;
  /** Says the count once typing pauses, not once per keystroke ("9 of 9", "8 of 9", "5 of 9"…). */
  private readonly _announcer = new AnnouncerController(this, ANNOUNCE_DELAY);
  private readonly _menuHold = new MenuHoldController(this, MENU_HOLD_MS, () => !!this.renderRoot.querySelector('select'));

  /** The projects the list shows now (all of them, not only those rendered so far), in order. */
  get shownProjects(): Project[] {
    const state = this.loadState;
    return state.status === 'ready' ? this._results(state.model, readFilters(this)) : [];
  }

  private _results(model: ProjectsModel, filters: ListFilters): Project[] {
    return queryProjects(model.projects, { ...filters, today: this.todayDay, lang: this.locale });
  }

  private _facetsFor(model: ProjectsModel): Facets {
    return (this._facets = facetsFor(model, this.todayDay, this.today, this._facets));
  }

  /**
   * Loading and ready start alike, with the heading and the toolbar (its controls disabled until the
   * data is in), so that the menus are on the page before a screen reader reads it. Until then the
   * menus are also out of the accessibility tree (see `renderSelect` in project-list-template.ts).
   */
  protected override renderState(state: LoadState): unknown {
    if (state.status !== 'loading' && state.status !== 'ready') return super.renderState(state);
    const toolbar = renderToolbar(this, state.status === 'ready' ? this._facetsFor(state.model) : undefined, this._menuHold.held, this._onInput);
    return [toolbar, super.renderState(state)];
  }

  /** The results under the toolbar. */
  protected override renderModel(model: ProjectsModel): TemplateResult {
    const filters = readFilters(this);
    const words = queryWords(filters.text);
    const results = this._results(model, filters);
    return renderResults(
      this,
      filters,
      this._facetsFor(model),
      results,
      this._page(results),
      this._announcer,
      (project) => this._isOpen(project, words),
      this._toggle,
      this._selectFromTitleLink,
      this._pager?.render(this.locale, results.length),
    );
  }

  /** The results to render now: all of a short result; of a long one, the pages shown. */
  private _page(results: Project[]): readonly Project[] {
    if (this._pager) return this._pager.slice(results);
    if (results.length <= ALL_AT_ONCE || this._pagerFailed) return results;
    this._pagerLoad ??= loadChunk('pager', () => import('../chunks/pager.js')).then(
      ({ PagerController }) => {
        this._pager = new PagerController(
          this,
          html,
          ALL_AT_ONCE,
          PAGE_SIZE,
          () => this.renderRoot.querySelector('.more'),
          (index) => revealElement(undefined, this._cards()[index]),
        );
        if (this.isConnected) this.requestUpdate();
      },
      () => {
        this._pagerFailed = true;
        this.requestUpdate();
      },
    );
    return results.slice(0, PAGE_SIZE);
  }

  /** Complete once the pager of a long result (and its "Show more" button) is in too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this._pagerLoad || this._pager || this._pagerFailed) return complete;
    await this._pagerLoad;
    return super.getUpdateComplete();
  }

  /** The search box's input and the menus' changes: each control is named by the attribute it sets. */
  private readonly _onInput = (event: Event): void => {
    const { id, value } = event.target as HTMLInputElement | HTMLSelectElement;
    if (id === 'year') this.year = value ? Number(value) : null;
    else this[id === 'search' ? 'query' : (id as 'status' | 'sort')] = value || null;
  };

  /** Clears the search and the filters (not the sort order), and puts focus in the search box. */
  clear(): void {
    this.query = this.status = null;
    this.year = null;
    this._focusSearch = true;
  }

  /** Open when the visitor opened it, or when the search matched only in its activities (unless the visitor closed it since). */
  private _isOpen(project: Project, words: readonly string[]): boolean {
    return this._openIds.has(project.id) || (!this._closedIds.has(project.id) && matchesInActivitiesOnly(project, words));
  }

  private readonly _toggle = (project: Project): void => {
    const words = queryWords(this.query ?? '');
    const open = new Set(this._openIds);
    const closed = new Set(this._closedIds);
    if (this._isOpen(project, words)) {
      open.delete(project.id);
      // Kept closed against the search that opened it.
      if (matchesInActivitiesOnly(project, words)) closed.add(project.id);
    } else {
      open.add(project.id);
      closed.delete(project.id);
      emitSelect(this, project);
    }
    this._openIds = open;
    this._closedIds = closed;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Closed by the visitor, a card stays closed while they refine the search; once it is cleared, the next search starts afresh.
    if (changed.has('query') && !(this.query ?? '').trim() && this._closedIds.size) this._closedIds = new Set();
  }

  protected override showActivities(id: string): void {
    this._openIds = new Set(this._openIds).add(id);
  }

  /** A link to the project: its card, open (also beyond the first page), scrolled to, focus on its heading. */
  protected override revealProject(id: string, undisturbed: boolean): boolean {
    const index = this.shownProjects.findIndex((project) => project.id === id);
    if (index < 0) return false;
    this.showActivities(id);
    // Beyond the first page, once the pager is in (a long result loads it as it renders).
    void Promise.resolve(this._pagerLoad)
      .then(() => {
        this._pager?.showThrough(index);
        return this.updateComplete;
      })
      .then(() => {
        const card = this._cards().find((card) => card.dataset['projectId'] === id);
        if (undisturbed) revealElement(card, card?.querySelector('.title'));
      });
    return true;
  }

  private _cards(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.items > li > .card')];
  }

  private readonly _selectFromTitleLink = (project: Project, event: MouseEvent): void => {
    if (!emitSelect(this, project, true)) event.preventDefault();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    showFilters(this.renderRoot, readFilters(this));
    if (this._focusSearch) {
      this._focusSearch = false;
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
    }
    const state = this.loadState;
    if (state.status === 'ready' && state.model !== this._foldedModel) {
      this._foldedModel = state.model;
      this._stopFolding?.();
      this._stopFolding = foldInBackground(state.model.projects);
    }
  }

  /**
   * While a `url-state` list waits for its chunk to read the address (`heldBack`), it shows its loading state
   * (or its pre-rendered content), not the projects: a list the address would change a moment later
   * ("9 projects", then "6 of 9"), or a project a deep link would focus, which a list in use keeps.
   */
  protected override get loadState(): LoadState {
    const state = super.loadState;
    return this.heldBack && state.status === 'ready' ? { status: 'loading', source: state.source } : state;
  }

  override connectedCallback(): void {
    // url-state: the search, filters and sort kept in the address (src/chunks/list-state.ts). Asked for before super's
    // (the links' chunk, the first render).
    if (this.hasAttribute('url-state')) {
      void (this.heldBack = loadChunk('url-state', () => import('../chunks/list-state.js')).then(
        (chunk) => chunk.attach(this),
        () => {},
      )).then(() => {
        this.heldBack = undefined;
        // Not once it has gone: a render then would start work (the search's folding) that no disconnect stops.
        if (this.isConnected) this.requestUpdate();
      });
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopFolding?.();
    this._foldedModel = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-project-list': WisgProjectList;
  }
}
