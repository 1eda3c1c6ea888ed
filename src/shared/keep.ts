/**
 * `keep(project, key, make)`: the content `make()` gives, made again only when the project (the same object) or
 * `key` (a string of what else it shows) changed; otherwise lit is told nothing changed, and goes no further.
 * lit's `guard` for one object and one string: a list keystroke re-renders no card it did not change.
 */
import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

class KeepDirective extends Directive {
  private _object?: object;
  private _key?: string;

  render(_object: object, _key: string, make: () => unknown): unknown {
    return make();
  }

  override update(_part: ChildPart, [object, key, make]: [object, string, () => unknown]): unknown {
    if (object === this._object && key === this._key) return noChange;
    this._object = object;
    this._key = key;
    return make();
  }
}

export const keep = directive(KeepDirective);
