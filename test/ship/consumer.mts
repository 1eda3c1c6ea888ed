// A TypeScript user of the installed package (test/ship/package.mjs compiles it with
// tsc --strict). The @ts-expect-error lines prove the types are real, not `any`.
import '@wisg/widgets/project-card.js';
import '@wisg/widgets/timeline.js';
import { WisgProjectList } from '@wisg/widgets/project-list.class.js';
import { parseProjects, type Project } from '@wisg/widgets/data.js';
import type { WisgProjectSelectEvent } from '@wisg/widgets';

// HTMLElementTagNameMap: the tag gives the class.
const card = document.createElement('wisg-project-card');
card.projectId = 'rfsl-2022-24';
card.expanded = true;
// @ts-expect-error projectId is a string (or null)
card.projectId = 42;

const timeline = document.querySelector('wisg-timeline');
if (timeline) timeline.src = '/projects.json';

// The event map: the detail is typed on addEventListener.
card.addEventListener('wisg-project-select', (event) => {
  const id: string = event.detail.id;
  const project: Project = event.detail.project;
  // @ts-expect-error there is no such field in the detail
  void event.detail.nothing;
  void id;
  void project;
});
document.addEventListener('wisg-load', (event) => {
  const count: number = event.detail.projects.length;
  void count;
});
const onSelect = (event: WisgProjectSelectEvent) => event.detail.project.id;
void onSelect;

// The class entry: define it under your own tag.
customElements.define('my-projects', class extends WisgProjectList {});

// The data layer.
const model = parseProjects([{ id: 'a', title: 'A', start: '2024-01-01' }]);
const first: Project | undefined = model.projects[0];
void first;
