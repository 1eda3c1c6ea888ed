/** Defines `<wisg-timeline>`. Import `@wisg/widgets/timeline.js` for the class alone. */
import { WisgTimeline } from './timeline/timeline.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-timeline', WisgTimeline);

export { WisgTimeline };
