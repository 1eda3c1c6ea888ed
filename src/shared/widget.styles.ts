import { unsafeCSS } from 'lit';

/**
 * Colours as custom properties with a light and a dark set. Every pairing used for text
 * meets WCAG AA (4.5:1) on `--_bg` and `--_surface` in both sets.
 */
const light = unsafeCSS(`
  --_text: var(--wisg-color-text, #1f1b24);
  --_muted: var(--wisg-color-muted, #534d5c);
  --_bg: var(--wisg-color-background, #ffffff);
  --_surface: var(--wisg-color-surface, #f6f3f9);
  --_border: var(--wisg-color-border, #8c8496);
  --_accent: var(--wisg-color-accent, #6a2a8c);
  --_on-accent: var(--wisg-color-on-accent, #ffffff);
  --_focus: var(--wisg-color-focus, #0b57d0);
  --_error: var(--wisg-color-error, #a4161a);
  --_error-surface: var(--wisg-color-error-surface, #fdecec);
  --_status-ongoing: var(--wisg-color-status-ongoing, #14662f);
  --_status-completed: var(--wisg-color-status-completed, #4d4756);
  --_status-planned: var(--wisg-color-status-planned, #8a4600);
  --_status-suspended: var(--wisg-color-status-suspended, #9a2c00);
  --_status-cancelled: var(--wisg-color-status-cancelled, #a4161a);
  color-scheme: light;
`);

const dark = unsafeCSS(`
  --_text: var(--wisg-color-text, #ece8f1);
  --_muted: var(--wisg-color-muted, #bdb5c7);
  --_bg: var(--wisg-color-background, #17141b);
  --_surface: var(--wisg-color-surface, #221e28);
  --_border: var(--wisg-color-border, #7d7488);
  --_accent: var(--wisg-color-accent, #d7b3f0);
  --_on-accent: var(--wisg-color-on-accent, #1f1024);
  --_focus: var(--wisg-color-focus, #8ab4ff);
  --_error: var(--wisg-color-error, #ffb3b0);
  --_error-surface: var(--wisg-color-error-surface, #3b1717);
  --_status-ongoing: var(--wisg-color-status-ongoing, #7fdc9b);
  --_status-completed: var(--wisg-color-status-completed, #c9c1d2);
  --_status-planned: var(--wisg-color-status-planned, #ffc27a);
  --_status-suspended: var(--wisg-color-status-suspended, #ffab85);
  --_status-cancelled: var(--wisg-color-status-cancelled, #ffb3b0);
  color-scheme: dark;
`);

/**
 * What every widget shares: isolation from the host page's inherited styles, theme
 * tokens, typography, focus, the loading/error/notice states, and the user's
 * preferences (dark, forced colours, reduced motion, print).
 */
