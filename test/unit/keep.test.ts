/** `keep()` (src/shared/keep.ts): a list's card is made again only when its project or what else it shows changed. */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { keep } from '../../src/shared/keep.js';

describe('keep', () => {
  it('makes the content again only for another object or another key, not for the same ones', () => {
    const container = document.createElement('div');
    const made: string[] = [];
    const show = (object: object, key: string) =>
      render(
        html`<p>${keep(object, key, () => {
          made.push(key);
          return html`<span>${key}</span>`;
        })}</p>`,
        container,
      );
    const project = { id: 'a' };
    show(project, 'en 1');
    show(project, 'en 1');
    expect(made).to.deep.equal(['en 1']);
    show(project, 'ka 1');
    expect(made).to.deep.equal(['en 1', 'ka 1']);
    expect(container.textContent).to.equal('ka 1');
    show({ id: 'a' }, 'ka 1');
    expect(made).to.deep.equal(['en 1', 'ka 1', 'ka 1']);
  });
});
