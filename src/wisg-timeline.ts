/** Defines `<wisg-timeline>`. (`@wisg/widgets/timeline.js`); `@wisg/widgets/timeline.class.js` is the class alone. */
import { WisgTimeline } from './timeline/timeline.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-timeline', WisgTimeline);

export { WisgTimeline };
