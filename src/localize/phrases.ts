/**
 * Interface wording shared by the elements. Call these while rendering (inside
 * `renderInLocale`), so that `msg()` answers in the element's language.
 */
import { firstDay, formatDate } from '../data/dates.js';
import type { DataIssue, Project, ProjectStatus } from '../data/types.js';
import { loadedReaders } from '../loading/readers.js';
import { loadedProblems } from './problems.js';
import type { LoadFailure } from '../loading/shared-fetch.js';
import { currentLocale, msg, str, type Locale } from './msg.js';

export function statusLabel(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned');
    case 'ongoing':
      return msg('Ongoing');
    case 'completed':
      return msg('Completed');
    case 'suspended':
      return msg('Suspended');
    case 'cancelled':
      return msg('Cancelled');
  }
}

/** "9 projects" / "9 პროექტი" (Georgian keeps the noun singular after a number). */
export function projectCount(count: number): string {
  return count === 1 ? msg(str`${count} project`) : msg(str`${count} projects`);
}

/** Where an open-ended period ends, in words. */
export function openEnd(started: boolean): string {
  return started ? msg('present', { desc: 'End of an open-ended period that has begun: "1 October 2022 – present"' }) : msg('no end date');
}

/**
 * "projects[3].start: "2023-13-01" is not a date (…)" — the path stays as written in the data;
 * in a sheet "Row 4 (cell D4), column “start”: …", in an IATI file "Activity 3 (XM-…), title: …".
 */
export function describeIssue(issue: DataIssue): string {
  const text = issueText(issue);
  const place = issuePlace(issue);
  return place ? `${place}: ${text}` : text;
}

/** Where the issue is, in the terms of its file: a JSON path, a sheet's row and cell, an IATI activity. */
export function issuePlace(issue: DataIssue): string {
  const readers = loadedReaders();
  return issue.at && readers ? readers.issuePhrases.place(issue, currentLocale()) : issue.path;
}

/** What is wrong, without the path. */
export function issueText(issue: DataIssue): string {
  // A sheet's or an IATI file's issues (and the readers' own codes) are worded by the readers' chunk.
  return loadedReaders()?.issuePhrases.text(issue, currentLocale(), jsonIssueText) ?? jsonIssueText(issue);
}

/** The JSON contract's problems, worded by the problems' chunk once it is in (until then, or without it, the code). */
function jsonIssueText(issue: DataIssue): string {
  return loadedProblems()?.issueText(issue, currentLocale()) ?? issue.code;
}

/** The second line of a load failure: what went wrong, in the visitor's words, once the problems' chunk is in. */
export function describeLoadError(failure: LoadFailure): string {
  // A host that copied only the bundle has neither chunk: the file to put next to it is named without one.
  return loadedProblems()?.loadError(failure, currentLocale()) ?? (failure.kind === 'readers' ? msg('wisg-widgets-readers.js could not be loaded.') : failure.kind);
}

// ---------------------------------------------------------------------------
// Words the elements and the static rendering (src/render/) both show: one place, so they cannot drift.

export function goalHeading(): string {
  return msg('Project goal');
}

export function activitiesHeading(): string {
  return msg('Project activities');
}

export function implementersHeading(count: number): string {
  return count === 1 ? msg('Implementer') : msg('Implementers');
}

export function fundersHeading(count: number): string {
  return count === 1 ? msg('Funder') : msg('Funders');
}

export function projectPageLink(): string {
  return msg('Project page');
}

/** A card's link to the project's own address on the page (`#<project id>`). */
export function projectAddressLink(): string {
  return msg('Link to this project');
}

/** The copy button beside it. */
export function copyLinkLabel(): string {
  return msg('Copy link');
}

export function timelineCaption(): string {
  return msg('Project timeline');
}

/** The list's count line: "9 projects", or with a search or filter "5 of 9 projects" / "No projects found". */
export function listCount(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return projectCount(total);
  return shown ? msg(str`${shown} of ${total} projects`) : msg('No projects found');
}

/** The timeline's line under its heading: "2021–2026 · 9 projects". */
export function timelineSummary(fromYear: number, toYear: number, count: number): string {
  return `${fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`} · ${projectCount(count)}`;
}

/** A period's two ends in words: "1 ოქტომბერი 2022" and "30 ნოემბერი 2024", or an open end ("present"). */
export function periodEnds(project: Project, locale: Locale, today: number): { start: string; end: string } {
  return { start: formatDate(project.start, locale), end: project.end ? formatDate(project.end, locale) : openEnd(today >= firstDay(project.start)) };
}
