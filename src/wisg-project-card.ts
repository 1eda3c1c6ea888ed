/** Defines `<wisg-project-card>`. Import `@wisg/widgets/project-card.js` for the class alone. */
import { WisgProjectCard } from './card/project-card.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-card', WisgProjectCard);

export { WisgProjectCard };
