/**
 * The readers' lazy chunk (dist/wisg-widgets-readers.js; see src/loading/lazy-chunk.ts): the
 * spreadsheet and IATI readers, and the wording of the problems they find, in both languages.
 * A chunk is an entry point of its own: it may use every layer.
 */
import { withoutCmsMarkupIfAny } from '../data/cms-markup.js';
import { readCsv } from '../data/csv.js';
import { readIati } from '../data/iati.js';
import type { DataIssue } from '../data/types.js';
import type { ReadersChunk } from '../loading/readers.js';
import { renderInLocale, type Locale } from '../localize/msg.js';
import { readerIssuePlace, readerIssueText } from '../localize/reader-phrases.js';

/** Inline sheets pasted into a CMS lose the markup it put between their lines (see cms-markup.ts). */
export { readCsv, readIati, withoutCmsMarkupIfAny as withoutCmsMarkup };

/** Words issues found in a sheet or an IATI file in `locale` (the chunk has its own copy of msg()). */
export const issuePhrases: ReadersChunk['issuePhrases'] = {
  place: (issue: DataIssue, locale: Locale) => renderInLocale(locale, () => readerIssuePlace(issue)),
  text: (issue: DataIssue, locale: Locale, jsonText: (issue: DataIssue) => string) => renderInLocale(locale, () => readerIssueText(issue, jsonText)),
};
