// A new user's first `npm test` on a machine without the browsers (npm's pretest, test/preflight.mjs):
// it stops at once, with one line saying what to install.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PREFLIGHT = fileURLToPath(new URL('../preflight.mjs', import.meta.url));
const run = (env) => spawnSync(process.execPath, [PREFLIGHT], { env: { ...process.env, ...env }, encoding: 'utf8' });

test('without Chromium: exit 1 and the one apt-get line, nothing else', () => {
  const result = run({ CHROME_PATH: '/nonexistent/chromium', WISG_BROWSERS: 'chromium' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, 'npm test: No Chromium at /nonexistent/chromium: apt-get install chromium fonts-noto-core (or CHROME_PATH=/path/to/chromium-or-chrome)\n');
});

test('an engine that is missing or unknown is named with what to install, on the same line', () => {
  const result = run({ FIREFOX_PATH: '/nonexistent/firefox', WISG_BROWSERS: 'firefox,safari' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^npm test: No Firefox at \/nonexistent\/firefox: apt-get install firefox-esr .*; Unknown browser "safari" .*\n$/);
});

test('with the browsers this machine has (the suite needs them anyway): silent, exit 0', () => {
  const result = run({ WISG_BROWSERS: 'chromium' });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});
