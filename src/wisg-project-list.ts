/** Defines `<wisg-project-list>`. (`@wisg/widgets/project-list.js`); `@wisg/widgets/project-list.class.js` is the class alone. */
import { WisgProjectList } from './list/project-list.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-list', WisgProjectList);

export { WisgProjectList };
