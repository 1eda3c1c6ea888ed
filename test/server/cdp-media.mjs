// Media emulation over CDP (Emulation.setEmulatedMedia) for what @web/test-runner-commands'
// emulateMedia cannot do with puppeteer: forced colours, and a media type together with a
// colour scheme (its media type resets the features it has just set). Chromium only: tests
// check `can.emulateForcedColors` / `can.emulateMedia` (test/engine.ts).
//
//   `emulate-forced-colors` { active }          forced colours on or off
//   `emulate-media-cdp` { media, colorScheme }   e.g. print in a dark scheme; {} resets both
export function cdpMediaPlugin() {
  // One CDP session per page, kept open: an override ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'cdp-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'emulate-media-cdp') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error(`Media cannot be emulated over CDP in ${session.browser.name}.`);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const media =
        command === 'emulate-forced-colors'
          ? { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }] }
          : { media: payload?.media ?? '', features: [{ name: 'prefers-color-scheme', value: payload?.colorScheme ?? '' }] };
      await sessions.get(page).send('Emulation.setEmulatedMedia', media);
      return true;
    },
  };
}
