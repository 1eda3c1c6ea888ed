// The browsers the test runner drives: Debian's own builds, never downloaded ones.
//
//   chromium  /usr/bin/chromium (CHROME_PATH overrides), through @web/test-runner-chrome;
//   firefox   /usr/bin/firefox-esr (FIREFOX_PATH overrides), puppeteer over WebDriver BiDi;
//   webkit    WebKitGTK's MiniBrowser driven by WebKitWebDriver (apt: webkit2gtk-driver),
//             which has no headless mode: this file starts a private Xvfb display for it
//             (apt: xvfb xauth) unless WISG_WEBKIT_DISPLAY names one to use.
//
// WISG_BROWSERS=chromium,firefox,webkit picks the engines (`npm run test:all`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumMissing, chromiumPath, HEADLESS_CHROMIUM_ARGS } from '../scripts/chromium.mjs';

/** The common flags (scripts/chromium.mjs), and what the browser tests need besides. */
export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // Let the lifecycle tests call gc() and read an unrounded performance.memory.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export { chromiumPath };
export const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = () => process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = () =>
  process.env.MINIBROWSER_PATH ||
  ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser'].find((path) =>
    existsSync(path),
  ) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const onPath = (program) => (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, program)));

/**
 * Why the engines cannot run here, as one line saying what to install (`npm test` checks it
 * first, test/preflight.mjs); undefined when they can.
 */
export function browsersMissing(engines) {
  const missing = engines.map((engine) => {
    switch (engine.trim()) {
      case 'chromium':
        return chromiumMissing();
      case 'firefox':
        return existsSync(firefoxPath()) ? undefined : `No Firefox at ${firefoxPath()}: apt-get install firefox-esr (or FIREFOX_PATH=…)`;
      case 'webkit':
        return existsSync(webkitDriverPath()) && existsSync(miniBrowserPath()) && (process.env.WISG_WEBKIT_DISPLAY || onPath('Xvfb'))
          ? undefined
          : `No WebKitWebDriver, MiniBrowser or Xvfb: apt-get install webkit2gtk-driver xvfb xauth`;
      default:
        return `Unknown browser "${engine}" in WISG_BROWSERS (chromium, firefox, webkit)`;
    }
  });
  return missing.filter(Boolean).join('; ') || undefined;
}

export function browsersFor(engines) {
  return engines.map((engine) => {
    switch (engine.trim()) {
      case 'chromium':
        return chromeLauncher({
          launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
          // Each test file in its own window: a background tab gets no animation frames, and fixtures wait for one.
          createPage: ({ context }) => context.newPage({ type: 'window' }),
        });
      case 'firefox':
        return puppeteerLauncher({
          launchOptions: {
            browser: 'firefox',
            executablePath: firefoxPath(),
            headless: true,
            extraPrefsFirefox: {
              // No update checks, telemetry or captive-portal probes on a closed network.
              'app.update.enabled': false,
              'network.captive-portal-service.enabled': false,
              'network.connectivity-service.enabled': false,
              'datareporting.policy.dataSubmissionEnabled': false,
              'toolkit.telemetry.enabled': false,
              // Pinned, so that emulateMedia() asking for these is honoured (see firefoxCompatible).
              'layout.css.prefers-color-scheme.content-override': 1,
              'ui.prefersReducedMotion': 0,
            },
          },
          // A test page in a background tab gets no animation frames in Firefox (and the
          // list, the timeline and the tests wait for frames): give each its own window.
          createPage: async ({ context }) => firefoxCompatible(await context.newPage({ type: 'window' })),
          // One file at a time: only one window has the system focus, and keys sent to a page
          // in another one went missing (keyboard tests timed out in full runs).
          concurrency: 1,
        });
      case 'webkit':
        return new WebKitLauncher();
      default:
        throw new Error(`Unknown browser "${engine}" (chromium, firefox, webkit)`);
    }
  });
}

/** The media features Firefox's profile is pinned to (see the prefs above). */
const FIREFOX_MEDIA = { 'prefers-color-scheme': 'light', 'prefers-reduced-motion': 'no-preference' };

/**
 * Fills two gaps of puppeteer over WebDriver BiDi that the tests' commands hit:
 * - its keyboard has no "Space" (CDP's name for the key; BiDi takes the character);
 * - media emulation needs CDP: asking for what the profile is pinned to succeeds,
 *   anything else fails with the reason (tests check `can.emulateMedia` in test/engine.ts).
 */
function firefoxCompatible(page) {
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  page.emulateMediaFeatures = async (features = []) => {
    const other = features.filter((feature) => FIREFOX_MEDIA[feature.name] !== feature.value);
    if (other.length > 0)
      throw new Error(`Firefox over WebDriver BiDi cannot emulate ${other.map((f) => `${f.name}: ${f.value}`).join(', ')} (no CDP); the profile is pinned to light and no-preference`);
  };
  return page;
}

/** A free TCP port on localhost. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `Xvfb` on a free display number; resolves to `:N` once it is accepting clients. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    // -displayfd writes the display number it picked to fd 3 once the server is ready.
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.on('error', (error) => reject(new Error(`Could not start Xvfb (apt-get install xvfb xauth): ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
}

/** Waits until WebKitWebDriver answers on `port`. */
async function waitForDriver(port, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKitWebDriver did not start');
}

/**
 * Starts WebKitWebDriver (on a private Xvfb display unless WISG_WEBKIT_DISPLAY names one).
 * Resolves to its port, the capabilities that drive MiniBrowser, and `stop()`, which ends
 * the processes it started (and only those).
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    // Newest first: the driver, then Xvfb.
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    children.length = 0;
  };
  process.once('exit', stop);
  try {
    const display = process.env.WISG_WEBKIT_DISPLAY || (await startXvfb(children));
    const port = await freePort();
    const driver = spawn(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1' },
      stdio: 'ignore',
    });
    children.push(driver);
    await waitForDriver(port, driver);
    return { port, capabilities: webkitCapabilities(), stop };
  } catch (error) {
    stop();
    throw error;
  }
}

export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
}

/** @web/test-runner-webdriver's launcher, owning its WebKitWebDriver and Xvfb processes. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities() });
    this.name = 'WebKit';
    // One test file at a time, in the top-level page: with concurrency > 1 the launcher runs
    // files in iframes, and WebKitWebDriver cannot switch into them (sendKeys fails with
    // "Invalid frame ID object").
    this.concurrency = 1;
  }

  async initialize(config) {
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
    this.driver$ = await startWebKitDriver();
    this.options.port = this.driver$.port;
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.driver$?.stop();
    }
  }

  /**
   * webdriverio's keys() presses a whole sequence as one chord (every key down, then every
   * key up), and WebKit merges repeated keys: typing "zzz" gave "z". One key at a time —
   * except "Shift+Tab"-style presses, which are the chords classic WebDriver can send
   * instead of sendKeys({ down }) / ({ up }) (see shiftTab() in test/engine.ts).
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
  }
}
