/**
 * The base of every widget: data loading, language, `today`, theme, and the
 * loading / failed / nothing-yet states. Subclasses render a ready model.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isoDayNumber, todayIso } from '../data/dates.js';
import type { DataIssue, ProjectsModel } from '../data/types.js';
import { LocaleController } from '../localize/locale-controller.js';
import { msg, renderInLocale, str, type Locale } from '../localize/msg.js';
import { describeIssue, describeLoadError } from '../localize/phrases.js';
import { loadedProblems, loadProblems } from '../localize/problems.js';
import { absoluteUrl, ProjectDataController, type LoadState } from '../loading/project-data-controller.js';
import type { LoadError } from '../loading/shared-fetch.js';
import { VERSION } from '../version.js';
import { DeepLinkController } from './deep-link-controller.js';
import { emit } from './events.js';
import { PageBackdropController } from './page-backdrop.js';
import { renderIssues } from './templates.js';
import { widgetStyles } from './widget.styles.js';

export const DEFAULT_TIMEOUT = 15_000;

/** Pre-rendered content inside the element (`renderStatic`, src/render/): its first child. */
const PRERENDERED = ':scope > .wisg-static';

/**
 * What the three elements share: its events, parts and theme tokens are documented here once and
 * inherited by each element in custom-elements.json (an element's own description wins; the types
 * come from here).
 *
 * @event {WisgLoadEvent} wisg-load - The data is in hand. `detail: { projects, issues, source }`.
 * @event {WisgErrorEvent} wisg-error - The data could not be loaded or has problems. `detail: { kind, fatal, message, issues, reason?, status? }`. Also written to the console.
 * @event {WisgProjectSelectEvent} wisg-project-select - A visitor opened a project (each element says how). `detail: { id, project, address }` (`address`: the page's URL with `#<project id>`). Where opening it has a default action (following the title link, showing the details), `preventDefault()` stops it.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart loading - The loading message.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button of a failed load.
 * @csspart notice - The message shown when there is no data.
 * @csspart issues - The expandable report of data problems.
 *
 * @cssprop --wisg-font-family - Typeface; defaults to the page's, then fonts with Georgian letters.
 * @cssprop --wisg-font-size - Base size; defaults to the visitor's default size.
 * @cssprop --wisg-color-text - Text colour.
 * @cssprop --wisg-color-muted - Secondary text colour.
 * @cssprop --wisg-color-background - Background of the element.
 * @cssprop --wisg-color-surface - Background of cards and panels.
 * @cssprop --wisg-color-border - Borders.
 * @cssprop --wisg-color-accent - Links and buttons.
 * @cssprop --wisg-color-on-accent - Text on the accent colour.
 * @cssprop --wisg-color-focus - Focus ring.
 * @cssprop --wisg-color-error - Error text and border.
 * @cssprop --wisg-color-error-surface - Background of the error box.
 * @cssprop --wisg-color-status-ongoing - Colour of the "ongoing" status.
 * @cssprop --wisg-color-status-completed - Colour of the "completed" status.
 * @cssprop --wisg-color-status-planned - Colour of the "planned" status.
 * @cssprop --wisg-color-status-suspended - Colour of the "suspended" status.
 * @cssprop --wisg-color-status-cancelled - Colour of the "cancelled" status.
 * @cssprop --wisg-radius - Corner radius.
 * @cssprop --wisg-loading-min-height - Height of the loading message (default 6em), the space the element keeps while its data loads.
 * @cssprop --wisg-card-padding - Padding inside a project's card.
 * @cssprop --wisg-card-max-width - Widest a project's card grows.
 */
export abstract class WisgElement extends LitElement {
  static override styles = [widgetStyles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    data: { attribute: false },
    projects: { attribute: false },
    today: { reflect: true },
    theme: { reflect: true },
    iatiOrg: { attribute: 'iati-org', reflect: true },
  };

  /** The @wisg/widgets version that defined the element. */
  static readonly version = VERSION;

  /** Address of the projects: JSON, a CSV/TSV sheet or an IATI activity file. Relative addresses resolve against the page. Widgets with the same `src` share one request. */
  src: string | null = null;

  /** Milliseconds to wait for `src` before giving up with an error. */
  timeout = DEFAULT_TIMEOUT;

  /** The projects document (`{ lang, projects }`) or a bare array of projects. Wins over `src`. */
  data: unknown = undefined;

  /** An array of projects. Wins over `data` and `src`. */
  projects: unknown = undefined;

  /** The date (`YYYY-MM-DD`) taken as today for statuses and "now"; defaults to the visitor's date. */
  today: string | null = null;

