/**
 * The problems' lazy chunk (dist/wisg-widgets-problems.js; see src/loading/lazy-chunk.ts): the
 * wording of the JSON contract's problems and of failed requests, in both languages, for the
 * problem report, the error box and wisg-error's message, and the scanner that finds where JSON text
 * stops being JSON. A page whose data is fine never loads it.
 */
import type { ProblemsChunk } from '../localize/problems.js';
import { locateJsonError } from '../data/json-position.js';
import { renderInLocale } from '../localize/msg.js';
import { describeLoadError, jsonIssueText } from '../localize/problem-phrases.js';

export const problems: ProblemsChunk = {
  issueText: (issue, locale) => renderInLocale(locale, () => jsonIssueText(issue)),
  loadError: (failure, locale) => renderInLocale(locale, () => describeLoadError(failure)),
};

/** Where a JSON text stops being JSON (src/loading/project-data-controller.ts asks for it). */
export { locateJsonError };
