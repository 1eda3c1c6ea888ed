/** Defines `<wisg-project-card>`. (`@wisg/widgets/project-card.js`); `@wisg/widgets/project-card.class.js` is the class alone. */
import { WisgProjectCard } from './card/project-card.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-card', WisgProjectCard);

export { WisgProjectCard };
