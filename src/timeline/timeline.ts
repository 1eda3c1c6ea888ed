import { html, type TemplateResult } from 'lit';
import type { ProjectsModel } from '../data/types.js';
import { projectCount } from '../localize/phrases.js';
import { WisgElement } from '../shared/widget-element.js';

/**
 * The projects as bars in time. (Placeholder until the timeline issue lands.)
 */
export class WisgTimeline extends WisgElement {
  protected override renderModel(model: ProjectsModel): TemplateResult {
    return html`<p>${projectCount(model.projects.length)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wisg-timeline': WisgTimeline;
  }
}
