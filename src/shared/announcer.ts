/**
 * Says short texts to screen readers (a result count): a polite live region, heard and not seen.
 *
 * - A text is said once the calls pause for `delay` ms (typing: once, not per keystroke), and only
 *   when it differs from the last one heard.
 * - The first text is the page's own: it is read where the page shows it, not announced (a list
 *   that says "9 projects" as it loads speaks over whatever the visitor is reading).
 * - The region is empty but while it speaks, and has no role: read in place, it is neither an empty
 *   "statusbar" (Orca's word for role=status) nor a second copy of the text shown beside it.
 * - Each text is a new element, so that a screen reader hears all of it, not the characters
 *   that changed ("3 of 9" → "1 of 9" would otherwise be heard as "1").
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export class AnnouncerController implements ReactiveController {
  /** Milliseconds a said text stays in the region (long enough for a busy screen reader to read it). */
  static hold = 7000;

  private _text = '';
  /** Counts the texts said: the key of the element that holds the current one. */
  private _said = 0;
  private _heard?: string;
  private _timer = 0;
  private _clearTimer = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _delay: number,
  ) {
    _host.addController(this);
  }

  /** Says `text` once the calls pause, unless it is what was heard last (or the first text). */
  private _say(text: string): void {
    if (this._heard === undefined) {
      this._heard = text;
      return;
    }
    clearTimeout(this._timer);
    this._timer = window.setTimeout(() => {
      if (text === this._heard) return;
      this._heard = this._text = text;
      this._said++;
      this._host.requestUpdate();
      clearTimeout(this._clearTimer);
      this._clearTimer = window.setTimeout(() => {
        this._text = '';
        this._host.requestUpdate();
      }, AnnouncerController.hold);
    }, this._delay);
  }

  /** The region, to be rendered once (the host's styles hide it: `.announcement`), and `text` to say in it (see `_say()`). */
  render(text: string): TemplateResult {
    this._say(text);
    return html`<div class="announcement" aria-live="polite">${repeat(this._text ? [this._said] : [], String, () => html`<p>${this._text}</p>`)}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    clearTimeout(this._clearTimer);
    this._text = '';
  }
}
