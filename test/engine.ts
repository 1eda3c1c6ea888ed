/**
 * Which engine a browser test runs in, and what the test runner can do there.
 *
 * Chromium is driven over CDP; Firefox over WebDriver BiDi (puppeteer); WebKit over
 * classic WebDriver (WebKitWebDriver). Some @web/test-runner-commands need CDP or
 * puppeteer: a test that needs one checks `can` and skips itself elsewhere, e.g.
 *
 *   it('…', async function () {
 *     if (!can.readAccessibilityTree) this.skip(); // see test/engine.ts
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(agent) ? 'firefox' : /Chrome\//.test(agent) ? 'chromium' : 'webkit';

export const can = {
  /** a11ySnapshot(): the browser's accessibility tree. CDP only. */
  readAccessibilityTree: engine === 'chromium',
  /**
   * emulateMedia() with a dark colour scheme, reduced motion or print. CDP only; Firefox's
   * profile is pinned to light and no-preference, and asking for those succeeds there.
   */
  emulateMedia: engine === 'chromium',
  /** emulateMedia({ colorScheme: 'light' }): a reset to the default, which Firefox honours too. */
  emulateLightScheme: engine !== 'webkit',
  /** forcedColors(): forced-colours emulation (test/server/cdp-media.mjs). CDP only. */
  emulateForcedColors: engine === 'chromium',
  /** setViewport(): CDP and BiDi, not classic WebDriver. */
  setViewport: engine !== 'webkit',
  /** sendKeys({ down }) / sendKeys({ up }): held keys (Shift+Tab). Not over classic WebDriver. */
  holdKeys: engine !== 'webkit',
} as const;

/** Presses Shift+Tab: with a held Shift where the runner can hold keys, else as a chord (WebKit; see test/browsers.mjs). */
export async function shiftTab(): Promise<void> {
  if (can.holdKeys) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: 'Shift+Tab' });
  }
}

/** Turns emulated forced colours on or off (Chromium only: check `can.emulateForcedColors`). */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}

/**
 * A media type and a colour scheme at once, e.g. printing for a visitor who prefers dark
 * colours (emulateMedia's media type would reset its colour scheme); no arguments resets
 * both. Chromium only: check `can.emulateMedia`.
 */
export async function emulateMediaOverCdp(media?: 'screen' | 'print', colorScheme?: 'light' | 'dark'): Promise<void> {
  await executeServerCommand('emulate-media-cdp', { media, colorScheme });
  // The new media reach the styles with the next frame.
  await new Promise(requestAnimationFrame);
}
