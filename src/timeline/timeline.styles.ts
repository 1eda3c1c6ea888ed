import { unsafeCSS } from 'lit';

/**
 * One project per line in time order, titles and periods in full, the status below, and
 * a thin line showing where the project sits on the axis: the narrow layout, and print's.
 */
export const stackedTimelineStyles = unsafeCSS(`
  .axis,
  .today {
    display: none;
  }
  .plot {
    padding: 0;
  }
  .bars {
    height: auto;
    white-space: normal;
    background: none;
  }
  .bar {
    position: relative;
    inset: auto;
    width: auto;
    height: auto;
    min-width: 0;
    margin: 0 0 0.6em;
    contain: none;
  }
  .face,
  .bar:is(:hover, :focus-within) > .face {
    position: relative;
    inset: auto;
    width: auto;
    height: auto;
    min-width: 0;
    max-width: none;
    padding-block-end: 0.9em;
    white-space: normal;
    background:
      linear-gradient(to right, var(--_grid) calc(var(--from) * 100%), var(--_c) 0 calc(var(--to) * 100%), var(--_grid) 0) left 0.5em bottom 0.35em / calc(100% - 1em) 0.25em no-repeat,
      var(--_surface);
  }
`);

/**
 * The timeline: ticks and bars placed by CSS from fractions the data layer computed (a tick's
 * `--s`, `--e` as percentages of the plot; a bar's `--from`, `--to` as fractions of it and
 * `--r` its row), so nothing is measured per bar. Below
 * 42em of the element's own width (a container query: it may sit in a narrow column; em,
 * so that large text gets it too; 42em = 672 px, so that a 1280 px window at 200 % zoom,
 * 640 px, gets it) the same list becomes a vertical one with full titles.
 */
export const timelineStyles = unsafeCSS(`
  /* Room from the edges of whatever frames the widget (a theme's box, a coloured group). */
  .widget {
    padding: 0.75em;
  }
  /* Showing its pre-rendered content, which has that room of its own, or the loading or nothing-yet box,
     which takes the space the page reserved for the widget (6em), no more. */
  .widget:has(> slot, > .loading, > .idle) {
    padding: 0;
  }
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
    position: relative;
    /* Room for the "today" label under the bars. */
    padding-block-end: 1.8em;
  }
  .axis {
    position: relative;
    height: 1.6em;
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
    /* Rows have a fixed pitch, so each bar is placed, not flowed: no bar's size depends on another's. */
    --_pitch: calc(3.55em + var(--wisg-timeline-row-gap, 0.45em));
    position: relative;
    height: calc(var(--rows) * var(--_pitch) + 0.4em);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.35;
    white-space: nowrap;
    /* Year lines behind the bars (the axis has the month ticks). */
    background: repeating-linear-gradient(to right, var(--_border) 0 1px, transparent 1px calc(100% / var(--years)));
    /* The faces of focused bars measure the chart (cqi). */
    container-type: inline-size;
  }
  /* A bar is a fixed box (--from and --to: fractions of the axis); what shows is its face.
     A hovered or focused bar widens its face, never itself: contained, the bar is then laid
     out alone, not the thousand bars beside it in the same block. Each bar stacks at 0 and
     the focused one at 1: from "auto", that change would lay out every bar again. */
  .bar {
    --_c: var(--_status-color);
    position: absolute;
    inset-block-start: calc(var(--r) * var(--_pitch) + 0.4em);
    inset-inline-start: calc(var(--from) * 100%);
    width: calc((var(--to) - var(--from)) * 100%);
    min-width: 2.5em;
    height: 3.55em;
    contain: size layout style;
    z-index: 0;
  }
  .face {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 100%;
    height: 100%;
    padding: 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_c);
    border-radius: 0.3em;
    background: var(--_surface);
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
    /* No content-visibility: auto here, though it would skip bars off screen: Chromium then
       leaves them out of the accessibility tree, and the list must be whole for screen readers. */
  }
  /* Each status has its own edge, kept when the status word is cut off and in forced
     colours: completed plain, ongoing heavy, planned dashed, suspended double, cancelled dotted. */
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
    background: linear-gradient(to right, var(--_surface) calc(100% - 3em), transparent);
  }
  .cut-start > .face {
    border-inline-start-style: dashed;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  /* Hovered or focused, a bar shows its whole title above its neighbours: as wide as the
     title, towards the side with more room (half the chart or more), wrapping at the edge. */
  .bar:is(:hover, :focus-within) {
    z-index: 1;
  }
  .bar:is(:hover, :focus-within) > .face {
    width: max-content;
    min-width: 100%;
    max-width: calc((1 - var(--from)) * 100cqi);
    height: auto;
    min-height: 100%;
    white-space: normal;
  }
  .late:is(:hover, :focus-within) > .face {
    inset-inline: auto 0;
    max-width: calc(var(--to) * 100cqi);
  }
  .low:is(:hover, :focus-within) > .face {
    inset-block: auto 0;
  }
  .bar:has(:focus-visible) > .face {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .bar-title {
    margin: 0;
    color: var(--_text);
    font-size: 1.1em;
    font-weight: 600;
  }
  /* The heading's button (a span in the pre-rendered content) looks like the heading; the focus ring is the whole bar's. */
  .bar-title > * {
    all: unset;
    display: block;
    width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .today {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--at);
    border-inline-start: 2px solid var(--_today);
    pointer-events: none;
  }
  .today span {
    position: absolute;
    inset-block-end: 0;
    /* Centred mid-axis, sliding to stay inside the chart at either end: the shift is the
       marker's own position along the axis, as a share of the label's width. */
    translate: calc(var(--at) * -1);
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
