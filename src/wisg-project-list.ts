/** Defines `<wisg-project-list>`. Import `@wisg/widgets/project-list.js` for the class alone. */
import { WisgProjectList } from './list/project-list.js';
import { defineElement } from './shared/define.js';

defineElement('wisg-project-list', WisgProjectList);

export { WisgProjectList };
