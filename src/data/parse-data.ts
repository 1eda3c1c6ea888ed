/** Any of the three formats in, the model out, synchronously: for Node (the checker) and bundlers. */
import { readCsv } from './csv.js';
import { detectFormat, modelFromReading } from './formats.js';
import { readIati } from './iati.js';
import { parseProjectsJson } from './parse.js';
import type { ReadOptions } from './reading.js';
import type { DataFormat, ProjectsModel } from './types.js';

export interface ParseDataOptions extends ReadOptions {
  /** The format, when known; otherwise detected from `contentType` and the text. */
  readonly format?: DataFormat;
  /** The content type the text was served with (`text/csv; charset=utf-8`). */
  readonly contentType?: string;
}

/** Parses JSON, CSV/TSV or IATI activity XML text into the validated model. Never throws. */
export function parseProjectsData(text: string, options: ParseDataOptions = {}): ProjectsModel {
  const format = options.format ?? detectFormat(text, options.contentType);
  if (format === 'json') return parseProjectsJson(text);
  return modelFromReading(format === 'csv' ? readCsv(text, options) : readIati(text, options));
}

/** Parses CSV or TSV text as spreadsheets write it. */
export function parseProjectsCsv(text: string, options: ReadOptions = {}): ProjectsModel {
  return modelFromReading(readCsv(text, options));
}

/** Parses an IATI activity file (2.0x or 1.0x). */
export function parseProjectsIati(text: string, options: ReadOptions = {}): ProjectsModel {
  return modelFromReading(readIati(text, options));
}
