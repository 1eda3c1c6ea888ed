/**
 * The npm package's `data` entry (`@wisg/widgets/data.js`): the data layer, no DOM, for Node
 * (the `check` and `convert` commands) and bundlers. Beyond src/data/index.ts it reads all three
 * formats at once, not as a lazy chunk, and words problems in ka or en exactly as the widgets
 * do: through the same phrases and the same two chunks, handed to them at hand instead of loaded.
 */
import { issuePhrases, readCsv, readIati, withoutCmsMarkup } from './chunks/readers.js';
import { problems } from './chunks/problems.js';
import type { DataIssue } from './data/types.js';
import { useReaders } from './loading/readers.js';
import { renderInLocale, type Locale } from './localize/msg.js';
import { describeIssue as describe } from './localize/phrases.js';
import { checkSummary as summary, type CheckCounts } from './localize/check-phrases.js';
import { useProblems } from './localize/problems.js';

export * from './data/index.js';
export { parseProjectsData, parseProjectsCsv, parseProjectsIati } from './data/parse-data.js';
export type { ParseDataOptions } from './data/parse-data.js';
export type { ReadOptions } from './data/reading.js';
export { detectFormat } from './data/formats.js';
export { projectsToJson } from './data/json-write.js';
export { projectsToCsv } from './data/csv-write.js';
export type { CsvWriteOptions } from './data/csv-write.js';
export type { Locale } from './localize/msg.js';
export type { CheckCounts } from './localize/check-phrases.js';

/**
 * A problem as the widgets' problem report says it, in `locale`: `projects[3].start: …`, in a
 * sheet `Row 4 (cell D4), column “start”: “31.02.2023” is not a date (…)`.
 */
export function describeIssue(issue: DataIssue, locale: Locale = 'en'): string {
  // Here, not at the top: a bundler may drop a side-effect-free module's top-level calls.
  useReaders({ readCsv, readIati, issuePhrases, withoutCmsMarkup });
  useProblems(problems);
  return renderInLocale(locale, () => describe(issue));
}

/** Whether the problem costs a project or the whole document (not only a field of a project shown). */
export const isError = (issue: DataIssue): boolean => issue.dropped !== 'field';

/** The `check` command's summary line in `locale`: "9 projects read, 2 problems (1 error)." */
export function checkSummary(counts: CheckCounts, locale: Locale = 'en'): string {
  return renderInLocale(locale, () => summary(counts));
}
