import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { projectStatus } from '../data/dates.js';
import { projectYears, queryProjects, searchableText, SORT_ORDERS, type SortOrder } from '../data/search.js';
import { PROJECT_STATUSES, type Project, type ProjectStatus, type ProjectsModel } from '../data/types.js';
import { msg, str } from '../localize/msg.js';
import { projectCount, statusLabel } from '../localize/phrases.js';
import { heading, renderProjectCard, toHeadingLevel } from '../card/project-card-template.js';
import { projectCardStyles } from '../card/project-card.styles.js';
import { emit } from '../shared/events.js';
import { WisgElement } from '../shared/widget-element.js';
import { projectListStyles } from './project-list.styles.js';

/** Cards rendered in the first go; longer lists grow by half again per frame, so the first screen comes fast. */
const CHUNK = 100;

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
 * @event wisg-project-select - A visitor opened a project (its title link or its activities). `detail: { id, project }`. Cancel it to stop the title link's navigation.
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
 * @csspart card - Each project's `<article>`; and the card's other parts: title, title-link, meta, period, status, goal, activities, disclosure, activity-list, section-heading, implementers, funders, link.
 * @csspart loading - The loading message.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button of a failed load.
 * @csspart notice - The message shown when there is no data.
 * @csspart issues - The expandable report of data problems.
 */
/** Milliseconds of quiet after which the result count is announced. */
export const ANNOUNCE_DELAY = 600;

export class WisgProjectList extends WisgElement {
  static override styles = [...WisgElement.styles, projectCardStyles, projectListStyles];

  /** A visible heading above the list. */
  @property({ reflect: true }) heading: string | null = null;

  /** Level of the list's heading, 2–6 (default 2); the cards' titles are one level below. */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel: string | number = 2;

  /** The search text: projects whose title, goal, activities or organisations contain every word, in either language. */
  @property({ reflect: true }) query: string | null = null;

  /** Only projects in this status: `planned`, `ongoing`, `completed`, `suspended` or `cancelled`. */
  @property({ reflect: true }) status: string | null = null;

  /** Only projects running at some time during this year. */
  @property({ type: Number, reflect: true }) year: number | null = null;

  /** `newest` (the default), `oldest` or `title`. */
  @property({ reflect: true }) sort: string | null = null;

  /** Projects whose activities are open, by id. */
  @state() private openIds: ReadonlySet<string> = new Set();
  @state() private renderLimit = CHUNK;

  private facets?: Facets;
  /** Every project in the current order: rendered once, then filtered by hiding, so a keystroke touches no card. */
  private ordered?: { model: ProjectsModel; key: string; projects: Project[] };
  private moreFrame = 0;
  private focusSearch = false;
  /** The count as last rendered, and as last given to the live region. */
  private countText = '';
  @state() private announced = '';
  private announceTimer = 0;

  /** The projects the list shows now (all of them, not only those rendered so far), in order. */
  get shownProjects(): Project[] {
    const state = this.dataController.state;
    return state.status === 'ready' ? this.results(state.model) : [];
  }

  private get statusFilter(): ProjectStatus | undefined {
    return (PROJECT_STATUSES as readonly string[]).includes(this.status ?? '') ? (this.status as ProjectStatus) : undefined;
  }

  private get yearFilter(): number | undefined {
    return Number.isInteger(this.year) ? this.year! : undefined;
  }

  private get sortOrder(): SortOrder {
    return (SORT_ORDERS as readonly string[]).includes(this.sort ?? '') ? (this.sort as SortOrder) : 'newest';
  }

  private results(model: ProjectsModel): Project[] {
    return queryProjects(model.projects, {
      text: this.query ?? '',
      status: this.statusFilter,
      year: this.yearFilter,
      sort: this.sortOrder,
      today: this.todayDay,
      lang: this.locale,
    });
  }

  private orderedFor(model: ProjectsModel): Project[] {
    const key = `${this.sortOrder} ${this.locale}`;
    if (this.ordered?.model !== model || this.ordered.key !== key) {
      this.ordered = { model, key, projects: queryProjects(model.projects, { sort: this.sortOrder, today: 0, lang: this.locale }) };
    }
    return this.ordered.projects;
  }

  private facetsFor(model: ProjectsModel, today: number): Facets {
    if (this.facets?.model === model && this.facets.today === today) return this.facets;
    const present = new Set(model.projects.map((project) => projectStatus(project, today)));
    this.facets = {
      model,
      today,
      statuses: PROJECT_STATUSES.filter((status) => present.has(status)),
      // Open-ended projects run to this year.
      years: projectYears(model.projects, parseInt(this.today ?? '') || new Date().getFullYear()).reverse(),
      index: new Map(model.projects.map((project, i) => [project, i])),
    };
    return this.facets;
  }

