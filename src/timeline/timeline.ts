import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { projectCardStyles } from '../card/project-card.styles.js';
import type { ProjectsModel } from '../data/types.js';
import { activeElement } from '../shared/deep-link-controller.js';
import { emitSelect } from '../shared/events.js';
import { RovingTabindexController } from '../shared/roving-tabindex-controller.js';
import { toHeadingLevel } from '../shared/templates.js';
import { WisgElement } from '../shared/widget-element.js';
import { widgetRoomStyles } from '../shared/widget.styles.js';
import { layoutTimeline, toYear, type TimelineBar, type TimelineLayout } from './timeline-layout.js';
import { renderBar, renderChart, renderDetails } from './timeline-template.js';
import { timelineStyles } from './timeline.styles.js';

/** Bars stamped in the first frame; the rest follow a frame at a time (at most `MAX_CHUNK` more each), so the chart shows at once. */
const CHUNK = 150;
const MAX_CHUNK = 300;

/**
 * The projects as bars in time: a year axis (with months when there is room), one row per
 * project in time order — its whole title, period and status in a column at the start, its
 * bar on the axis beside them — and a "today" marker. The rows are an ordered list, each a
 * heading whose button holds the title, the period in `<time>` elements and the status word,
 * so a screen reader reads each project once, as drawn. One Tab stop enters the bars; arrow
 * keys move between them. Selecting a bar opens the project's details in a dialog.
 * Below 42em of width (672 px at the usual text size) the bars go under their titles.
 *
 * @summary The projects in time, for eyes, keyboards and screen readers.
 *
 * The events, parts and CSS custom properties every element shares are documented on `WisgElement`; those named here say what they are in this one.
 *
 * @event wisg-project-select - A bar was selected (click, Enter or Space). `detail: { id, project, address }`. Cancel it (`preventDefault()`) to show your own page instead of the details dialog.
 *
 * @csspart caption - The chart's heading.
 * @csspart summary - The line under the heading: years shown and number of projects.
 * @csspart chart - The axis, the bars and the today marker.
 * @csspart axis - The year (and month) labels.
 * @csspart bars - The `<ol>` of bars.
 * @csspart row - One project's row (its `<li>`): the label, then the bar.
 * @csspart label - A row's button (in its heading): the title, then the period and status.
 * @csspart bar-title - A row's title.
 * @csspart bar - The bar on the axis, from the project's start to its end.
 * @csspart period - The period in the dialog.
 * @csspart meta - The period and status line in the dialog.
 * @csspart status - The status word and its symbol.
 * @csspart today - The "today" marker.
 * @csspart details - The details `<dialog>`.
 * @csspart close-button - The dialog's Close button.
 * @csspart card - The project's details in the dialog (with the card's parts: title, meta, goal, activities, disclosure, activity-list, section-heading, implementers, funders, link, title-link).
 *
 * @cssprop --wisg-color-muted - Secondary text colour (axis, periods).
 * @cssprop --wisg-color-background - Background of the element and the dialog.
 * @cssprop --wisg-color-surface - Background of the bars (mixed with the status colour).
 * @cssprop --wisg-color-border - Bar edges and year lines.
 * @cssprop --wisg-color-accent - Links and buttons; the today marker unless set apart.
 * @cssprop --wisg-color-on-accent - Text on the today label.
 * @cssprop --wisg-color-status-ongoing - Status colour (likewise -completed, -planned, -suspended, -cancelled): the bar's leading edge and status word.
 * @cssprop --wisg-radius - Corner radius of the dialog and its card.
 * @cssprop --wisg-timeline-today-color - The today marker.
 * @cssprop --wisg-timeline-grid-color - Month lines, and the track of the narrow layout.
 * @cssprop --wisg-timeline-label-width - The label column's share of the chart's width (default 38%); the axis takes the rest.
 * @cssprop --wisg-timeline-row-gap - Space between rows.
 */
