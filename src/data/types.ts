/**
 * The project data contract, v1.
 *
 * Two layers of types:
 * - `*Input` types describe the JSON a site publishes (see `schema/projects.schema.json`);
 * - the plain types (`Project`, `Activity`, …) describe the validated, normalised model
 *   that `parseProjects()` returns and that every element renders.
 */

/** A BCP 47 language tag, e.g. `ka` or `en`. */
export type LanguageTag = string;

/** A text as published: a plain string (in the document's `lang`), or one string per language. */
export type TextInput = string | { readonly [lang: LanguageTag]: string };

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type DateInput = string;

export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed', 'suspended', 'cancelled'] as const;
/** A project's state; maps onto IATI ActivityStatus 1, 2, 3 (or 4), 6, 5. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface OrganisationInput {
  readonly name: TextInput;
  readonly url?: string;
}

/** An activity: a text, or a text with sub-items. */
export type ActivityInput = TextInput | { readonly text: TextInput; readonly items?: readonly ActivityInput[] };

export interface ProjectInput {
  readonly id: string;
  readonly title: TextInput;
  readonly start: DateInput;
  readonly end?: DateInput | null;
  readonly goal?: TextInput;
  readonly activities?: readonly ActivityInput[];
  readonly implementers?: readonly OrganisationInput[];
  readonly funders?: readonly OrganisationInput[];
  readonly url?: string;
  readonly status?: ProjectStatus;
}

export interface ProjectsDocumentInput {
  readonly lang?: LanguageTag;
  readonly projects: readonly ProjectInput[];
}

/** What `src`, `data` or an inline JSON child may hold. */
export type ProjectsInput = ProjectsDocumentInput | readonly ProjectInput[];

// ---------------------------------------------------------------------------
// The normalised model

/** A text in one or more languages: language tag (lower case) → non-empty string. */
export type LocalizedText = Readonly<Record<LanguageTag, string>>;

/** A date with the precision it was given in. */
export interface PartialDate {
  readonly year: number;
  /** 1–12, absent for year precision. */
  readonly month?: number;
  /** 1–31, absent for month or year precision. */
  readonly day?: number;
  /** The date as given, normalised: `2023`, `2023-08`, `2023-08-24`. */
  readonly iso: string;
}

export interface Organisation {
  readonly name: LocalizedText;
  /** An http(s) URL, already checked. */
  readonly url?: string;
}

export interface Activity {
  readonly text: LocalizedText;
  readonly items: readonly Activity[];
}

export interface Project {
  readonly id: string;
  readonly title: LocalizedText;
  readonly start: PartialDate;
  /** Absent: open-ended. */
  readonly end?: PartialDate;
  /** Paragraphs are separated by blank lines; see `paragraphs()`. */
  readonly goal?: LocalizedText;
  readonly activities: readonly Activity[];
  readonly implementers: readonly Organisation[];
  readonly funders: readonly Organisation[];
  /** The project's own page: an http(s) URL, already checked. */
  readonly url?: string;
  /** An explicit status from the data; otherwise the status follows the dates (see `projectStatus`). */
  readonly status?: ProjectStatus;
}

/** Why a part of the data could not be used. Messages are made from it in the user's language. */
export type IssueCode =
  | 'no-data'
  | 'not-json'
  | 'not-a-document'
  | 'projects-not-a-list'
  | 'bad-language'
  | 'not-an-object'
  | 'missing'
  | 'not-a-string'
  | 'empty'
  | 'not-a-text'
  | 'bad-language-tag'
  | 'not-a-date'
  | 'end-before-start'
  | 'duplicate-id'
  | 'not-a-list'
  | 'not-a-url'
  | 'unsafe-url'
  | 'bad-status'
  | 'too-deep'
  // Spreadsheets (CSV/TSV) and IATI activity XML:
  | 'no-column'
  | 'unclosed-quote'
  | 'not-xml'
  | 'not-iati'
  | 'no-activity-for-organisation';

/**
 * Where an issue is in a spreadsheet or an IATI file, in the terms its editor knows.
 * - `cell`: row `row` of the sheet (1 is the header row), in the column headed `column`
 *   (its letter is `cell`'s: `D4`); no `cell` for the whole row.
 * - `activity`: the `index`th `<iati-activity>` of the file (from 1), with its
 *   `iati-identifier` when it has one, and the IATI element the problem is in.
 */
export type IssueLocation =
  | { readonly kind: 'cell'; readonly row: number; readonly column?: string; readonly cell?: string }
  | { readonly kind: 'activity'; readonly index: number; readonly id?: string; readonly element?: string };

export interface DataIssue {
  readonly code: IssueCode;
  /** Where, as a JSON path from the document: `projects[3].start`; empty for the whole document. */
  readonly path: string;
  /** The offending value, shortened for display, when there is one worth showing. */
  readonly value?: string;
  /** The id of the project the issue is in, when it could be read. */
  readonly projectId?: string;
  /** For `not-json` and `not-xml`: where the text stops making sense (1-based). */
  readonly position?: { readonly line: number; readonly column: number };
  /**
   * What was given up: `document` (nothing could be shown), `project` (that project is left out)
   * or `field` (that field is left out; the project is shown without it).
   */
  readonly dropped: 'document' | 'project' | 'field';
  /** Where it is in a spreadsheet or an IATI file (then `path` is the JSON path of what was read from there). */
  readonly at?: IssueLocation;
}

/** The formats `src` and inline data may be in. */
export type DataFormat = 'json' | 'csv' | 'iati';

export interface ProjectsModel {
  /** The language of plain-string texts in the source. */
  readonly lang: LanguageTag;
  /** The projects that passed validation, in source order. */
  readonly projects: readonly Project[];
  /** Everything that was wrong, in source order. Empty when the data is clean. */
  readonly issues: readonly DataIssue[];
}
