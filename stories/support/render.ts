/** What every widget story shares: the theme from the toolbar, and waiting for data in play functions. */
import type { WisgElement } from '../../src/shared/widget-element.js';

/** The toolbar's theme, for the widget's `theme` attribute. */
export const themeOf = (context: { globals: Record<string, unknown> }): string => (context.globals.theme === 'dark' ? 'dark' : 'light');

/** Resolves once the first `selector` in the story has its data in hand and has rendered it. */
export async function ready<T extends WisgElement>(canvas: HTMLElement, selector: string): Promise<T> {
  const element = canvas.querySelector<T>(selector);
  if (!element) throw new Error(`${selector} is not in the story`);
  for (let tries = 0; tries < 200 && !element.shadowRoot?.querySelector('article, [part~="bar"], [part~="empty"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    await element.updateComplete;
  }
  return element;
}

/** A fixed "today", so stories (and their screenshots) do not change with the date. */
export const TODAY = '2025-06-01';
