/** The spreadsheet and IATI readers, loaded on first use (see lazy-chunk.ts and src/chunks/readers.ts). */
import { modelFromReading } from '../data/formats.js';
import type { Reading, ReadOptions } from '../data/reading.js';
import type { DataIssue, ProjectsModel } from '../data/types.js';
import { loadChunk } from './lazy-chunk.js';

/** What the readers' chunk exports. */
export interface ReadersChunk {
  readCsv(text: string, options?: ReadOptions): Reading;
  readIati(text: string, options?: ReadOptions): Reading;
  withoutCmsMarkup(text: string): string;
  /** How the issues the readers find are worded (src/localize/phrases.ts asks for it). */
  readonly issuePhrases: {
    place(issue: DataIssue, locale: 'ka' | 'en'): string;
    text(issue: DataIssue, locale: 'ka' | 'en', jsonText: (issue: DataIssue) => string): string | undefined;
  };
}

let loaded: ReadersChunk | undefined;

/** The readers, once loaded: what they found is worded by them. */
export const loadedReaders = (): ReadersChunk | undefined => loaded;

/** For code that has the readers at hand (Node, tests): as if the chunk had been loaded. */
export function useReaders(readers: ReadersChunk): void {
  loaded = readers;
}

/**
 * The model from CSV/TSV (`csv`) or IATI XML (`iati`) text; `pasted`: inline text, which a CMS may have
 * marked up. Rejects with a ChunkLoadError when the readers cannot be loaded.
 */
export async function readWithReaders(text: string, format: 'csv' | 'iati', options: ReadOptions, pasted = false): Promise<ProjectsModel> {
  const readers = (loaded = await loadChunk('readers', () => import('../chunks/readers.js')));
  if (pasted) text = readers.withoutCmsMarkup(text);
  return modelFromReading(format === 'csv' ? readers.readCsv(text, options) : readers.readIati(text, options));
}
