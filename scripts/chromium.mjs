// Debian's Chromium (CHROME_PATH overrides; nothing here downloads a browser), started the one way
// every script, bench and test starts it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/** Keep Chromium from stalling on a closed network, and let it run as root (no sandbox). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** CHROMIUM_FLAGS, headless. */
export const HEADLESS_CHROMIUM_ARGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** Headless Chromium through puppeteer-core; `args` are added to the common ones. */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, ...options, args: [...HEADLESS_CHROMIUM_ARGS, ...args] });
}

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Georgian text is laid out in Noto Sans Georgian (fonts-noto-core), as on Georgian sites; without it, boxes or another font's widths. */
function hasGeorgianFont() {
  const fcList = spawnSync('fc-list', [':family=Noto Sans Georgian', 'family'], { encoding: 'utf8' });
  if (!fcList.error) return fcList.stdout.trim() !== '';
  return existsSync('/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf');
}

/** Why Chromium cannot run the tests here, as one line saying what to install; undefined when it can. */
export function chromiumMissing() {
  if (!executable(chromiumPath())) return `No Chromium at ${chromiumPath()}: apt-get install chromium fonts-noto-core (or CHROME_PATH=/path/to/chromium-or-chrome)`;
  if (!hasGeorgianFont()) return 'No Noto Sans Georgian font (Georgian text would be laid out in another): apt-get install fonts-noto-core';
  return undefined;
}
