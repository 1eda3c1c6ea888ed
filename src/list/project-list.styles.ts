import { unsafeCSS } from 'lit';

/** The list's own parts: heading, toolbar, count, the list itself and the empty result. Cards bring their own styles. */
export const projectListStyles = unsafeCSS(`
  .list-heading {
    margin: 0 0 0.5em;
    font-size: 1.6em;
    line-height: 1.25;
  }
  .toolbar {
    /* Lined up with the cards below it. */
    max-width: var(--wisg-card-max-width, 48em); /* em, not rem: pages set html { font-size: 62.5% } */
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
    margin-block-end: 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    flex: 1 1 8em;
    min-width: 0;
  }
  .search-field {
    flex: 4 1 16em;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--wisg-radius, 0.5em);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .count {
    margin: 0 0 1em;
    color: var(--_muted);
  }
  /* The live region that says the count once typing pauses: heard, not seen. */
  .announcement {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Plain block layout: with thousands of cards, hiding and showing them stays cheap. */
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Not a list-item box: numbering thousands of items is slow when many are hidden at once.
     No content-visibility: auto, though it would skip off-screen cards: Chromium then drops
     them from the accessibility tree, and a screen reader could not read past the screen. */
  .item {
    display: block;
    margin-block-end: 1em;
  }
  .more {
    margin: 0;
  }
  .empty {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--wisg-radius, 0.5em);
  }
  .empty p {
    margin: 0 0 0.75em;
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`);
