/**
 * The pager's lazy chunk (dist/wisg-widgets-pager.js; see src/loading/lazy-chunk.ts): a long result
 * a page at a time, for a list with more results than it renders at once (src/list/project-list.ts).
 * A list of up to `ALL_AT_ONCE` projects never loads it.
 */
export { PagerController } from '../shared/pager-controller.js';
