/**
 * `cssProps()`: sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute.
 *
 * A page with a strict Content-Security-Policy (`style-src` without 'unsafe-inline')
 * refuses style attributes, including those set by `setAttribute('style', …)` — which is
 * what a lit binding in `style="…"` does, and what lit's `styleMap` does on its first
 * render. CSSOM changes are allowed. Use it as an element binding:
 *
 *   html`<li ${cssProps({ '--s': '12%', '--r': 3 })}>…</li>`
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<`--${string}`, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  private readonly _names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <div ${cssProps({ … })}>');
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this._names) {
      if (props[name as `--${string}`] == null) {
        style.removeProperty(name);
        this._names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this._names.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
