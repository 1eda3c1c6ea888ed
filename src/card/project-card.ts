import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DataIssue, Project, ProjectInput, ProjectsModel } from '../data/types.js';
import { loadedProblems } from '../localize/problems.js';
import { emit, emitSelect } from '../shared/events.js';
import { WisgElement } from '../shared/widget-element.js';
import { toHeadingLevel } from '../shared/templates.js';
import { renderProjectCard } from './project-card-template.js';
import { projectCardStyles } from './project-card.styles.js';

/**
 * One project, complete: title, period, status, goal, activities (behind a disclosure),
 * implementers, funders and a link to the project's page.
 *
 * @summary One project, for a partner site that embeds a single project.
 *
 * The events, parts and CSS custom properties every element shares are documented on `WisgElement`; those named here say what they are in this one.
 *
 * @event wisg-project-select - A visitor opened the project (title link or the activities disclosure). `detail: { id, project, address }`. Cancel it to stop the title link's navigation.
 *
 * @csspart card - The project's `<article>`.
 * @csspart title - The project's heading.
 * @csspart title-link - The link in the heading, when the project has a `url`.
 * @csspart meta - The line with the period and the status.
 * @csspart period - The period.
 * @csspart status - The status word and its symbol.
 * @csspart goal - The goal section.
 * @csspart activities - The activities section.
 * @csspart disclosure - The button that shows and hides the activities.
 * @csspart activity-list - A list of activities (nested for sub-items).
 * @csspart section-heading - The headings of the goal, activities, implementers and funders.
 * @csspart implementers - The implementers section.
 * @csspart funders - The funders section.
 * @csspart link - The link to the project's page.
 * @csspart address-link - "Link to this project": the project's address on this page (`#<project id>`).
 * @csspart copy-link - The "Copy link" button beside it.
 * @csspart copy-status - What the copy did: a polite status beside the button.
 * @csspart notice - The message shown when there is no data, or the project is not found.
 */
export class WisgProjectCard extends WisgElement {
  static override styles = [...WisgElement.styles, projectCardStyles];

  static override properties: PropertyDeclarations = {
    projectId: { attribute: 'project-id', reflect: true },
    project: { attribute: false },
    headingLevel: { attribute: 'heading-level', reflect: true },
    expanded: { type: Boolean, reflect: true },
  };

  /** Which project of the data to show. Not needed when the data holds one project. */
  projectId: string | null = null;

  /** One project object to show (instead of `src`, `data` or `projects`; `project-id` is then ignored). */
  project: ProjectInput | undefined = undefined;

  /** Level of the project's title heading, 2–6; section headings are one level below. */
  headingLevel: string | number = 3;

  /** Shows the activities from the start. */
  expanded = false;

  /** The model and id last reported as "not found", so each miss is reported once. */
  private _reportedMiss: [ProjectsModel, string | null] | undefined;

  /** The project this card shows, once the data is in hand. */
  get shownProject(): Project | undefined {
    const state = this.loadState;
    return state.status === 'ready' ? this._pick(state.model) : undefined;
  }

  /** The id to pick from a collection: `project-id`, unless a `project` object is given (it wins, as over every other source). */
  private get _wantedId(): string | null {
    return this.project == null ? this.projectId : null;
  }

  private _pick(model: ProjectsModel): Project | undefined {
    const { projects } = model;
    const id = this._wantedId;
    if (id) return projects.find((project) => project.id === id);
    return projects.length === 1 ? projects[0] : undefined;
  }

  protected override relevantIssues(model: ProjectsModel): readonly DataIssue[] {
    const id = this._wantedId ?? this._pick(model)?.id;
    return model.issues.filter((issue) => issue.dropped === 'document' || (id !== undefined && issue.projectId === id));
  }

  protected override renderModel(model: ProjectsModel): TemplateResult {
    const project = this._pick(model);
    if (!project) return this._renderNotFound(model);
    return renderProjectCard(
      project,
      this.locale,
      this.todayDay,
      toHeadingLevel(this.headingLevel),
      this.expanded,
      'project',
      (shown) => this._toggle(shown),
      (shown, event) => {
        if (!emitSelect(this, shown, true)) event.preventDefault();
      },
    );
  }

  private _renderNotFound(model: ProjectsModel): TemplateResult {
    return html`<p class="error" part="notice" role="alert"><span class="error-title">${this.canWordProblems() ? this._notFoundText(model) : ''}</span></p>`;
  }

  /**
   * Why no project is shown: on screen, and as the `wisg-error` message. A snippet's mistake, so its
   * words are in the problems' chunk (where that cannot be loaded either, the id it asked for).
   */
  private _notFoundText(model: ProjectsModel): string {
    const id = this._wantedId ?? '';
    const ids = model.projects.map((project) => project.id);
    return (
      loadedProblems()?.cardNotFound(
        this.locale,
        id,
        ids,
        model.issues.some((issue) => issue.projectId === id),
      ) ?? id
    );
  }

  /** A link to the project scrolls the card into view. */
  protected override revealProject(id: string, undisturbed: boolean): boolean {
    if (this.shownProject?.id !== id) return false;
    if (undisturbed) this.scrollIntoView({ block: 'start' });
    return true;
  }

  protected override showActivities(id: string): void {
    if (this.shownProject?.id === id) this.expanded = true;
  }

  private _toggle(project: Project): void {
    this.expanded = !this.expanded;
    if (this.expanded) emitSelect(this, project);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.loadState;
    if (state.status !== 'ready') return;
    const miss = this._reportedMiss;
    if (this._pick(state.model) || (miss && miss[0] === state.model && miss[1] === this._wantedId)) return;
    this._reportedMiss = [state.model, this._wantedId];
    // Once its words are in, as on screen.
    void this.updateComplete.then(() =>
      emit(this, 'wisg-error', {
        kind: 'data',
        fatal: true,
        message: this._notFoundText(state.model),
        issues: this.relevantIssues(state.model),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-project-card': WisgProjectCard;
  }
}
