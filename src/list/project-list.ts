import { html, type TemplateResult } from 'lit';
import type { ProjectsModel } from '../data/types.js';
import { projectCount } from '../localize/phrases.js';
import { WisgElement } from '../shared/widget-element.js';

/**
 * All projects: search, filters, newest first. (Placeholder until the list issue lands.)
 */
export class WisgProjectList extends WisgElement {
  protected override renderModel(model: ProjectsModel): TemplateResult {
    return html`<p>${projectCount(model.projects.length)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-project-list': WisgProjectList;
  }
}
