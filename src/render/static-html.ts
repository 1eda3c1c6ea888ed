/**
 * The widgets' content as an HTML string: the data, an element's options and a language in,
 * the markup the element shows out — without its controls. It goes inside the element
 * (`<wisg-project-list …><div class="wisg-static">…</div></wisg-project-list>`), so that the
 * page holds its projects before and without JavaScript: crawlers, reader modes, RSS and
 * e-mail copies, link previews, and visitors whose script never runs read them. When the
 * script runs, the element shows its own rendering instead (docs/static-rendering.md).
 *
 * The markup is the elements' own (the same classes, so `dist/wisg-widgets.css` lays it out
 * as they do) and only uses the tags and attributes WordPress keeps for an Author; `<time>`
 * is the one exception WordPress 6.1 drops (it keeps the text), so `kses: true` leaves it out.
 * The words come from the same functions the elements use (src/localize/phrases.ts), the
 * dates from `formatDate`, the order from `queryProjects` and `layoutTimeline`.
 * Every data text is escaped: data is text, never HTML.
 */
import { isoDayNumber, projectStatus, todayIso } from '../data/dates.js';
import { queryProjects, SORT_ORDERS, type SortOrder } from '../data/search.js';
import { projectHash } from '../data/address.js';
import { localText, paragraphs } from '../data/text.js';
import { toHeadingLevel } from '../data/attributes.js';
import { layoutTimeline, toYear } from '../timeline/timeline-layout.js';
import { PROJECT_STATUSES, type Activity, type LocalizedText, type Organisation, type Project, type ProjectsModel, type ProjectStatus } from '../data/types.js';
import { localeFor, renderInLocale, type Locale } from '../localize/msg.js';
import {
  activitiesHeading,
  fundersHeading,
  goalHeading,
  implementersHeading,
  listCount,
  periodEnds,
  projectAddressLink,
  copyLinkLabel,
  projectPageLink,
  statusLabel,
  timelineCaption,
  timelineSummary,
} from '../localize/phrases.js';
import { element as el, escapeText } from './markup.js';

export type StaticElement = 'list' | 'card' | 'timeline';
export const STATIC_ELEMENTS: readonly StaticElement[] = ['list', 'card', 'timeline'];

/** The element's options, as its attributes name them (camelCase). */
export interface StaticOptions {
  readonly element: StaticElement;
  /** `ka…` → Georgian, anything else → English; default: the data's `lang`. */
  readonly lang?: string | undefined;
  /** `YYYY-MM-DD` taken as today (statuses, "present"); default: today. */
  readonly today?: string | undefined;
  /** 2–6; default 2 for the list and timeline, 3 for the card (as the elements). */
  readonly headingLevel?: number | string | undefined;
  /** Card: which project (not needed when the data holds one). */
  readonly projectId?: string | undefined;
  /** Card: the activities open. */
  readonly expanded?: boolean | undefined;
  /** List, timeline: a visible heading (the timeline's default: "Project timeline"). */
  readonly heading?: string | undefined;
  /** List: the search and filters it starts with. */
  readonly query?: string | undefined;
  readonly status?: string | undefined;
  readonly year?: number | string | undefined;
  readonly sort?: string | undefined;
  /** Timeline: the axis' first and last year; `caption` is `heading`'s former name. */
  readonly from?: number | string | undefined;
  readonly to?: number | string | undefined;
  readonly caption?: string | undefined;
  /** Makes the rendering's ids unique on a page with several widgets; default `wisg-<element>`. */
  readonly idPrefix?: string | undefined;
  /** Only what WordPress's kses keeps for an Author: dates without `<time>` (their text stays). */
  readonly kses?: boolean | undefined;
}

export interface StaticRendering {
  /** The `<div class="wisg-static">…</div>` to put inside the element; empty when nothing can be shown. */
  readonly html: string;
  /** The language it is in. */
  readonly locale: Locale;
  /** The projects shown, in the order shown. */
  readonly projects: readonly Project[];
  /** Why nothing was rendered: a card whose project is not in the data (or not chosen). */
  readonly problem?: { readonly code: 'no-project' | 'choose-project' | 'no-projects'; readonly ids: readonly string[] };
}

/** The marker class of pre-rendered content: the element recognises it as its first child. */
export const STATIC_CLASS = 'wisg-static';

interface Context {
  readonly locale: Locale;
  readonly today: number;
  readonly kses: boolean;
  readonly idPrefix: string;
}

/** Renders a model (from `parseProjects`) as `element` would show it. */
export function renderStatic(model: ProjectsModel, options: StaticOptions): StaticRendering {
  const locale = localeFor(options.lang ?? model.lang);
  const context: Context = {
    locale,
    today: isoDayNumber(options.today) ?? isoDayNumber(todayIso())!,
    kses: options.kses === true,
    idPrefix: options.idPrefix ?? `wisg-${options.element}`,
  };
  return renderInLocale(locale, () => {
    switch (options.element) {
      case 'card':
        return card(model, options, context);
      case 'timeline':
        return timeline(model, options, context);
      default:
        return list(model, options, context);
    }
  });
}

