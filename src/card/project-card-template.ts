/**
 * One project, complete — the markup shared by `<wisg-project-card>` and each item of
 * `<wisg-project-list>` (one template, not one element per item, so a list of a
 * thousand projects is a thousand templates, not a thousand shadow roots).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { projectStatus } from '../data/dates.js';
import { paragraphs } from '../data/text.js';
import type { Activity, Organisation, Project } from '../data/types.js';
import { msg } from '../localize/msg.js';
import { copyLinkLabel } from '../localize/phrases.js';
import type { Locale } from '../localize/msg.js';
import { projectHash } from '../data/address.js';
import { copyLink } from '../shared/deep-link-controller.js';
import { heading, localText, renderPeriod, renderStatus, renderText, type HeadingLevel } from '../shared/templates.js';

/** Called with the card's project: the disclosure was toggled, or (`onOpen`) the title link was activated. */
export type CardHandler<E extends Event = Event> = (project: Project, event: E) => void;

/**
 * `today`: its day number (see data/dates.ts). `expanded`: whether the activities are shown. `idPrefix`: unique
 * within the shadow root, it ties the disclosure button to its region. `onOpen`: the title link was activated
 * (only projects with a `url` have one). (Arguments, not an object: an object's keys would be spelled out in the bundle.)
 */
export function renderProjectCard(
  project: Project,
  locale: Locale,
  today: number,
  headingLevel: HeadingLevel,
  expanded: boolean,
  idPrefix: string,
  onToggle: CardHandler,
  onOpen: CardHandler<MouseEvent>,
): TemplateResult {
  const status = projectStatus(project, today);
  const title = localText(project.title, locale);
  const titleId = `${idPrefix}-title`;
  const sub = headingLevel + 1;
  const titleContent = project.url ? html`<a href=${project.url} part="title-link" @click=${(event: MouseEvent) => onOpen(project, event)}>${title.text}</a>` : title.text;

  // Last, the project's address here: a real link, for the browser's own "Copy link". Its name stays short
  // (Orca read titles twice where it carried the title); the title describes it, so the cards' links differ.
  // Not in the timeline's dialog (idPrefix 'details'): with a link in it, Orca 43.1 no longer said the dialog's name on opening.
  return html`<article class="card" part="card" aria-labelledby=${titleId} data-status=${status} data-project-id=${project.id}>
    ${heading(headingLevel, titleContent, { id: titleId, part: 'title', class: 'title', lang: title.lang })}
    <p class="meta" part="meta">
      <span class="period" part="period">${renderPeriod(project, locale, today)}</span>
      ${renderStatus(status)}
    </p>
    ${project.goal ? renderGoal(project, sub, locale) : nothing}
    ${project.activities.length ? renderActivities(project, title.text, sub, locale, expanded, idPrefix, onToggle) : nothing}
    ${renderOrganisations(project.implementers, project.implementers.length === 1 ? msg('Implementer') : msg('Implementers'), 'implementers', sub, locale)}
    ${renderOrganisations(project.funders, project.funders.length === 1 ? msg('Funder') : msg('Funders'), 'funders', sub, locale)}
    ${project.url ? html`<p class="project-link"><a href=${project.url} part="link">${msg('Project page')}</a></p>` : nothing}
    ${idPrefix == 'details' ? nothing : html`<p class="project-link address"><a href=${projectHash(project.id)} part="address-link" aria-describedby=${titleId}>${msg('Link to this project')}</a><button type="button" class="button copy" part="copy-link" aria-describedby=${titleId} @click=${copyLink}>${copyLinkLabel()}</button><span class="copy-status" part="copy-status" aria-live="polite"></span></p>`}
  </article>`;
}

function renderGoal(project: Project, level: number, locale: Locale): TemplateResult {
  const goal = localText(project.goal!, locale);
  return html`<section class="goal" part="goal">
    ${heading(level, msg('Project goal'), { part: 'section-heading', class: 'section-heading' })}
    <div lang=${ifDefined(goal.lang)}>${paragraphs(goal.text).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
  </section>`;
}

function renderActivities(project: Project, title: string, level: number, locale: Locale, expanded: boolean, idPrefix: string, onToggle: CardHandler): TemplateResult {
  const regionId = `${idPrefix}-activities`;
  const count = project.activities.length;
  const label = msg('Project activities');
  // Its name carries the project, so that Tab (and a list of headings or buttons) tells the cards'
  // buttons apart: Orca names no article it enters. The name starts with what it shows, for voice control.
  const button = html`<button
    type="button"
    class="disclosure"
    part="disclosure"
    aria-label=${`${label} (${count}): ${title}`}
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${regionId}
    @click=${(event: Event) => onToggle(project, event)}
  >
    <span class="disclosure-icon" aria-hidden="true"></span>
    <span>${label} <span class="count">(${count})</span></span>
  </button>`;
  // Closed, the list is still there: printing shows it (see the print styles), and find-in-page
  // (Ctrl+F) finds it and opens it (hidden="until-found"; where unsupported, plain hidden).
  return html`<section class="activities" part="activities">
    ${heading(level, button, { part: 'section-heading', class: 'section-heading' })}
    <div
      id=${regionId}
      class="activities-body"
      hidden=${expanded ? nothing : 'until-found'}
      @beforematch=${(event: Event) => onToggle(project, event)}
    >
      ${renderActivityList(project.activities, locale)}
    </div>
  </section>`;
}

function renderActivityList(activities: readonly Activity[], locale: Locale): TemplateResult {
  return html`<ul class="activity-list" part="activity-list">
    ${activities.map((activity) => html`<li>${renderText(activity.text, locale)}${activity.items.length ? renderActivityList(activity.items, locale) : nothing}</li>`)}
  </ul>`;
}

function renderOrganisations(organisations: readonly Organisation[], label: string, part: string, level: number, locale: Locale) {
  if (organisations.length === 0) return nothing;
  return html`<section class="organisations" part=${part}>
    ${heading(level, label, { part: 'section-heading', class: 'section-heading' })}
    <ul class="organisation-list">
      ${organisations.map((organisation) => {
        const name = localText(organisation.name, locale);
        return html`<li lang=${ifDefined(name.lang)}>${organisation.url ? html`<a href=${organisation.url}>${name.text}</a>` : name.text}</li>`;
      })}
    </ul>
  </section>`;
}
