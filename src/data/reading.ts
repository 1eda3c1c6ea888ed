/**
 * What the spreadsheet and IATI readers hand to the one validator: the JSON contract's
 * input, what they found wrong on the way, and where in their file each JSON path came from.
 * So every check and message is the JSON parser's; the readers only translate.
 */
import type { DataIssue, IssueLocation, LanguageTag, ProjectsDocumentInput } from './types.js';

export interface Reading {
  /** The document as the JSON contract has it; absent when the file could not be read at all. */
  readonly input?: ProjectsDocumentInput;
  /** Problems the reader met itself (a broken file, a missing column), already located. */
  readonly issues: readonly DataIssue[];
  /** Where in the file a JSON path of `input` (`projects[3].start`) came from. */
  readonly locate: (path: string) => IssueLocation | undefined;
}

export interface ReadOptions {
  /** The language of texts that do not say theirs (a bare `title` column). Default `ka`. */
  readonly lang?: LanguageTag;
  /** IATI: keep only the activities this organisation (its `ref`) reports or takes part in. */
  readonly organisation?: string | null;
}
