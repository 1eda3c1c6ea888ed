/** The events the widgets fire. All bubble and are composed, so a page can listen on `document`. */
import { projectHash } from '../data/address.js';
import type { DataIssue, Project } from '../data/types.js';
import type { DataSource } from '../loading/project-data-controller.js';

export interface WisgLoadDetail {
  /** The projects that can be shown. */
  readonly projects: readonly Project[];
  /** Parts of the data that could not be used (also reported by a `wisg-error` event). */
  readonly issues: readonly DataIssue[];
  readonly source: DataSource;
}

export interface WisgErrorDetail {
  /** `load`: the file could not be fetched; `data`: the data has problems (`fatal`: nothing could be shown). */
  readonly kind: 'load' | 'data';
  readonly fatal: boolean;
  /** What the widget shows, in its language. */
  readonly message: string;
  readonly issues: readonly DataIssue[];
  /** For `load`: `network`, `http`, `timeout`, `too-large` or `content-type`. */
  readonly reason?: string;
  /** For an HTTP failure: the status code. */
  readonly status?: number;
}

export interface WisgProjectSelectDetail {
  readonly id: string;
  readonly project: Project;
  /** The project's address on this page (`…#<project id>`): a link to it opens it here. */
  readonly address: string;
}

export type WisgLoadEvent = CustomEvent<WisgLoadDetail>;
export type WisgErrorEvent = CustomEvent<WisgErrorDetail>;
export type WisgProjectSelectEvent = CustomEvent<WisgProjectSelectDetail>;

export interface WisgEventMap {
  'wisg-load': WisgLoadEvent;
  'wisg-error': WisgErrorEvent;
  'wisg-project-select': WisgProjectSelectEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends WisgEventMap {}
  // The events bubble and are composed: typed where pages listen for them too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends WisgEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends WisgEventMap {}
}

export function emit<K extends keyof WisgEventMap>(target: EventTarget, type: K, detail: WisgEventMap[K]['detail'], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** `wisg-project-select` for a project, with its address on this page. */
export function emitSelect(target: EventTarget, project: Project, cancelable = false): boolean {
  return emit(target, 'wisg-project-select', { id: project.id, project, address: location.href.replace(/#.*$/s, '') + projectHash(project.id) }, cancelable);
}
