// The formats section of `npm run bench`: bytes in hand → projects painted, for the same
// generated projects given to our list and timeline as JSON text, as a CSV sheet (the package's
// own projectsToCsv) and as an IATI 2.03 activity file (bench/iati.mjs), each as the inline
// <script type="…"> child an editor pastes (pages/formats.html). Issue 13's target: CSV and IATI
// within 2× of JSON.
//
// Each run is a fresh browser context and page. "preloaded": the readers' chunk is imported
// before the clock starts (on every page, JSON's too), so the figure is reading + validating +
// rendering. "first call": a page where it is not, so the element loads the chunk on first use
// (from the local server, unthrottled): what the first widget on a real page pays.
import { writeFileSync } from 'node:fs';
import { parseProjects, projectsToCsv } from '../dist/lib/data.js';
import { projectsToIati } from './iati.mjs';
import { benchPage } from './load.mjs';

export const FORMATS = ['json', 'csv', 'iati'];
export const FORMAT_WIDGETS = ['list', 'timeline'];
export const FORMAT_SIZES = [1000];
export const FORMAT_MODES = ['preloaded', 'first'];
/** Issue 13: a sheet or an IATI file paints within 2× of the same projects as JSON. */
export const FORMAT_TARGET = 2;

/** The bench-data files of the formats section for these projects: path → text. */
export function formatFiles(projects, today) {
  const size = projects.length;
  const model = parseProjects(projects);
  return new Map([
    [`/bench-data/${size}.json`, JSON.stringify(projects)],
    [`/bench-data/${size}.csv`, projectsToCsv(model.projects)],
    [`/bench-data/${size}.iati.xml`, projectsToIati(model, { today })],
  ]);
}

/**
 * One page: `widget` given `size` projects as `format`, with the readers preloaded or not (`mode`).
 * `profile` (run.mjs's --profile formats-WIDGET-FORMAT:SIZE[:MODE], mode default preloaded): the
 * file to write a CPU profile (100 µs sampling) of this render to, when this is that page.
 */
export async function formatOnce(browser, origin, { widget, format, size, mode }, { cap, profile }) {
  const context = await browser.createBrowserContext();
  const result = { widget, format, size, mode };
  try {
    const { page, errors } = await benchPage(context, origin);
    await page.goto(`${origin}/bench/pages/formats.html?widget=${widget}&format=${format}&size=${size}&preload=${mode === 'preloaded' ? 1 : 0}`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true', { timeout: 30_000 });
    await page.evaluate(() => window.bench.setup());
    const [lib, n, phase = 'preloaded'] = (profile?.option ?? '').split(':');
    const cdp = lib === `formats-${widget}-${format}` && Number(n) === size && phase === mode ? await page.createCDPSession() : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const render = await Promise.race([page.evaluate(() => window.bench.render()), new Promise((_, reject) => setTimeout(() => reject(new Error(`render: more than ${cap} s`)), cap * 1000).unref())]);
    if (cdp) {
      const file = `${profile.base}-${widget}-${format}-${size}-${mode}.cpuprofile`;
      writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      console.log(`  (CPU profile of the render: ${file} — node bench/profile-summary.mjs ${file})`);
    }
    result.render = render.first;
    result.complete = render.complete;
    Object.assign(result, await page.evaluate(() => window.benchShown()));
    if (errors.length) result.errors = errors;
  } catch (error) {
    result.error = String(error.message ?? error).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}
