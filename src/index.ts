/**
 * @wisg/widgets: defines <wisg-project-list>, <wisg-project-card> and <wisg-timeline>,
 * and exports their classes, the data layer and the event types.
 */
export { WisgProjectCard } from './wisg-project-card.js';
export { WisgProjectList } from './wisg-project-list.js';
export { WisgTimeline } from './wisg-timeline.js';
export { WisgElement } from './shared/widget-element.js';
export type { WisgLoadDetail, WisgErrorDetail, WisgProjectSelectDetail, WisgLoadEvent, WisgErrorEvent, WisgProjectSelectEvent, WisgEventMap } from './shared/events.js';
export * from './data/index.js';
export { VERSION } from './version.js';
