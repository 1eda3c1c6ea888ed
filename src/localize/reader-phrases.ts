/**
 * The wording only spreadsheets and IATI files need: where a problem is in the file ("Row 4
 * (cell D4), column “start”", "Activity 3 (XM-…), title") and the readers' own problems. It
 * travels with the readers' lazy chunk (src/chunks/readers.ts), in both languages.
 */
import type { DataIssue } from '../data/types.js';
import { msg, str } from './msg.js';

/** The codes only the readers report. */
export const READER_CODES: ReadonlySet<string> = new Set(['no-column', 'unclosed-quote', 'not-xml', 'not-iati', 'no-activity-for-organisation']);

/** Where the issue is, in the terms of its file: a sheet's row and cell, an IATI activity. */
export function readerIssuePlace(issue: DataIssue): string {
  const at = issue.at;
  if (!at) return issue.path;
  if (at.kind === 'activity') {
    const { index, id, element } = at;
    const activity = id ? msg(str`Activity ${index} (${id})`) : msg(str`Activity ${index}`);
    return element ? `${activity}, ${element}` : activity;
  }
  const { row, cell, column } = at;
  if (column) return msg(str`Row ${row} (cell ${cell}), column “${column}”`);
  return cell ? msg(str`Row ${row} (cell ${cell})`) : msg(str`Row ${row}`);
}

/**
 * What is wrong, for a problem found in a sheet or an IATI file; `jsonText` words the JSON
 * contract's problems. Undefined for an issue that is not the readers' own.
 */
export function readerIssueText(issue: DataIssue, jsonText: (issue: DataIssue) => string): string | undefined {
  if (!issue.at && !READER_CODES.has(issue.code)) return undefined;
  let value = issue.value ?? '';
  // A sheet's or an IATI file's editor never wrote JSON: their texts are quoted as texts are.
  if (value.startsWith('"')) {
    try {
      const text = JSON.parse(value) as string;
      value = msg(str`“${text}”`, { desc: 'A quoted text from a spreadsheet or an IATI file' });
    } catch {
      // Shown as it is.
    }
  }
  switch (issue.code) {
    case 'not-a-date':
      return issue.at?.kind === 'cell' ? msg(str`${value} is not a date (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY).`) : jsonText({ ...issue, value });
    case 'no-column':
      return msg(str`The sheet has no ${value} column. Its first row names the columns: id, title, start, end, status, goal, activities, implementers, funders, url.`);
    case 'unclosed-quote':
      return msg('a quoted cell is not closed: everything after its opening quote was read into it.');
    case 'not-xml': {
      const line = issue.position?.line ?? 1;
      const column = issue.position?.column ?? 1;
      return msg(str`The data is not valid XML (line ${line}, column ${column}).`);
    }
    case 'not-iati':
      return msg(str`This XML is not an IATI activity file: its root element is ${value}, not <iati-activities>.`);
    case 'no-activity-for-organisation':
      return msg(str`No activity in the file is reported by the organisation ${value} or has it as a participant.`);
    default:
      return jsonText({ ...issue, value });
  }
}
