// Tests run in Debian's Chromium (CHROME_PATH overrides); no browser is downloaded.
// `npm run test:all` adds Firefox and WebKit (see test/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browsersFor } from './test/browsers.mjs';
import { cdpMediaPlugin } from './test/server/cdp-media.mjs';
import { clipboardPermissionPlugin } from './test/server/clipboard-permission.mjs';
import { testRoutes } from './test/server/test-routes.mjs';

const engines = (process.env.WISG_BROWSERS ?? 'chromium').split(',');

export default {
  rootDir: '.',
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: true,
  // Misbehaving endpoints for the network tests, all under /__test__/ (see test/server/test-routes.mjs).
  middleware: [testRoutes],
  // a11ySnapshot(): tests read accessible names from the browser's accessibility tree.
  // forcedColors(), emulateMediaOverCdp(): media emulation over CDP (test/server/cdp-media.mjs).
  // grant-clipboard: the Clipboard API granted in Chromium (test/server/clipboard-permission.mjs).
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), a11ySnapshotPlugin(), cdpMediaPlugin(), clipboardPermissionPlugin()],
  browsers: browsersFor(engines),
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A file may run long on two cores: xss.test.ts (every payload through every field, with the problems' chunk
  // loaded for each bad document) passed 180 s in Chromium in CI, with nothing else running.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10_000 } },
};