  /** IATI data: show only the activities this organisation (its IATI `ref`, such as `GE-CR-123`) reports or takes part in. */
  iatiOrg: string | null = null;

  /** `light` or `dark` forces a colour scheme; otherwise the page's background (or, where it cannot be read, the visitor's preference) chooses it. */
  theme: 'light' | 'dark' | 'auto' | null = null;

  private readonly _localeController = new LocaleController(this);
  private readonly _data: ProjectDataController;

  constructor() {
    super();
    // Two controllers the element never calls: they add themselves to it (in this order, before and after the data's).
    // Light or dark for the page behind the widget (see page-backdrop.ts and widget.styles.ts).
    new PageBackdropController(this, this.attachInternals().states);
    this._data = new ProjectDataController(this, (state) => void this._announce(state));
    // `page#<project id>` (see deep-link-controller.ts): answered by `revealProject`.
    new DeepLinkController(
      this,
      () => this.loadState.status !== 'loading',
      (id, undisturbed) => this.revealProject(id, undisturbed),
    );
  }

  /** The load of the problems' wording (src/localize/problems.ts), once the element had a problem to show. */
  private _problemsLoad?: Promise<void>;
  private _problemsTried = false;

  /**
   * Whether problems can be worded now: their chunk is in, or it could not be loaded (then their
   * codes show). If not, it starts loading, and the element renders again once it is in.
   */
  protected canWordProblems(): boolean {
    if (loadedProblems() || this._problemsTried) return true;
    this._problemsLoad ??= loadProblems().then(() => {
      this._problemsTried = true;
      this.requestUpdate();
    });
    return false;
  }

  /** Complete once the wording of a problem it shows is in too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this._problemsLoad || this._problemsTried) return complete;
    await this._problemsLoad;
    return super.getUpdateComplete();
  }

  /** Set while the element holds back data in hand (a `url-state` list reading the address); settles when it shows it. */
  protected heldBack?: Promise<unknown>;

  /** Where the data is: loading, in hand, failed (see project-data-controller.ts). */
  protected get loadState(): LoadState {
    return this._data.state;
  }

  /** The interface language in use: `ka` or `en`. */
  get locale(): Locale {
    return this._localeController.locale;
  }

  /** `today` as a day number (see data/dates.ts). */
  protected get todayDay(): number {
    return isoDayNumber(this.today) ?? isoDayNumber(todayIso())!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inherit the page's typeface (the :host resets inherited styles) and put
    // Georgian-capable fonts after it.
    const parent = this.parentElement ?? (this.getRootNode() as ShadowRoot).host;
    const family = parent ? getComputedStyle(parent).fontFamily : '';
    if (family) this.style.setProperty('--_wisg-inherited-font', family);
  }

  /**
   * Whether the page shows the element's pre-rendered content (src/render/): in the light DOM before
   * the first render, then through a slot until the element has its own rendering. Never again after.
   */
  private _prerendered?: boolean;

