// The browsers the test runner drives: Debian's own builds, never downloaded ones.
import { chromeLauncher } from '@web/test-runner-chrome';

/** Flags that keep headless Chromium from stalling on a closed network (and from needing a sandbox as root). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export function browsersFor(engines) {
  return engines.map((engine) => {
    switch (engine.trim()) {
      case 'chromium':
        return chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS } });
      default:
        throw new Error(`Unknown browser "${engine}" (chromium, firefox, webkit)`);
    }
  });
}
