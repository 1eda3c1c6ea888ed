/** Defines `<wisg-project-list>` (`@wisg/widgets/project-list.js`); the class alone, defining nothing, is `@wisg/widgets/project-list.class.js`. */
import { WisgProjectList } from './list/project-list.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-list', WisgProjectList);

export { WisgProjectList };
