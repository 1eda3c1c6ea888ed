/**
 * Which format data is in, and the model from what a spreadsheet or IATI reader read.
 * Small, and free of the readers themselves: the widgets load those on first use.
 */
import { parseProjects } from './parse.js';
import type { Reading } from './reading.js';
import type { DataFormat, ProjectsModel } from './types.js';

/**
 * The format of `text`, by its content type and by the content itself (never by a file
 * name): a CSV or TSV type is a sheet whatever it holds; otherwise a text that opens with
 * `<` is XML (IATI) unless a JSON type says it is JSON that a CMS wrapped in `<p>`, with `{` or `[` JSON; then a JSON or XML type decides; the rest is a sheet
 * (what Google Sheets, LibreOffice and Excel export, also as text/plain or without a type).
 */
export function detectFormat(text: string, contentType = ''): DataFormat {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (/csv|tab-separated/.test(type)) return 'csv';
  const opening = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  // JSON pasted into a CMS may open with the paragraph or line break it added (see cms-markup.ts), or
  // with the end of the paragraph wpautop opened before the script tag (WordPress's classic editor):
  // <p>, </p>, <br> (no IATI file opens with a b or p element).
  if (opening === '<') return /json/.test(type) && /^\uFEFF?\s*<\/?[pb]/i.test(text) ? 'json' : 'iati';
  if (opening === '{' || opening === '[') return 'json';
  if (/json/.test(type)) return 'json';
  if (/xml/.test(type)) return 'iati';
  return 'csv';
}

/**
 * The model from a reader's reading: the JSON contract's validation of what it read, each
 * problem located in the reader's file (row and cell, activity), after the reader's own problems.
 */
export function modelFromReading(reading: Reading): ProjectsModel {
  if (!reading.input) return { lang: 'ka', projects: [], issues: reading.issues };
  const model = parseProjects(reading.input);
  const issues = model.issues.map((issue) => {
    const at = reading.locate(issue.path);
    return at ? { ...issue, at } : issue;
  });
  return { ...model, issues: [...reading.issues, ...issues] };
}