function wrap(context: Context, content: string): string {
  return el('div', { class: STATIC_CLASS, lang: context.locale }, el('div', { class: 'widget' }, content));
}

function card(model: ProjectsModel, options: StaticOptions, context: Context): StaticRendering {
  const { projects } = model;
  const ids = projects.map((project) => project.id);
  const project = options.projectId ? projects.find((candidate) => candidate.id === options.projectId) : projects.length === 1 ? projects[0] : undefined;
  if (!project) {
    const code = options.projectId ? 'no-project' : projects.length ? 'choose-project' : 'no-projects';
    return { html: '', locale: context.locale, projects: [], problem: { code, ids } };
  }
  const level = toHeadingLevel(options.headingLevel, 3);
  const html = projectCard(project, level, options.expanded === true, `${context.idPrefix}-${projects.indexOf(project)}`, context);
  return { html: wrap(context, html), locale: context.locale, projects: [project] };
}

function list(model: ProjectsModel, options: StaticOptions, context: Context): StaticRendering {
  const level = toHeadingLevel(options.headingLevel, 2);
  const status = (PROJECT_STATUSES as readonly string[]).includes(options.status ?? '') ? (options.status as ProjectStatus) : undefined;
  const year = toYear(options.year);
  const sort = (SORT_ORDERS as readonly string[]).includes(options.sort ?? '') ? (options.sort as SortOrder) : 'newest';
  const query = (options.query ?? '').trim();
  const shown = queryProjects(model.projects, { text: query, status, year, sort, today: context.today, lang: context.locale });
  const filtered = query !== '' || status !== undefined || year !== undefined;
  const index = new Map(model.projects.map((project, i) => [project, i]));
  const cardLevel = Math.min(level + 1, 6);
  const items = shown.map((project) => el('li', { class: 'item' }, projectCard(project, cardLevel, false, `${context.idPrefix}-${index.get(project)}`, context)));
  const html = wrap(
    context,
    (options.heading ? el(`h${level}`, { class: 'list-heading' }, escapeText(options.heading)) : '') +
      // Where the element puts its search box and filters: the space they will take (dist/wisg-widgets.css), no controls.
      el('div', { class: 'toolbar-space', 'aria-hidden': 'true' }) +
      el('p', { class: 'count' }, escapeText(listCount(shown.length, model.projects.length, filtered))) +
      // role="list": Safari drops the list role of a list without bullets.
      (shown.length ? el('ul', { class: 'items', role: 'list' }, items.join('')) : ''),
  );
  return { html, locale: context.locale, projects: shown };
}

function timeline(model: ProjectsModel, options: StaticOptions, context: Context): StaticRendering {
  const level = toHeadingLevel(options.headingLevel, 2);
  const layout = layoutTimeline(model.projects, { today: context.today, from: toYear(options.from), to: toYear(options.to) });
  const { fromYear, toYear: lastYear, bars } = layout;
  const captionId = `${context.idPrefix}-caption`;
  const index = new Map(model.projects.map((project, i) => [project, i]));
  const barLevel = Math.min(level + 1, 6);
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  const items = bars.map((bar) => {
    const { project } = bar;
    const status = projectStatus(project, context.today);
    const title = localText(project.title, context.locale);
    const classes = `bar${bar.open ? ' open' : ''}${bar.cutStart ? ' cut-start' : ''}${bar.cutEnd ? ' cut-end' : ''}`;
    // The element's row: a heading holding the label (title, period, status), then the bar.
    const label = el('span', { class: 'bar-title', lang: title.lang }, escapeText(title.text)) + ' ' + el('span', { class: 'when' }, `${period(project, context)} ${statusWord(status)}`);
    const row = el(`h${barLevel}`, { class: 'bar-heading' }, el('span', { class: 'label' }, label)) + el('span', { class: 'face' }, '');
    // What a bar's details dialog shows: there for readers without the script, laid out only when it cannot run.
    const details = el('div', { class: 'bar-details' }, cardBody(project, barLevel + 1, true, `${context.idPrefix}-${index.get(project)}`, context));
    return el('li', { class: classes, 'data-status': status, 'data-project-id': project.id, style: `--from:${round(bar.start)};--to:${round(bar.end)}` }, row + details);
  });
  const chart = bars.length
    ? el(
        'div',
        { class: 'chart' },
        el(
          'div',
          { class: 'plot', style: `--years:${lastYear - fromYear + 1}` },
          // The axis' height, not its labels: they would read as a run of years without the chart.
          el('div', { class: `axis${layout.months.length ? ' months' : ''}`, 'aria-hidden': 'true' }) +
            el('div', { class: 'rows' }, el('div', { class: 'grid', 'aria-hidden': 'true' }) + el('ol', { class: 'bars', 'aria-labelledby': captionId }, items.join(''))),
        ),
      )
    : '';
  const html = wrap(
    context,
    el(
      'section',
      { class: 'timeline', 'aria-labelledby': captionId },
      el(`h${level}`, { id: captionId, class: 'caption' }, escapeText(options.heading || options.caption || timelineCaption())) +
        el('p', { class: 'summary' }, escapeText(timelineSummary(fromYear, lastYear, bars.length))) +
        chart,
    ),
  );
  return { html, locale: context.locale, projects: bars.map((bar) => bar.project) };
}

