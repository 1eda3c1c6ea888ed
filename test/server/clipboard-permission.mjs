// The Clipboard API's permissions for the page, in Chromium, where a headless browser refuses a
// write even in the visitor's click until it is granted (Firefox and WebKit let a click write).
//
//   `grant-clipboard` { origin }   clipboard-write and clipboard-read granted to the test page's origin
//   `reset-clipboard` { origin }   refused again (as a headless Chromium does before any grant)
export function clipboardPermissionPlugin() {
  return {
    name: 'clipboard-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'grant-clipboard' && command !== 'reset-clipboard') return undefined;
      const page = session.browser.getPage?.(session.id);
      // Not Chromium: nothing to grant, a click is enough.
      if (!/chrom/i.test(session.browser.name) || !page?.browserContext) return false;
      await page.browserContext().overridePermissions(payload.origin, command === 'reset-clipboard' ? [] : ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      return true;
    },
  };
}
