/**
 * The wording of problems (problem-phrases.ts), loaded on the first problem as a lazy chunk
 * (src/chunks/problems.ts; see src/loading/lazy-chunk.ts), once per page. phrases.ts asks for it.
 */
import type { DataIssue } from '../data/types.js';
import { loadProblemsChunk } from '../loading/lazy-chunk.js';
import type { LoadFailure } from '../loading/shared-fetch.js';

/** What the problems' chunk exports: it has its own copy of msg(), so each call names its language. */
export interface ProblemsChunk {
  issueText(issue: DataIssue, locale: 'ka' | 'en'): string;
  loadError(failure: LoadFailure, locale: 'ka' | 'en'): string;
  /** What a widget with no data source says. */
  idle(locale: 'ka' | 'en'): string;
  /** Why a card shows no project (see problem-phrases.ts). */
  cardNotFound(locale: 'ka' | 'en', id: string, ids: readonly string[], hasErrors: boolean): string;
  /** The summary of the problem report: "Parts of the data could not be shown (3 problems)". */
  issuesSummary(count: number, locale: 'ka' | 'en'): string;
}

let loaded: ProblemsChunk | undefined;

/** The wording, once loaded. */
export const loadedProblems = (): ProblemsChunk | undefined => loaded;

/** For code that has the wording at hand (tests): as if the chunk had been loaded. */
export function useProblems(problems: ProblemsChunk): void {
  loaded = problems;
}

/** Loads the wording. Never rejects: where the chunk cannot be loaded, problems show their codes (and the next call tries again). */
export async function loadProblems(): Promise<void> {
  try {
    loaded ??= (await loadProblemsChunk()).problems;
  } catch {
    // Shown as codes.
  }
}
