/** The data layer: no DOM, usable in Node for validation and conversion. */
export * from './types.js';
export { parseProjects, parseProjectsJson, isFatal, MAX_ACTIVITY_DEPTH } from './parse.js';
export { parsePartialDate, formatDate, projectStatus, isActiveInYear, dayNumber, firstDay, lastDay, isoDayNumber, todayIso } from './dates.js';
export type { DateLocale } from './dates.js';
export { chooseText, primaryLanguage, paragraphs } from './text.js';
export type { ChosenText } from './text.js';
export { checkUrl } from './url.js';
export { withoutCmsMarkup } from './cms-markup.js';
export { foldForSearch, queryWords, searchableText, matchesQuery, matchesInActivitiesOnly, queryProjects, sortProjects, projectYears, SORT_ORDERS } from './search.js';
export type { SortOrder, ProjectQuery } from './search.js';
