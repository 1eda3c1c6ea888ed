import { unsafeCSS } from 'lit';

/** A project's card: used by <wisg-project-card> and by every item of <wisg-project-list>. */
export const projectCardStyles = unsafeCSS(`
  .card {
    /* Narrow screens keep the text wide; percentages follow the space the card has. */
    padding: var(--wisg-card-padding, 1.25em clamp(0.75em, 4%, 1.5em));
    border: 1px solid var(--_border);
    border-radius: var(--wisg-radius, 0.5em);
    background: var(--_surface);
    max-width: var(--wisg-card-max-width, 48em); /* em, not rem: pages set html { font-size: 62.5% } */
  }
  .title {
    margin: 0 0 0.35em;
    font-size: 1.3em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
  }
  .title a {
    color: inherit;
  }
  /* Inline boxes, not flex: Chromium makes each flex item an object of its own, and Orca then
     reads the line in pieces with "article" between them. They wrap as words do; the period keeps
     its 1em from the status (with the space between them), and wrapped lines their 0.25em. */
  .meta {
    margin: 0 0 1em;
    color: var(--_muted);
  }
  .meta > * {
    margin-block: 0.125em;
  }
  .meta > .period {
    display: inline-block;
    margin-inline-end: 0.75em;
  }
  /* A date moves to the next line whole, and wraps inside only when a line cannot hold it
     (320 px at twice the text size). */
  .period time {
    display: inline-block;
  }
  .section-heading {
    margin: 1.1em 0 0.4em;
    font-size: 1.05em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--_text);
  }
  .goal p,
  .activities-body,
  .organisation-list {
    max-width: 70ch;
  }
  .goal p {
    margin: 0 0 0.75em;
  }
  .goal p:last-child {
    margin-bottom: 0;
  }
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    margin: 0;
    padding: 0.35em 0.5em;
    margin-inline-start: -0.5em;
    border: 0;
    border-radius: var(--wisg-radius, 0.5em);
    background: none;
    font-weight: 700;
    text-align: start;
  }
  .disclosure:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .disclosure .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .disclosure-icon {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host(:dir(rtl)) .disclosure-icon {
    transform: rotate(135deg);
  }
  .disclosure[aria-expanded='true'] .disclosure-icon {
    transform: rotate(45deg);
  }
  .activity-list,
  .organisation-list {
    margin: 0;
    padding-inline-start: 1.4em;
    /* In a list's <li> the browser would start at circles. */
    list-style-type: disc;
  }
  .activity-list li {
    margin-block: 0.3em;
  }
  .activity-list .activity-list {
    list-style-type: circle;
    margin-top: 0.3em;
  }
  .organisation-list li {
    margin-block: 0.25em;
  }
  .project-link {
    margin: 1em 0 0;
  }
  /* The project's address, and (drawn by the element) its copy button and what the copy did: the row is
     as tall as the button in the pre-rendered content too (the button's least height), so that nothing moves when the element takes over. */
  .address {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    /* The buttons' own least height (widget.styles.ts). */
    min-height: 2.75em;
  }
  .copy {
    padding: 0 0.75em;
    min-height: 2.75em;
  }
  .copy-space {
    visibility: hidden;
  }
  /* On a line of its own under them, no taller than what it says (nothing, until a copy). */
  .copy-status {
    flex-basis: 100%;
  }
  /* Links and the disclosure are at least 24×24 px to hit (WCAG 2.5.8). */
  .card a {
    display: inline-block;
    min-height: 1.5em;
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #777;
    }
    .activities-body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .disclosure {
      display: inline !important;
      margin: 0;
      padding: 0;
    }
    .disclosure-icon {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`);
