/**
 * The one-script-tag bundles (dist/wisg-widgets.js and .iife.js): define the three elements
 * and export their classes. The data layer is left to the npm package's `data` entry: a page
 * that includes the script uses the elements, and the exports would only add weight.
 */
export { WisgProjectCard } from './wisg-project-card.js';
export { WisgProjectList } from './wisg-project-list.js';
export { WisgTimeline } from './wisg-timeline.js';
export { WisgElement } from './shared/widget-element.js';
export { VERSION } from './version.js';