  /** Every `msg()` during this element's render answers in this element's language. */
  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement;
    // When the element's rendering replaces pre-rendered content that starts above the view, the
    // project at the top of the view stays where it is (the visitor's place, a link to a text in it).
    // A light-DOM item no longer rendered has an empty box: then there is nothing to keep.
    const item =
      (this._prerendered ??= !!this.querySelector(PRERENDERED)) && this.getBoundingClientRect().top < 0
        ? [...this.querySelectorAll<HTMLElement>('[data-project-id]')].find((item) => item.getBoundingClientRect().bottom > 0)
        : undefined;
    const top = item?.getBoundingClientRect().top;
    // Taking over: activities open in the pre-rendered content (the visitor, find-in-page or a
    // #:~:text= link opened them, which the browser does only once, before the script) stay open.
    if (this._prerendered && this.loadState.status === 'ready')
      for (const open of this.querySelectorAll('details[open]')) this.showActivities(open.closest<HTMLElement>('[data-project-id]')?.dataset['projectId'] ?? '');
    renderInLocale(this.locale, () => super.update(changed));
    const same = item && this.renderRoot.querySelector(`[data-project-id="${CSS.escape(item.dataset['projectId']!)}"]`);
    if (same) scrollBy(0, same.getBoundingClientRect().top - top!);
    // The render removed the focused control (a "Try again" button, a state that gave way
    // to the data): keep keyboard focus in the widget rather than dropping it on <body>.
    if (focused && !focused.isConnected) {
      const target = this.renderRoot.querySelector<HTMLElement>('.loading, .error') ?? this.renderRoot.querySelector<HTMLElement>('.widget')!;
      target.tabIndex = -1;
      target.focus();
    }
  }

  protected override render(): TemplateResult {
    const state = this.loadState;
    // Content the page holds is shown until the element has its own: not a second copy, and not busy.
    const prerendered = (this._prerendered &&= state.status !== 'ready');
    return html`<div class="widget" part="base" lang=${this.locale} aria-busy=${state.status === 'loading' && !prerendered}>
      ${prerendered ? html`${state.status === 'failed' ? this._renderFailure(state) : nothing}<slot></slot>` : this.renderState(state)}
    </div>`;
  }

  /** Shows project `id`'s activities open, if this widget shows it with a disclosure. */
  protected showActivities(_id: string): void {}

  /** Shows the project a link to it names, as a navigation there should, if this widget shows it (then true). `undisturbed`: it may scroll and move focus. */
  protected abstract revealProject(id: string, undisturbed: boolean): boolean;

  /** The content for data in hand. */
  protected abstract renderModel(model: ProjectsModel): unknown;

  /** The issues this element reports (a card reports only its own project's). */
  protected relevantIssues(model: ProjectsModel): readonly DataIssue[] {
    return model.issues;
  }

  protected renderState(state: LoadState): unknown {
    switch (state.status) {
      case 'idle':
        // Rare (a snippet that lost its data on the way into the page): its words come with the problems'
        // chunk, asked for only if the element is still idle after this task (a framework may give it
        // its data just after creating it).
        if (!loadedProblems()) setTimeout(() => this.loadState.status === 'idle' && this.canWordProblems());
        return html`<p class="idle" part="notice">${loadedProblems()?.idle(this.locale)}</p>`;
      case 'loading':
        // Text where the widget is, not a live region: a screen reader reads it there (a status
        // region is read as an empty "statusbar" under aria-busy) and does not announce it later.
        return html`<p class="loading" part="loading" tabindex="-1">${msg('Loading…')}</p>`;
      case 'failed':
        return this._renderFailure(state);
      case 'ready': {
        const issues = this.relevantIssues(state.model);
        return html`${this.renderModel(state.model)}${issues.length && this.canWordProblems() ? renderIssues(issues) : nothing}`;
      }
    }
  }

  private _renderFailure(state: LoadState & { status: 'failed' }): TemplateResult {
    const title = state.error ? msg('Could not load the projects') : msg('Could not show the projects');
    const details = !this.canWordProblems() ? [] : state.error ? this._loadErrorDetails(state.error) : (state.model?.issues ?? []).map(describeIssue);
    return html`<div class="error" part="error" role="alert" tabindex="-1">
      <p class="error-title">${title}</p>
      ${details.map((detail) => html`<p class="error-detail">${detail}</p>`)}
      ${state.source === 'src' || state.error?.failure.kind === 'readers' ? html`<button type="button" class="button" part="retry-button" @click=${this.retry}>${msg('Try again')}</button>` : nothing}
    </div>`;
  }

  /** What went wrong, and where: an editor fixing a typo in `src` needs the address it resolved to. */
  private _loadErrorDetails(error: LoadError): string[] {
    const detail = describeLoadError(error.failure);
    if (!this.src) return [detail];
    const address = absoluteUrl(this.src);
    return [detail, msg(str`Address: ${address}`)];
  }

  /** Loads `src` again. */
  retry(): void {
    this._data.retry();
  }

  private async _announce(state: LoadState & { status: 'ready' | 'failed' }): Promise<void> {
    const error = state.status === 'failed' ? state.error : undefined;
    // What this element reports (a card: its own project's problems); wisg-load describes the whole data.
    const issues = state.model ? this.relevantIssues(state.model) : [];
    if (state.status === 'ready') {
      // So that a listener reads what the element shows (a list's `shownProjects`).
      if (this.heldBack) await this.heldBack;
      emit(this, 'wisg-load', { projects: state.model.projects, issues: state.model.issues, source: state.source });
      if (issues.length === 0) return;
    }
    // The message in full: once the problems' wording is in, and shown.
    if (!this.canWordProblems()) await this.updateComplete;
    const messages = renderInLocale(this.locale, () => (error ? [msg('Could not load the projects'), ...this._loadErrorDetails(error)] : issues.map(describeIssue)));
    // eslint-disable-next-line no-console
    console.warn(`<${this.localName}>: ${messages.join('\n')}`);
    emit(this, 'wisg-error', {
      kind: error ? 'load' : 'data',
      fatal: state.status === 'failed',
      message: messages.join('\n'),
      issues,
      ...(error ? { reason: error.failure.kind } : {}),
      ...(error?.failure.kind === 'http' ? { status: error.failure.status } : {}),
    });
  }
}
