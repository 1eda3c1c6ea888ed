import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { projectStatus } from '../data/dates.js';
import { foldInBackground, matchesInActivitiesOnly, projectYears, queryProjects, queryWords, SORT_ORDERS, type SortOrder } from '../data/search.js';
import { PROJECT_STATUSES, type Project, type ProjectStatus, type ProjectsModel } from '../data/types.js';
import { msg, str } from '../localize/msg.js';
import { projectCount, statusLabel } from '../localize/phrases.js';
import { renderProjectCard } from '../card/project-card-template.js';
import { projectCardStyles } from '../card/project-card.styles.js';
import type { LoadState } from '../loading/project-data-controller.js';
import { AnnouncerController } from '../shared/announcer.js';
import { revealElement } from '../shared/deep-link-controller.js';
import { emitSelect } from '../shared/events.js';
import { PagerController } from '../shared/pager-controller.js';
import { heading, toHeadingLevel } from '../shared/templates.js';
import { WisgElement } from '../shared/widget-element.js';
import { MenuHoldController } from './menu-hold-controller.js';
import { projectListStyles } from './project-list.styles.js';

/**
 * Up to this many results are all rendered at once (find-in-page reaches every one). Longer
 * results show a page at a time, with a "Show more" button that also fires as it scrolls
 * into view: a keystroke then lays out one page of cards, not a thousand.
 */
export const ALL_AT_ONCE = 100;
export const PAGE_SIZE = 10;

/** Milliseconds of quiet after which the result count is announced. */
export const ANNOUNCE_DELAY = 600;

/** Milliseconds for which newly drawn menus stay out of the accessibility tree. */
const MENU_HOLD_MS = 200;

/** What the filters offer for one model and one `today`, worked out once rather than per keystroke. */
interface Facets {
  readonly model: ProjectsModel;
  readonly today: number;
  readonly statuses: readonly ProjectStatus[];
  /** Newest first, like the list. */
  readonly years: readonly number[];
  /** Position in the data: a stable, attribute-safe id for each card. */
  readonly index: ReadonlyMap<Project, number>;
}

/**
 * All projects as a list of cards, newest first, with a search box, status and year
 * filters and a sort order. The search and filter state lives in attributes.
 *
 * @summary All projects: search, filters, newest first.
 *
 * @event wisg-load - The data is in hand. `detail: { projects, issues, source }`.
 * @event wisg-error - The data could not be loaded or has problems. `detail: { kind, fatal, message, issues, reason?, status? }`.
 * @event wisg-project-select - A visitor opened a project (its title link or its activities). `detail: { id, project, address }`. Cancel it to stop the title link's navigation.
 *
 * @csspart base - The wrapper of everything the element renders.
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
 * @csspart card - Each project's `<article>`; and the card's other parts: title, title-link, meta, period, status, goal, activities, disclosure, activity-list, section-heading, implementers, funders, link.
 * @csspart loading - The loading message.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button of a failed load.
 * @csspart notice - The message shown when there is no data.
 * @csspart issues - The expandable report of data problems.
 */
export class WisgProjectList extends WisgElement {
  static override styles = [...WisgElement.styles, projectCardStyles, projectListStyles];

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
  private readonly _pager = new PagerController(
    this,
    ALL_AT_ONCE,
    PAGE_SIZE,
    () => this.renderRoot.querySelector('.more'),
    (index) => revealElement(undefined, this._cards()[index]),
  );
  /** The data whose texts are folded for search (a slice at a time, after the first paint), and what stops it. */
  private _foldedModel?: ProjectsModel;
  private _stopFolding?: () => void;

  private _facets?: Facets;
  private _focusSearch = false;
  /** The count as last rendered. */
  private _countText = '';
  private readonly _announcer = new AnnouncerController(this, ANNOUNCE_DELAY);
  private readonly _menuHold = new MenuHoldController(this, MENU_HOLD_MS, () => !!this.renderRoot.querySelector('select'));

  /** The projects the list shows now (all of them, not only those rendered so far), in order. */
  get shownProjects(): Project[] {
    const state = this.dataController.state;
    return state.status === 'ready' ? this._results(state.model) : [];
  }

  private get _statusFilter(): ProjectStatus | undefined {
    return (PROJECT_STATUSES as readonly string[]).includes(this.status ?? '') ? (this.status as ProjectStatus) : undefined;
  }

  private get _yearFilter(): number | undefined {
    return Number.isInteger(this.year) ? this.year! : undefined;
  }

  /** The value each menu shows. */
  private get _shown(): Record<'status' | 'year' | 'sort', string> {
    return { status: this._statusFilter ?? '', year: String(this._yearFilter ?? ''), sort: this._sortOrder };
  }