export class WisgTimeline extends WisgElement {
  static override styles = [...WisgElement.styles, widgetRoomStyles, projectCardStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    from: { reflect: true },
    to: { reflect: true },
    heading: { reflect: true },
    caption: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    _detailsBar: { state: true },
    _expanded: { state: true },
  };

  /** First year of the axis; defaults to the data's first. */
  from: string | number | null = null;

  /** Last year of the axis; defaults to the data's last (this year for open-ended projects). */
  to: string | number | null = null;

  /** The chart's visible heading; defaults to "Project timeline" in the element's language. */
  heading: string | null = null;

  /**
   * The former name of `heading` (the list's word), still read; `heading` wins.
   * @deprecated Use `heading`.
   */
  caption: string | null = null;

  /** Level of the chart's heading, 2–6; each bar's heading is one level below. */
  headingLevel: string | number = 2;

  /** The bar whose details are open. */
  private _detailsBar: TimelineBar | undefined;
  /** Where focus returns when the details close, if not to the bar: what had it when `showDetails()` opened them. */
  private _opener: HTMLElement | undefined;
  private _expanded = false;

  private get _list(): HTMLOListElement | null {
    return this.renderRoot.querySelector('.bars');
  }
  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** One Tab stop for the bars (in time order), arrow keys between them. */
  private readonly _roving = new RovingTabindexController(
    this,
    (index) => this._buttonAt(index),
    (index) => this._reveal(index),
  );
  /** How many bars (a prefix in time order) are in the DOM: bar i is always `list.children[i]`. */
  private _limit = CHUNK;
  private _moreFrame = 0;
  /** Each bar's template, kept while language, today and heading level stay: a new chunk does not redo the old bars. */
  private _bars = new WeakMap<TimelineBar, TemplateResult>();
  private _barsKey = '';
  /** The layout last made, and what it was made of: the data, `today` and the range. */
  private _layout?: TimelineLayout;
  private _layoutInputs: readonly unknown[] = [];

  /** The layout of the shown data, once it is in hand. */
  get layout(): TimelineLayout | undefined {
    const state = this.loadState;
    return state.status === 'ready' ? this._layoutFor(state.model) : undefined;
  }

  /** Laid out once per data, `today` and range — not per render. */
  private _layoutFor(model: ProjectsModel): TimelineLayout {
    const today = this.todayDay;
    const from = toYear(this.from);
    const to = toYear(this.to);
    const inputs = [model, today, from, to];
    if (this._layout && inputs.every((input, i) => input === this._layoutInputs[i])) return this._layout;
    const layout = layoutTimeline(model.projects, { today, from, to });
    // The tab stop stays with its project if it is still shown, else goes to the first bar.
    const id = this._layout?.bars[this._roving.active]?.project.id;
    this._roving.active = Math.max(
      0,
      layout.bars.findIndex((bar) => bar.project.id === id),
    );
    this._layout = layout;
    this._layoutInputs = inputs;
    this._limit = Math.max(CHUNK, this._roving.active + 1);
    // Keep the details open only if the project is still shown.
    if (this._detailsBar) this._detailsBar = layout.bars.find((bar) => bar.project.id === this._detailsBar!.project.id);
    return layout;
  }

  /**
   * Opens the details of the project with this id (without an event), as a click would.
   * When they close, focus returns to what had it now (a page's own button, say), or to the bar.
   */
  showDetails(id: string): void {
    const bar = this.layout?.bars.find((candidate) => candidate.project.id === id);
    if (!bar) return;
    const active = activeElement();
    this._openDetails(bar, active === document.body || this.shadowRoot!.contains(active) ? undefined : ((active ?? undefined) as HTMLElement | undefined));
  }

