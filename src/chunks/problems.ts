/**
 * The problems' lazy chunk (dist/wisg-widgets-problems.js; see src/loading/lazy-chunk.ts): the
 * wording of the JSON contract's problems and of failed requests, in both languages, for the
 * problem report, the error box and wisg-error's message, and the scanner that finds where JSON text
 * stops being JSON. A page whose data is fine never loads it.
 */
import type { ProblemsChunk } from '../localize/problems.js';
import { withoutCmsMarkup } from '../data/cms-markup.js';
import { locateJsonError } from '../data/json-position.js';
import { renderInLocale } from '../localize/msg.js';
import { cardNotFoundText, describeLoadError, idleText, issuesSummaryText, jsonIssueText } from '../localize/problem-phrases.js';

export const problems: ProblemsChunk = {
  issueText: (issue, locale) => renderInLocale(locale, () => jsonIssueText(issue)),
  loadError: (failure, locale) => renderInLocale(locale, () => describeLoadError(failure)),
  idle: (locale) => renderInLocale(locale, idleText),
  cardNotFound: (locale, id, ids, hasErrors) => renderInLocale(locale, () => cardNotFoundText(id, ids, hasErrors)),
  issuesSummary: (count, locale) => renderInLocale(locale, () => issuesSummaryText(count)),
};

/**
 * Where a JSON text stops being JSON, and inline JSON without the markup a CMS put between its
 * lines (src/loading/project-data-controller.ts asks for both when a text is not JSON).
 */
export { locateJsonError, withoutCmsMarkup };
