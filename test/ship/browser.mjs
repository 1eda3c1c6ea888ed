// Headless Chromium for the ship tests (Debian's, never a downloaded one), and pages that
// record everything a visitor's console would show.
import { launchChromium } from '../../scripts/chromium.mjs';

export const launch = () => launchChromium();

/**
 * A new page whose console errors and warnings, uncaught exceptions and failed requests
 * are collected in `problems` (as strings), and every console message in `console`.
 */
export async function openPage(browser, { width = 1200, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  const console = [];
  page.on('console', (message) => {
    const text = message.text();
    console.push({ type: message.type(), text });
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A widget cancelling its own request (a newer source took over) is no failure a visitor sees.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems, console };
}

/**
 * Waits until every wisg-* element on the page is defined and has data in hand (or failed),
 * and has rendered; returns the text each renders (textContent: all of it, closed activities too).
 */
export async function widgetsSettled(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('wisg-project-card, wisg-project-list, wisg-timeline')];
      return (
        elements.length > 0 &&
        elements.every((element) => {
          const root = element.shadowRoot;
          // Pre-rendered content is shown (a <slot>) until the element's own rendering replaces it.
          return customElements.get(element.localName) && root && root.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"], slot');
        })
      );
    },
    { timeout, polling: 50 },
  );
  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll('wisg-project-card, wisg-project-list, wisg-timeline')];
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.map((element) => ({
      tag: element.localName,
      id: element.id,
      lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      text: element.shadowRoot.querySelector('[part~="base"]').textContent.replace(/\s+/g, ' ').trim(),
    }));
  });
}
