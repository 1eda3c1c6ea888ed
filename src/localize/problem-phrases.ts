/**
 * The wording of the JSON contract's problems and of failed requests: what the problem report
 * and the error box say. Only a page with a problem needs it, so the widgets load it as a lazy
 * chunk (src/chunks/problems.ts, through src/localize/problems.ts).
 */
import type { DataIssue } from '../data/types.js';
import type { LoadFailure } from '../loading/shared-fetch.js';
import { msg, str } from './msg.js';

/** What is wrong with a value of the JSON contract (a sheet's or an IATI file's issues are the readers' chunk's). */
export function jsonIssueText(issue: DataIssue): string {
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
    case 'readers':
      return msg('The part of the widgets that reads spreadsheets and IATI files (wisg-widgets-readers.js, next to their script) could not be loaded.');
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
  }
}

/** What a widget with no data source says (a snippet that lost its data on the way into a page). */
export function idleText(): string {
  return msg('No projects to show: this widget needs a src address or the projects’ JSON inside it.');
}

/**
 * Why a card shows no project: `id` is its project-id ('' when it has none), `ids` the data's
 * projects, `hasErrors` whether the wanted project was dropped for errors in the data.
 */
export function cardNotFoundText(id: string, ids: readonly string[], hasErrors: boolean): string {
  const list = ids.join(', ');
  if (!id) return ids.length === 0 ? msg('The data has no projects.') : msg(str`Choose the project to show with the project-id attribute: ${list}.`);
  if (hasErrors) return msg(str`The project “${id}” has errors in the data and cannot be shown.`);
  return msg(str`There is no project “${id}” in the data. Its projects: ${list}.`);
}

/** The summary of the problem report under a widget's projects. */
export function issuesSummaryText(count: number): string {
  return count === 1 ? msg('Part of the data could not be shown (1 problem)') : msg(str`Parts of the data could not be shown (${count} problems)`);
}