export const widgetStyles = unsafeCSS(`
  :host {
    /* Host themes leak in through inheritance (line-height, letter-spacing, text-transform,
       62.5% font sizes…): start from the initial values, keep only what should carry over. */
    all: initial;
    visibility: inherit;
    display: block;
    box-sizing: border-box;
    contain: layout style;
    ${light}
    color: var(--_text);
    background: var(--_bg);
    /* The host's own font (read when connected), then fonts that have Georgian letters. Not DejaVu
       Sans: after a page font that is not installed, Chromium took 38 s to lay out one 50,000-letter
       word with it in the list; the system's own fallback still finds its Georgian letters. */
    font-family: var(
      --wisg-font-family,
      var(--_wisg-inherited-font, system-ui),
      'Noto Sans Georgian',
      'BPG Arial',
      'BPG Nino Elite',
      FiraGO,
      system-ui,
      sans-serif
    );
    /* "medium" is the visitor's own default size, whatever the page did to html's. */
    font-size: var(--wisg-font-size, medium);
    line-height: 1.55;
    overflow-wrap: anywhere;
    text-align: start;
  }
  /* Screens only: paper is light, whatever the visitor's scheme (see print below). Where the
     page behind the widget could be read (page-backdrop.ts: the custom states page-light and
     page-dark), its scheme wins over the visitor's, and the widget has no background of its
     own, so a theme's tinted or dark page shows through. :is() and :where() forgive :state()
     where it is unknown: such browsers keep the visitor's scheme on the widget's background. */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'], :is(:state(page-light)))) {
      ${dark}
    }
  }
  :host(:is([theme='dark'], :where(:state(page-dark):not([theme='light'])))) {
    ${dark}
  }
  @media screen {
    :host(:is(:state(page-light), :state(page-dark)):not([theme='light'], [theme='dark'])) {
      background: var(--wisg-color-background, transparent);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    /* Not "inherit": a theme's "* { box-sizing: content-box !important }" reaches the host. */
    box-sizing: border-box;
  }

  .widget {
    /* Long Georgian words wrap instead of overflowing (browsers do not hyphenate ka). */
    overflow-wrap: anywhere;
    min-width: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 2.75em;
    min-width: 2.75em;
    line-height: 1.3;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.45em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--wisg-radius, 0.5em);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .button:hover {
    background: var(--_surface);
  }

  /* States: loading, nothing yet, failed, data issues */
  .loading,
  .idle {
    margin: 0;
    padding: 1em;
    min-height: var(--wisg-loading-min-height, 6em);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--wisg-radius, 0.5em);
  }
  .loading::before {
    content: '';
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: wisg-spin 0.9s linear infinite;
  }
  @keyframes wisg-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    padding: 1em;
    border: 2px solid var(--_error);
    border-radius: var(--wisg-radius, 0.5em);
    background: var(--_error-surface);
    color: var(--_text);
  }
  .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_error);
  }
  .error-detail {
    margin: 0 0 0.75em;
  }
  .error-detail:last-child {
    margin-bottom: 0;
  }
  .issues {
    margin-block: 1em;
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--_status-planned);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .issues summary {
    cursor: pointer;
    min-height: 1.5em;
    padding-block: 0.25em;
  }
  .issues ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .issues code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    overflow-wrap: anywhere;
  }

  /* Status: always a word, with a shape beside it, never colour alone */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    color: var(--_status-color);
  }
  .status::before {
    content: '';
    flex: none;
    width: 0.7em;
    height: 0.7em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .status[data-status='ongoing']::before {
    background: currentColor;
  }
  .status[data-status='planned']::before {
    border-style: dashed;
  }
  .status[data-status='suspended']::before,
  .status[data-status='cancelled']::before {
    border-radius: 0;
  }
  [data-status='ongoing'] {
    --_status-color: var(--_status-ongoing);
  }
  [data-status='completed'] {
    --_status-color: var(--_status-completed);
  }
  [data-status='planned'] {
    --_status-color: var(--_status-planned);
  }
  [data-status='suspended'] {
    --_status-color: var(--_status-suspended);
  }
  [data-status='cancelled'] {
    --_status-color: var(--_status-cancelled);
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_focus: Highlight;
      --_border: CanvasText;
      --_error: CanvasText;
      --_status-color: CanvasText;
    }
    .status {
      color: CanvasText;
    }
    /* Forced colours would paint the filled "ongoing" dot hollow like the others. */
    .status::before {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .status[data-status='ongoing']::before {
      background: CanvasText;
    }
    .button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host,
    :host(:is([theme], :state(page-dark))) {
      ${light}
      background: none;
    }
    .button,
    .issues {
      display: none !important;
    }
  }
`);

/** The list's and the timeline's room inside whatever frames them (a card is a box of its own). */
export const widgetRoomStyles = unsafeCSS(`
  /* Room from the edges of whatever frames the widget (a theme's box, a coloured group). */
  .widget {
    padding: 0.75em;
  }
  /* Showing its pre-rendered content, which has that room of its own, or the loading or nothing-yet box,
     which takes the space the page reserved for the widget (6em), no more. */
  .widget:has(> slot, > .loading, > .idle) {
    padding: 0;
  }
`);