// ---------------------------------------------------------------------------- one project

function textSpan(text: LocalizedText, locale: Locale): string {
  const { text: value, lang } = localText(text, locale);
  return lang ? el('span', { lang }, escapeText(value)) : escapeText(value);
}

function date(iso: string, text: string, context: Context): string {
  return context.kses ? el('span', { class: 'date', 'data-datetime': iso }, escapeText(text)) : el('time', { datetime: iso }, escapeText(text));
}

function period(project: Project, context: Context): string {
  const ends = periodEnds(project, context.locale, context.today);
  return `${date(project.start.iso, ends.start, context)} – ${project.end ? date(project.end.iso, ends.end, context) : escapeText(ends.end)}`;
}

function statusWord(status: ProjectStatus): string {
  return el('span', { class: 'status', 'data-status': status }, escapeText(statusLabel(status)));
}

function projectCard(project: Project, level: number, expanded: boolean, idPrefix: string, context: Context): string {
  const status = projectStatus(project, context.today);
  const title = localText(project.title, context.locale);
  const titleId = `${idPrefix}-title`;
  const titleText = escapeText(title.text);
  return el(
    'article',
    { class: 'card', 'aria-labelledby': titleId, 'data-status': status, 'data-project-id': project.id },
    el(`h${level}`, { id: titleId, class: 'title', lang: title.lang }, project.url ? el('a', { href: project.url }, titleText) : titleText) +
      el('p', { class: 'meta' }, `${el('span', { class: 'period' }, period(project, context))} ${statusWord(status)}`) +
      cardBody(project, Math.min(level + 1, 6), expanded, idPrefix, context, titleId),
  );
}

/**
 * Everything under the title and period: goal, activities, implementers, funders, the project's page and
 * its address on this page (described by the title, `titleId`, where there is one, as the element does).
 */
function cardBody(project: Project, level: number, expanded: boolean, idPrefix: string, context: Context, titleId?: string): string {
  const { locale } = context;
  const h = `h${level}`;
  let out = '';
  if (project.goal) {
    const goal = localText(project.goal, locale);
    out += el(
      'section',
      { class: 'goal' },
      el(h, { class: 'section-heading' }, escapeText(goalHeading())) +
        el(
          'div',
          { lang: goal.lang },
          paragraphs(goal.text)
            .map((paragraph) => el('p', {}, escapeText(paragraph)))
            .join(''),
        ),
    );
  }
  if (project.activities.length) {
    // A <details> where the element has its disclosure button: closed, the card is as tall as the
    // element's, and without the script it still opens (and find-in-page opens it).
    const summary = el(
      'summary',
      { class: 'activities-summary' },
      el(
        h,
        { class: 'section-heading' },
        el(
          'span',
          { class: 'disclosure' },
          el('span', { class: 'disclosure-icon', 'aria-hidden': 'true' }) + el('span', {}, `${escapeText(activitiesHeading())} ${el('span', { class: 'count' }, `(${project.activities.length})`)}`),
        ),
      ),
    );
    out += el(
      'section',
      { class: 'activities' },
      el('details', { class: 'activities-details', open: expanded }, summary + el('div', { id: `${idPrefix}-activities`, class: 'activities-body' }, activityList(project.activities, locale))),
    );
  }
  out += organisations(project.implementers, implementersHeading(project.implementers.length), 'implementers', h, locale);
  out += organisations(project.funders, fundersHeading(project.funders.length), 'funders', h, locale);
  if (project.url) out += el('p', { class: 'project-link' }, el('a', { href: project.url }, escapeText(projectPageLink())));
  // The copy button's room, unseen (it needs the script): the row wraps as the element's will, so nothing moves when it takes over.
  const copySpace = el('span', { class: 'button copy copy-space', 'aria-hidden': 'true' }, escapeText(copyLinkLabel()));
  out += el('p', { class: 'project-link address' }, el('a', { href: projectHash(project.id), 'aria-describedby': titleId }, escapeText(projectAddressLink())) + copySpace);
  return out;
}

function activityList(activities: readonly Activity[], locale: Locale): string {
  return el(
    'ul',
    { class: 'activity-list' },
    activities.map((activity) => el('li', {}, textSpan(activity.text, locale) + (activity.items.length ? activityList(activity.items, locale) : ''))).join(''),
  );
}

function organisations(list: readonly Organisation[], label: string, kind: string, h: string, locale: Locale): string {
  if (list.length === 0) return '';
  const items = list.map((organisation) => {
    const name = localText(organisation.name, locale);
    return el('li', { lang: name.lang }, organisation.url ? el('a', { href: organisation.url }, escapeText(name.text)) : escapeText(name.text));
  });
  return el('section', { class: `organisations ${kind}` }, el(h, { class: 'section-heading' }, escapeText(label)) + el('ul', { class: 'organisation-list' }, items.join('')));
}