  /** A link to the project: its bar in view and focused, its details open. */
  protected override revealProject(id: string, undisturbed: boolean): boolean {
    const bar = this.layout?.bars.find((candidate) => candidate.project.id === id);
    if (!bar) return false;
    if (undisturbed)
      void this._reveal(bar.index).then(() => {
        this._buttonAt(bar.index)!.scrollIntoView({ block: 'center' });
        this._roving.focus(bar.index);
        this._openDetails(bar);
      });
    return true;
  }

  /** Closes the details dialog; focus returns to where it was when they opened (the bar, or what had it for `showDetails()`). */
  closeDetails(): void {
    this._dialog?.close();
  }

  protected override renderModel(model: ProjectsModel): TemplateResult {
    const layout = this._layoutFor(model);
    const level = toHeadingLevel(this.headingLevel, 2);
    const { locale, todayDay: today } = this;
    const key = `${locale} ${today} ${level}`;
    if (key !== this._barsKey) {
      this._barsKey = key;
      this._bars = new WeakMap();
    }
    const { bars } = layout;
    const rows = repeat(
      bars.length > this._limit ? bars.slice(0, this._limit) : bars,
      (bar) => bar.project.id,
      (bar) => {
        let template = this._bars.get(bar);
        if (!template) this._bars.set(bar, (template = renderBar(bar, level + 1, locale, today)));
        return template;
      },
    );
    return html`${renderChart(this, layout, level, rows, this._onClick, this._onKeydown)}${renderDetails(this, this._detailsBar, level, this.todayDay, this._expanded, this._onToggle, this._onClose)}`;
  }

  /** The bar (in time order) an event happened in. */
  private _barIndex(event: Event): number | undefined {
    const item = (event.target as Element).closest('.bar');
    return item ? Array.prototype.indexOf.call(this._list!.children, item) : undefined;
  }

  private _buttonAt(index: number): HTMLButtonElement | null | undefined {
    return this._list?.children[index]?.querySelector('button');
  }

  private readonly _onClick = (event: MouseEvent) => {
    const index = this._barIndex(event);
    if (index === undefined) return;
    this._roving.focus(index);
    const bar = this.layout!.bars[index]!;
    if (emitSelect(this, bar.project, true)) this._openDetails(bar);
  };

  private readonly _onKeydown = (event: KeyboardEvent) => {
    const from = this._barIndex(event);
    if (from !== undefined) void this._roving.keydown(event, from, this.layout!.bars.length);
  };

  private _openDetails(bar: TimelineBar, opener?: HTMLElement): void {
    if (!this._detailsBar) this._opener = opener;
    this._expanded = false;
    this._detailsBar = bar;
  }

  private readonly _onToggle = () => (this._expanded = !this._expanded);

  private readonly _onClose = async () => {
    const { _detailsBar: bar, _opener } = this;
    this._detailsBar = this._opener = undefined;
    if (!bar) return;
    if (_opener?.isConnected) {
      _opener.focus();
      if (_opener.matches(':focus')) return;
    }
    await this._reveal(bar.index);
    this._roving.focus(bar.index);
  };

  /** Puts every bar in at once if bar `index` is not in yet (a key pressed while they stream in). */
  private async _reveal(index: number): Promise<void> {
    if (index < this._limit) return;
    this._limit = Infinity;
    this.requestUpdate();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved while bars were streaming in: carry on.
    if (this._layout && this._limit < this._layout.bars.length) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this._moreFrame);
    this._moreFrame = 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const bars = this.layout?.bars.length ?? 0;
    if (!this._moreFrame && this._limit < bars) {
      // After the frame that shows these bars is painted, not before it.
      this._moreFrame = requestAnimationFrame(() =>
        setTimeout(() => {
          this._moreFrame = 0;
          this._limit += Math.min(this._limit, MAX_CHUNK);
          this.requestUpdate();
        }),
      );
    }
    const dialog = this._dialog;
    if (!dialog) return;
    if (this._detailsBar && !dialog.open) dialog.showModal();
    else if (!this._detailsBar && dialog.open) dialog.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-timeline': WisgTimeline;
  }
}
