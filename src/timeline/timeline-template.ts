/**
 * The timeline's markup, as functions of its layout (the element keeps the state): the heading,
 * summary and chart, one row per bar, and the details dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderProjectCard } from '../card/project-card-template.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, projectStatus } from '../data/dates.js';
import { msg, type Locale } from '../localize/msg.js';
import { projectCount, statusLabel } from '../localize/phrases.js';
import { cssProps } from '../shared/css-props.js';
import { headingHtml, localText, periodEnds, toHeadingLevel } from '../shared/templates.js';
import type { TimelineBar, TimelineLayout } from './timeline-layout.js';
import type { WisgTimeline } from './timeline.js';

// Positions on the axis, rounded: the ticks as percentages, the bars and the today marker as fractions.
const percent = (share: number) => `${Math.round(share * 1e5) / 1e3}%`;
const fraction = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * The heading, the summary and the chart of `layout`, heading `level`. `rows`: the bars' rows (see
 * `renderBar`); `onClick` and `onKeydown` listen on their list.
 */
export function renderChart(
  timeline: WisgTimeline,
  layout: TimelineLayout,
  level: number,
  rows: unknown,
  onClick: (event: MouseEvent) => void,
  onKeydown: (event: KeyboardEvent) => void,
): TemplateResult {
  const { fromYear, toYear, bars } = layout;
  const years = fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  return html`<section class="timeline" aria-labelledby="caption">
    ${headingHtml(level)`<hN id="caption" class="caption" part="caption">${timeline.heading || timeline.caption || msg('Project timeline')}</hN>`}
    <p class="summary" part="summary">${years} · ${projectCount(bars.length)}</p>
    ${
      bars.length
        ? html`<div class="chart" part="chart"><div class="plot" ${cssProps({ '--years': toYear - fromYear + 1 })}>
          <div class="axis ${layout.months.length ? 'months' : ''}" part="axis" aria-hidden="true">
            ${layout.years.map((tick) => html`<span class="tick year" ${cssProps({ '--s': percent(tick.start), '--e': percent(tick.end) })}><span>${tick.year}</span></span>`)}
            ${layout.months.map(
              (tick) =>
                html`<span class="tick month" ${cssProps({ '--s': percent(tick.start), '--e': percent(tick.end) })}
                  ><span>${formatDate({ year: tick.year, month: tick.month!, iso: '' }, timeline.locale).replace(/ \d+$/, '')}</span></span
                >`,
            )}
          </div>
          ${layout.today === undefined ? nothing : html`<div class="today" part="today" ${cssProps({ '--at': fraction(layout.today) })} aria-hidden="true"><span>${msg('Today')}</span></div>`}
          <div class="rows"><div class="grid" aria-hidden="true"></div><ol class="bars" part="bars" aria-labelledby="caption" @click=${onClick} @keydown=${onKeydown}>
            ${rows}
          </ol></div>
        </div></div>`
        : html`<p class="empty" part="notice">${msg('No projects in these years.')}</p>`
    }
  </section>`;
}

/**
 * One row: a single flat template (no nested period/status templates), because it is
 * stamped once per project. The markup matches the card's: `<time>`s and `.status`.
 * The title, period and status are inside the button, whose children a screen reader
 * does not read again: the project is read once, by the button's name, with pauses.
 */
export function renderBar(bar: TimelineBar, level: number, locale: Locale, today: number): TemplateResult {
  const { project } = bar;
  const status = projectStatus(project, today);
  const label = statusLabel(status);
  const title = localText(project.title, locale);
  const { start, end } = periodEnds(project, locale, today);
  // Title, period and status, as the row shows them: "RFSL 2022-24, 1 October 2022 – 30 November 2024, completed".
  // A title in another language (a fallback) has its lang on its own span: the name and heading keep the element's.
  const name = `${title.text}, ${start} – ${end}, ${label.toLocaleLowerCase(locale)}`;
  const classes = `bar${bar.open ? ' open' : ''}${bar.cutStart ? ' cut-start' : ''}${bar.cutEnd ? ' cut-end' : ''}`;
  return headingHtml(level)`<li class=${classes} part="row" data-status=${status} data-project-id=${project.id} ${cssProps({ '--from': fraction(bar.start), '--to': fraction(bar.end) })}>
      <hN class="bar-heading"
        ><button type="button" class="label" part="label" tabindex="-1" aria-label=${name} aria-haspopup="dialog"
          ><span class="bar-title" part="bar-title" lang=${ifDefined(title.lang)}>${title.text}</span>
          <span class="when"><time datetime=${project.start.iso}>${start}</time> – ${project.end ? html`<time datetime=${project.end.iso}>${end}</time>` : end}
          <span class="status" part="status" data-status=${status}>${label}</span></span></button
        ></hN
      ><span class="face" part="bar"></span>
    </li>`;
}

/**
 * The details `<dialog>`, heading `level` (its title one below the timeline's): empty until a bar
 * is opened, then that bar's project as a card. A click on the backdrop (the dialog itself,
 * outside its content) closes it; `onClose` hears every way it closes.
 */
export function renderDetails(timeline: WisgTimeline, bar: TimelineBar | undefined, level: number, today: number, expanded: boolean, onToggle: () => void, onClose: () => unknown): TemplateResult {
  const onBackdropClick = (event: MouseEvent) => event.target === event.currentTarget && timeline.closeDetails();
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- a click on the backdrop; the keyboard closes a modal dialog with Escape
  return html`<dialog class="details" part="details" aria-labelledby="details-title" @close=${onClose} @click=${onBackdropClick}>
    ${
      bar
        ? html`<div class="details-body">
          <button type="button" class="button close" part="close-button" @click=${timeline.closeDetails}>${msg('Close')}</button>
          ${renderProjectCard(bar.project, timeline.locale, today, toHeadingLevel(level, 2), expanded, 'details', onToggle, () => {})}
        </div>`
        : nothing
    }
  </dialog>`;
}
