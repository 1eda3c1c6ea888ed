// `npm test` starts here (npm's pretest): without the browsers the suite needs, it stops at once
// with one line saying what to install, instead of failing test by test minutes later.
import { browsersMissing } from './browsers.mjs';

const missing = browsersMissing((process.env.WISG_BROWSERS ?? 'chromium').split(','));
if (missing) {
  console.error(`npm test: ${missing}`);
  process.exit(1);
}
