// `emulate-forced-colors` { active }: forced colours on or off for the test's page, over CDP
// (Emulation.setEmulatedMedia; @web/test-runner-commands' emulateMedia has no forced-colors
// for puppeteer). Chromium only: tests check `can.emulateForcedColors` (test/engine.ts).
export function forcedColorsPlugin() {
  // One CDP session per page, kept open: an override ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error(`Forced colours cannot be emulated in ${session.browser.name}.`);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] });
      return true;
    },
  };
}