  private get _sortOrder(): SortOrder {
    return (SORT_ORDERS as readonly string[]).includes(this.sort ?? '') ? (this.sort as SortOrder) : 'newest';
  }

  private _results(model: ProjectsModel): Project[] {
    return queryProjects(model.projects, {
      text: this.query ?? '',
      status: this._statusFilter,
      year: this._yearFilter,
      sort: this._sortOrder,
      today: this.todayDay,
      lang: this.locale,
    });
  }

  private _facetsFor(model: ProjectsModel, today: number): Facets {
    if (this._facets?.model === model && this._facets.today === today) return this._facets;
    const present = new Set(model.projects.map((project) => projectStatus(project, today)));
    this._facets = {
      model,
      today,
      statuses: PROJECT_STATUSES.filter((status) => present.has(status)),
      // Open-ended projects run to this year.
      years: projectYears(model.projects, parseInt(this.today ?? '') || new Date().getFullYear()).reverse(),
      index: new Map(model.projects.map((project, i) => [project, i])),
    };
    return this._facets;
  }

  /**
   * Loading and ready start alike, with the heading and the toolbar (its controls disabled until the
   * data is in), so that the menus are on the page before a screen reader reads it. Until then the
   * menus are also out of the accessibility tree (see `_renderSelect`).
   */
  protected override renderState(state: LoadState): unknown {
    if (state.status !== 'loading' && state.status !== 'ready') return super.renderState(state);
    return html`${this._renderToolbar(state.status === 'ready' ? this._facetsFor(state.model, this.todayDay) : undefined)}${super.renderState(state)}`;
  }

  private _renderToolbar(facets: Facets | undefined): TemplateResult {
    const level = toHeadingLevel(this.headingLevel, 2);
    const status = this._statusFilter;
    const year = this._yearFilter;
    const headingId = this.heading ? 'list-heading' : undefined;
    const loading = !facets;
    const { statuses = [], years = [] } = facets ?? {};
    // Years and statuses a page asked for stay choosable even when no project has them.
    const statusChoices = status && !statuses.includes(status) ? [...statuses, status] : statuses;
    const yearChoices = year !== undefined && !years.includes(year) ? [year, ...years] : years;
    return html`
      ${this.heading ? heading(level, this.heading, { id: headingId, part: 'caption', class: 'list-heading' }) : nothing}
      <div class="toolbar" part="toolbar" role="search" aria-labelledby=${ifDefined(headingId)} aria-label=${ifDefined(headingId ? undefined : msg('Projects'))}>
        <div class="field search-field" part="field">
          <label for="search" part="label">${msg('Search projects')}</label>
          <input id="search" type="search" part="search" autocomplete="off" .value=${this.query ?? ''} ?disabled=${loading} @input=${this._onSearch} />
        </div>
        ${this._renderSelect('status', msg('Status'), [['', msg('All')], ...statusChoices.map((value): [string, string] => [value, statusLabel(value)])], loading)}
        ${this._renderSelect('year', msg('Year'), [['', msg('All')], ...yearChoices.map((value): [string, string] => [String(value), String(value)])], loading)}
        ${this._renderSelect(
          'sort',
          msg('Sort'),
          [
            ['newest', msg('Newest first')],
            ['oldest', msg('Oldest first')],
            ['title', msg('Title (A–Z)')],
          ],
          loading,
        )}
      </div>
    `;
  }

