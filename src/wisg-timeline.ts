/** Defines `<wisg-timeline>` (`@wisg/widgets/timeline.js`); the class alone, defining nothing, is `@wisg/widgets/timeline.class.js`. */
import { WisgTimeline } from './timeline/timeline.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-timeline', WisgTimeline);

export { WisgTimeline };