  protected override renderModel(model: ProjectsModel): TemplateResult {
    const today = this.todayDay;
    const locale = this.locale;
    const level = toHeadingLevel(this.headingLevel, 2);
    const facets = this.facetsFor(model, today);
    const status = this.statusFilter;
    const year = this.yearFilter;
    const query = (this.query ?? '').trim();
    const filtered = query !== '' || status !== undefined || year !== undefined;
    const results = this.results(model);
    const shown = filtered ? new Set(results) : undefined;
    const total = model.projects.length;
    const ordered = this.orderedFor(model);
    const rendered = total > this.renderLimit ? ordered.slice(0, this.renderLimit) : ordered;
    const headingId = this.heading ? 'list-heading' : undefined;
    // Years and statuses a page asked for stay choosable even when no project has them.
    const statuses = status && !facets.statuses.includes(status) ? [...facets.statuses, status] : facets.statuses;
    const years = year !== undefined && !facets.years.includes(year) ? [year, ...facets.years] : facets.years;

    return html`
      ${this.heading ? heading(level, this.heading, { id: headingId, part: 'caption', class: 'list-heading' }) : nothing}
      <div class="toolbar" part="toolbar" role="search" aria-labelledby=${ifDefined(headingId)} aria-label=${ifDefined(headingId ? undefined : msg('Projects'))}>
        <div class="field search-field" part="field">
          <label for="search" part="label">${msg('Search projects')}</label>
          <input id="search" type="search" part="search" autocomplete="off" .value=${live(this.query ?? '')} @input=${this.onSearch} />
        </div>
        ${this.renderSelect('status', msg('Status'), status ?? '', [
          ['', msg('All')],
          ...statuses.map((value): [string, string] => [value, statusLabel(value)]),
        ])}
        ${this.renderSelect('year', msg('Year'), year === undefined ? '' : String(year), [
          ['', msg('All')],
          ...years.map((value): [string, string] => [String(value), String(value)]),
        ])}
        ${this.renderSelect('sort', msg('Sort'), this.sortOrder, [
          ['newest', msg('Newest first')],
          ['oldest', msg('Oldest first')],
          ['title', msg('Title (A–Z)')],
        ])}
      </div>
      <p class="count" part="count">${(this.countText = !filtered ? projectCount(total) : results.length ? msg(str`${results.length} of ${total} projects`) : msg('No projects found'))}</p>
      <p class="announcement" role="status">${this.announced}</p>
      <ul class="items" part="list" role="list" aria-labelledby=${ifDefined(headingId)} ?hidden=${!results.length}>
        ${repeat(
          rendered,
          (project) => project.id,
          (project) => {
            const expanded = this.openIds.has(project.id);
            // A card is rebuilt only when something it shows changed: keystrokes stay cheap on long lists.
            return html`<li class="item" part="item" ?hidden=${shown !== undefined && !shown.has(project)}>
              ${guard([project, locale, today, level, expanded], () => {
                // Fold the project's text for search now, a chunk at a time, rather than on the first keystroke.
                searchableText(project);
                return renderProjectCard(project, {
                  locale,
                  today,
                  headingLevel: toHeadingLevel(level + 1, 6),
                  expanded,
                  idPrefix: `p${facets.index.get(project)}`,
                  onToggle: this.toggle,
                  onOpen: this.open,
                });
              })}
            </li>`;
          },
        )}
      </ul>
      ${filtered && !results.length ? this.renderEmpty(query, status, year) : nothing}
    `;
  }

  private renderSelect(name: 'status' | 'year' | 'sort', label: string, value: string, options: [string, string][]): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${name} part="label">${label}</label>
      <select id=${name} part="select" @change=${this.onSelect}>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} .selected=${live(optionValue === value)}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderEmpty(query: string, status: ProjectStatus | undefined, year: number | undefined): TemplateResult {
    const searched = [
      query ? msg(str`Search: “${query}”`) : '',
      status ? `${msg('Status')}: ${statusLabel(status)}` : '',
      year !== undefined ? `${msg('Year')}: ${year}` : '',
    ].filter(Boolean);
    return html`<div class="empty" part="empty">
      <p>${searched.join(' · ')}</p>
      <button type="button" class="button" part="clear-button" @click=${this.clear}>${msg('Clear search')}</button>
    </div>`;
  }

  private readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value || null;
  };

  private readonly onSelect = (event: Event): void => {
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
    this.focusSearch = true;
  }

  private readonly toggle = (project: Project): void => {
    const open = new Set(this.openIds);
    if (open.delete(project.id)) this.openIds = open;
    else {
      this.openIds = open.add(project.id);
      emit(this, 'wisg-project-select', { id: project.id, project });
    }
  };

  private readonly open = (project: Project, event: MouseEvent): void => {
    if (!emit(this, 'wisg-project-select', { id: project.id, project }, true)) event.preventDefault();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Say the count once typing pauses, not once per keystroke ("9 of 9", "8 of 9", "5 of 9"…).
    if (this.countText !== this.announced) {
      clearTimeout(this.announceTimer);
      this.announceTimer = window.setTimeout(() => (this.announced = this.countText), ANNOUNCE_DELAY);
    }
    if (this.focusSearch) {
      this.focusSearch = false;
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
    }
    const state = this.dataController.state;
    if (!this.moreFrame && state.status === 'ready' && state.model.projects.length > this.renderLimit) {
      this.moreFrame = requestAnimationFrame(() => {
        this.moreFrame = 0;
        this.renderLimit += this.renderLimit >> 1;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.moreFrame);
    this.moreFrame = 0;
    clearTimeout(this.announceTimer);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-project-list': WisgProjectList;
  }
}
