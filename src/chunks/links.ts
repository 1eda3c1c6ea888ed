/**
 * The links' lazy chunk (dist/wisg-widgets-links.js; see src/shared/deep-link-controller.ts):
 * answers a navigation to `page#<project id>`. Loaded by the first address with a hash.
 *
 * One answer per navigation, from the first widget in document order that shows the project;
 * a widget still loading holds the answer up (it may be the one). A hash that is the page's own
 * (an element with that id) is left to the browser. A hash naming no project is ignored.
 * Focus moves only if nothing moved it since the navigation and nobody is typing.
 *
 * It also says what a card's copy button did (`copied`), loaded by the button's first click.
 */
import { projectIdFromHash } from '../data/address.js';
import { localeFor, msg, renderInLocale } from '../localize/msg.js';
import { activeElement, type LinkTarget } from '../shared/deep-link-controller.js';

/** The navigation not yet answered: its project and what had focus when it happened. */
let pending: { readonly id: string; readonly focused: Element | null } | undefined;

/** A navigation to `hash` happened while `focused` had focus. */
export function navigate(hash: string, focused: Element | null, widgets: ReadonlySet<LinkTarget>): void {
  const id = projectIdFromHash(hash);
  pending = id && !document.getElementById(id) ? { id, focused } : undefined;
  answer(widgets);
}

/** Answers the pending navigation, if the widgets ahead of the one showing its project have settled. */
export function answer(widgets: ReadonlySet<LinkTarget>): void {
  // 4: Node.DOCUMENT_POSITION_FOLLOWING.
  for (const widget of [...widgets].sort((a, b) => (a.host.compareDocumentPosition(b.host) & 4 ? -1 : 1))) {
    if (!pending || !widget.rendered || !widget.settled()) return;
    const active = activeElement();
    if (widget.reveal(pending.id, active === pending.focused && !active?.matches('input,textarea,select,[contenteditable]'))) pending = undefined;
  }
  // Nobody shows it: ignored.
  pending = undefined;
}

/**
 * Says how a card's copy went, in the polite status the card has beside its button (a live region
 * from the first paint, so that the first copy is heard too): a new text each time, so that a second
 * copy is heard again, gone after 6 s.
 */
export async function copied(written: Promise<unknown> | undefined, button: HTMLElement): Promise<void> {
  // Undefined: no Clipboard API (a page over plain http). Refused: no permission, or not in a gesture.
  const ok =
    !!written &&
    (await written.then(
      () => true,
      () => false,
    ));
  const said = document.createElement('span');
  // In the widget's language, which the wrapper of its rendering carries (lang).
  said.textContent = renderInLocale(localeFor(button.closest('[lang]')?.getAttribute('lang')), () =>
    ok ? msg('Link copied') : msg('Could not copy. Copy the link with your browser’s menu instead.'),
  );
  button.nextElementSibling?.replaceChildren(said);
  setTimeout(() => said.remove(), 6000);
}
