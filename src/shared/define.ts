import { VERSION } from '../version.js';

const WARNED = Symbol.for('@wisg/widgets:version-warning');

/**
 * Defines a custom element unless the tag is taken. Including the script twice is
 * harmless; including two versions keeps the first one and warns once per page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  const registry = globalThis as unknown as Record<symbol, boolean>;
  if (existing !== constructor && existing.version !== constructor.version && !registry[WARNED]) {
    registry[WARNED] = true;
    // eslint-disable-next-line no-console
    console.warn(`@wisg/widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} on this page is not used. Include the script once.`);
  }
}
