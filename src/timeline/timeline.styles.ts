import { unsafeCSS } from 'lit';

/**
 * One project per line in time order, titles and periods in full, the status below, and
 * a thin bar under them showing where the project sits on the axis: the narrow layout, and print's.
 */
export const stackedTimelineStyles = unsafeCSS(`
  .axis,
  .today {
    display: none;
  }
  .plot {
    --_label: 0%;
    padding: 0;
  }
  .grid {
    display: none;
  }
  .bar {
    padding-block-end: 0.95em;
    background: linear-gradient(var(--_grid), var(--_grid)) left bottom 0.45em / 100% 0.25em no-repeat;
  }
  .bar-heading {
    width: auto;
    padding: 0;
  }
  .face {
    inset-block: auto 0.35em;
    height: 0.45em;
    border-width: 0;
    border-radius: 0.2em;
    background: var(--_c);
  }
`);

/**
 * The timeline, Gantt style: each project's row has its label (whole title, period, status)
 * in a column at the start (`--_label` of the width) and its bar on the axis beside it. Ticks
 * and bars are placed by CSS from fractions the data layer computed (a tick's `--s`, `--e` as
 * percentages of the axis; a bar's `--from`, `--to` as fractions of it), so nothing is
 * measured per bar; a row is as high as its label. Below 42em of the element's own width (a
 * container query: it may sit in a narrow column; em, so that large text gets it too; 42em =
 * 672 px, so that a 1280 px window at 200 % zoom, 640 px, gets it) the bars go under the labels.
 */
export const timelineStyles = unsafeCSS(`
  :host {
    container: wisg-timeline / inline-size;
    --_grid: var(--wisg-timeline-grid-color, color-mix(in srgb, var(--_border) 45%, transparent));
    --_today: var(--wisg-timeline-today-color, var(--_accent));
  }
  .caption {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .summary {
    margin: 0.15em 0 0.75em;
    color: var(--_muted);
  }
  .chart {
    /* Room for focus rings at the edges. */
    padding-inline: 0.4em;
    overflow-x: clip;
  }
  .plot {
    /* The label column; the axis, the bars and the today marker share the rest. */
    --_label: var(--wisg-timeline-label-width, 38%);
    position: relative;
    /* Room for the "today" label under the bars. */
    padding-block-end: 1.8em;
  }
  .axis {
    position: relative;
    height: 1.6em;
    margin-inline-start: var(--_label);
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .axis.months {
    height: 2.9em;
  }
  .tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--s);
    width: calc(var(--e) - var(--s));
    padding-inline-start: 0.3em;
    border-inline-start: 1px solid var(--_border);
    /* A tick only shows its label when the label fits (see the container query below). */
    container-type: inline-size;
  }
  .month {
    inset-block-start: 1.45em;
    border-color: var(--_grid);
    font-size: 0.9em;
  }
  .tick span {
    visibility: hidden;
  }
  @container (min-width: 2.6em) {
    .year span {
      visibility: visible;
    }
  }
  @container (min-width: 6.5em) {
    .month span {
      visibility: visible;
    }
  }
  .bars {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.35;
  }
  /* Year lines behind the bars (the axis has the month ticks), not behind the labels, whose
     background stays one colour (so axe can check their contrast: not a pseudo-element either). */
  .rows {
    position: relative;
  }
  .grid {
    position: absolute;
    inset-block: 0;
    inset-inline: var(--_label) 0;
    background: repeating-linear-gradient(to right, var(--_border) 0 1px, transparent 1px calc(100% / var(--years)));
    pointer-events: none;
  }
  /* A row is as high as its label; its bar is placed in it, so no row's size depends on another's. */
  .bar {
    --_c: var(--_status-color);
    position: relative;
    padding-block: calc(var(--wisg-timeline-row-gap, 0.45em) / 2);
    border-block-start: 1px solid var(--_grid);
    cursor: pointer;
    contain: layout style;
  }
  .bar:hover {
    background-color: color-mix(in srgb, var(--_c) 7%, transparent);
  }
  .bar-heading {
    width: var(--_label);
    margin: 0;
    padding-inline: 0.3em 0.9em;
    font-size: 1em;
    font-weight: inherit;
  }
  /* The heading's button (a span in the pre-rendered content) looks like text; the focus ring is the whole row's. */
  .label {
    all: unset;
    display: block;
  }
  .bar-title,
  .when {
    display: block;
  }
  .bar-title {
    color: var(--_text);
    font-size: 1.1em;
    font-weight: 600;
  }
  .bar:has(:focus-visible) {
    z-index: 1;
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  /* The bar: level with the title's first line, from the project's start to its end on the axis. */
  .face {
    position: absolute;
    inset-block-start: calc(var(--wisg-timeline-row-gap, 0.45em) / 2 + 0.15em);
    inset-inline-start: calc(var(--_label) + var(--from) * (100% - var(--_label)));
    width: calc((var(--to) - var(--from)) * (100% - var(--_label)));
    min-width: 0.6em;
    height: 1.3em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_c);
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_c) 22%, var(--_surface));
  }
  /* Each status has its own edge, in forced colours too: completed plain, ongoing heavy,
     planned dashed, suspended double, cancelled dotted. */
  [data-status='planned'] > .face {
    border-style: dashed;
  }
  [data-status='suspended'] > .face {
    border-inline-start: 0.6em double var(--_c);
  }
  [data-status='cancelled'] > .face {
    border-style: dotted;
    border-inline-start-width: 0.5em;
  }
  [data-status='ongoing'] > .face {
    border-width: 2px 2px 2px 0.5em;
    border-color: var(--_c);
  }
  /* Open-ended bars (and bars cut by the axis) fade out and have no closing edge. */
  .open > .face,
  .cut-end > .face {
    border-inline-end-style: dashed;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    background: linear-gradient(to right, color-mix(in srgb, var(--_c) 22%, var(--_surface)) calc(100% - 3em), transparent);
  }
  .cut-start > .face {
    border-inline-start-style: dashed;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .today {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_label) + var(--at) * (100% - var(--_label)));
    border-inline-start: 2px solid var(--_today);
    pointer-events: none;
  }
  .today span {
    position: absolute;
    inset-block-end: 0;
    /* Centred mid-axis, sliding to stay inside the chart at either end: the shift is the
       marker's own position along the axis, as a share of the label's width. */
    translate: calc(var(--at) * -100%);
    padding: 0 0.4em;
    border-radius: 0.3em;
    background: var(--_today);
    color: var(--_on-accent);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .empty {
    color: var(--_muted);
  }

  /* Narrow, and on paper: the stacked layout. */
  @container wisg-timeline (width < 42em) {
    ${stackedTimelineStyles}
  }

  .details {
    width: min(48em, 100% - 2em); /* em, not rem: pages set html { font-size: 62.5% } */
    max-height: calc(100% - 2em);
    padding: 0;
    border: 0;
    border-radius: var(--wisg-radius, 0.5em);
    background: var(--_surface);
    color: var(--_text);
  }
  .details::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .details-body {
    padding: 0.75em;
  }
  .close {
    float: inline-end;
    margin: 0 0 0.5em 0.5em;
  }
  /* The dialog is the card's surface. */
  .details .card {
    max-width: none;
    padding: 0.5em;
    border: 0;
    background: none;
  }

  @media (forced-colors: active) {
    /* The dialog would merge with the page: no backdrop colour in forced colours. */
    .today span,
    .details {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    ${stackedTimelineStyles}
    .details {
      display: none;
    }
    .bar {
      break-inside: avoid;
      print-color-adjust: exact; /* the line under each bar is a background */
    }
  }
`);