  /** The results under the toolbar. */
  protected override renderModel(model: ProjectsModel): TemplateResult {
    const today = this.todayDay;
    const locale = this.locale;
    const level = toHeadingLevel(this.headingLevel, 2);
    const facets = this._facetsFor(model, today);
    const status = this._statusFilter;
    const year = this._yearFilter;
    const query = (this.query ?? '').trim();
    const words = queryWords(query);
    const filtered = query !== '' || status !== undefined || year !== undefined;
    const results = this._results(model);
    const total = model.projects.length;
    const rendered = this._pager.slice(results);
    const headingId = this.heading ? 'list-heading' : undefined;

    // role=list: Safari drops the list role of a <ul> without list-style.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      <p class="count" part="count">${(this._countText = !filtered ? projectCount(total) : results.length ? msg(str`${results.length} of ${total} projects`) : msg('No projects found'))}</p>
      ${this._announcer.render()}
      <ul class="items" part="list" role="list" aria-labelledby=${ifDefined(headingId)} ?hidden=${!results.length}>
        ${repeat(
          rendered,
          (project) => project.id,
          (project) => {
            const expanded = this._isOpen(project, words);
            // A card is rebuilt only when something it shows changed: keystrokes stay cheap on long lists.
            return html`<li class="item" part="item">
              ${guard([project, locale, today, level, expanded], () => {
                return renderProjectCard(project, {
                  locale,
                  today,
                  headingLevel: toHeadingLevel(level + 1, 6),
                  expanded,
                  idPrefix: `p${facets.index.get(project)}`,
                  onToggle: this._toggle,
                  onOpen: this._selectFromTitleLink,
                });
              })}
            </li>`;
          },
        )}
      </ul>
      ${
        rendered.length < results.length
          ? html`<p class="more"><button type="button" class="button" part="more-button" @click=${this._showMore}>
            ${msg(str`Show more projects (${rendered.length} of ${results.length} shown)`)}
          </button></p>`
          : nothing
      }
      ${filtered && !results.length ? this._renderEmpty(query, status, year) : nothing}
    `; /* eslint-enable lit-a11y/no-redundant-role */
  }

  /**
   * A menu; what it shows is set in `updated()`. Its options are keyed by value: the data's arriving adds options and changes none.
   * Loading, it is disabled and inert (out of the accessibility tree). Chromium tells of a menu that is enabled in the frame its
   * options change as a change of selection, and Orca 43 presents that as if the menu were focused, unasked ("Status combo box
   * collapsed, All, Focus mode"), and stays in focus mode there. A menu that enters the tree with its choices, after it was
   * drawn, is new content that Orca reads in place. (Enabled a frame after its choices came, still in the tree, it is silent,
   * but Orca then skips it when reading.) So the menus are also inert for their first moments in the page (`MenuHoldController`),
   * for when the data is in hand as they are drawn (inline JSON, `data`, pre-rendered content) or the list is moved. Heard in
   * test/screen-reader/.
   */
  private _renderSelect(name: 'status' | 'year' | 'sort', label: string, options: [string, string][], loading: boolean): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${name} part="label">${label}</label>
      <select id=${name} part="select" ?disabled=${loading} ?inert=${loading || this._menuHold.held} @change=${this._onSelect}>
        ${repeat(
          options,
          ([value]) => value,
          ([value, text]) => html`<option value=${value}>${text}</option>`,
        )}
      </select>
    </div>`;
  }

  private _renderEmpty(query: string, status: ProjectStatus | undefined, year: number | undefined): TemplateResult {
    const searched = [query ? msg(str`Search: “${query}”`) : '', status ? `${msg('Status')}: ${statusLabel(status)}` : '', year !== undefined ? `${msg('Year')}: ${year}` : ''].filter(Boolean);
    return html`<div class="empty" part="empty">
      <p>${searched.join(' · ')}</p>
      <button type="button" class="button" part="clear-button" @click=${this.clear}>${msg('Clear search')}</button>
    </div>`;
  }

  private readonly _onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value || null;
  };

  private readonly _onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const value = select.value || null;
    if (select.id === 'year') this.year = value === null ? null : Number(value);
    else if (select.id === 'status') this.status = value;
    else this.sort = value;
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

  /** A link to the project: its card, open (also beyond the first page), scrolled to, focus on its heading. */
  protected override revealProject(id: string, undisturbed: boolean): boolean {
    const index = this.shownProjects.findIndex((project) => project.id === id);
    if (index < 0) return false;
    this._openIds = new Set(this._openIds).add(id);
    this._pager.showThrough(index);
    void this.updateComplete.then(() => {
      const card = this._cards().find((card) => card.dataset['projectId'] === id);
      if (undisturbed) revealElement(card, card?.querySelector('.title'));
    });
    return true;
  }

  /** Shows the next page of a long result, and takes keyboard focus to its first card. */
  private readonly _showMore = (): void => this._pager.more(true);

  private _cards(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.items > li > .card')];
  }

  private readonly _selectFromTitleLink = (project: Project, event: MouseEvent): void => {
    if (!emitSelect(this, project, true)) event.preventDefault();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Say the count once typing pauses, not once per keystroke ("9 of 9", "8 of 9", "5 of 9"…).
    if (this._countText) this._announcer.say(this._countText);
    // The menus show the state, set only where they differ: each change of an option's selectedness is
    // an event a screen reader reads out wherever its reader is ("Year combo box collapsed, All").
    for (const [id, value] of Object.entries(this._shown)) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
      if (select && select.value !== value) select.value = value;
    }
    if (this._focusSearch) {
      this._focusSearch = false;
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
    }
    const state = this.dataController.state;
    if (state.status === 'ready' && state.model !== this._foldedModel) {
      this._foldedModel = state.model;
      this._stopFolding?.();
      this._stopFolding = foldInBackground(state.model.projects);
    }
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
