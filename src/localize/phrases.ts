/**
 * Interface wording shared by the elements. Call these while rendering (inside
 * `renderInLocale`), so that `msg()` answers in the element's language.
 */
import { firstDay, formatDate } from '../data/dates.js';
import type { DataIssue, Project, ProjectStatus } from '../data/types.js';
import { loadedReaders } from '../loading/readers.js';
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

function jsonIssueText(issue: DataIssue): string {
  const value = issue.value ?? '';
  switch (issue.code) {
    case 'no-data':
      return msg('The data is empty.');
    case 'not-json': {
      const line = issue.position?.line ?? 1;
      const column = issue.position?.column ?? 1;
      return msg(str`The data is not valid JSON (line ${line}, column ${column}).`);
    }
    case 'not-a-document':
      return msg(str`Expected an object with a "projects" list, or a list of projects; got ${value}.`);
    case 'projects-not-a-list':
      return msg(str`${value} is not a list of projects.`);
    case 'bad-language':
      return msg(str`${value} is not a language tag such as "ka" or "en"; plain texts are read as Georgian.`);
    case 'not-an-object':
      return msg(str`${value} is not an object.`);
    case 'missing':
      return msg('required, but missing.');
    case 'not-a-string':
      return msg(str`${value} is not a string.`);
    case 'empty':
      return msg('is empty.');
    case 'not-a-text':
      return msg(str`${value} is not a text (a string, or strings by language).`);
    case 'bad-language-tag':
      return msg(str`${value} is not a language tag.`);
    case 'not-a-date':
      return msg(str`${value} is not a date (YYYY-MM-DD, YYYY-MM or YYYY).`);
    case 'end-before-start':
      return msg(str`the end, ${value}, is before the start.`);
    case 'duplicate-id':
      return msg(str`${value} is already the id of an earlier project.`);
    case 'not-a-list':
      return msg(str`${value} is not a list.`);
    case 'not-a-url':
      return msg(str`${value} is not a web address.`);
    case 'unsafe-url':
      return msg(str`${value} is not an http(s) address, so it is not linked.`);
    case 'bad-status':
      return msg(str`${value} is not a status (planned, ongoing, completed, suspended, cancelled).`);
    case 'too-deep':
      return msg('sub-items are nested too deeply (at most 3 levels).');
    default:
      // The readers' own codes, worded by their chunk (src/chunks/readers.ts).
      return issue.code;
  }
}

/** The second line of a load failure: what went wrong, in the visitor's words. */
export function describeLoadError(failure: LoadFailure): string {
  switch (failure.kind) {
    case 'http': {
      const { status } = failure;
      return status === 404 ? msg('The data file was not found (HTTP 404).') : msg(str`The server answered with an error (HTTP ${status}).`);
    }
    case 'timeout': {
      const seconds = Math.round(failure.timeoutMs / 100) / 10;
      return seconds === 1 ? msg('The server did not answer within 1 second.') : msg(str`The server did not answer within ${seconds} seconds.`);
    }
    case 'too-large': {
      const megabytes = Math.round(failure.maxBytes / 1024 / 1024);
      return msg(str`The data file is larger than ${megabytes} MB.`);
    }
    case 'content-type': {
      const type = failure.contentType;
      return msg(str`The server sent a web page (${type}), not JSON data.`);
    }
    case 'network':
      return msg('The network request failed. Check the connection and the address.');
    case 'readers':
      return msg('The part of the widgets that reads spreadsheets and IATI files (wisg-widgets-readers.js, next to their script) could not be loaded.');
  }
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
