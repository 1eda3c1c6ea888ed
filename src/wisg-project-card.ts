/** Defines `<wisg-project-card>` (`@wisg/widgets/project-card.js`); the class alone, defining nothing, is `@wisg/widgets/project-card.class.js`. */
import { WisgProjectCard } from './card/project-card.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-card', WisgProjectCard);

export { WisgProjectCard };
