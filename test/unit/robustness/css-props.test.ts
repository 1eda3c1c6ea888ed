/** cssProps(): custom properties through the CSSOM, never a style attribute (which a strict CSP refuses). */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps, type CssProps } from '../../../src/shared/css-props.js';

/** Runs `work`, recording the value of every `style` attribute written meanwhile (through setAttribute, as lit writes one). */
async function styleAttributesWritten(work: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const realSetAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') calls.push(value);
    return realSetAttribute.call(this, name, value);
  };
  try {
    await work();
  } finally {
    Element.prototype.setAttribute = realSetAttribute;
  }
  return calls;
}

describe('cssProps()', () => {
  it('sets, changes and removes custom properties without ever writing a style attribute', async () => {
    const written = await styleAttributesWritten(async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const show = (props: CssProps) => render(html`<p ${cssProps(props)}>x</p>`, container);
      show({ '--s': '12.5%', '--r': 3, '--gone': null });
      const p = container.querySelector('p')!;
      expect(p.style.getPropertyValue('--s')).to.equal('12.5%');
      expect(p.style.getPropertyValue('--r')).to.equal('3');
      expect(p.style.getPropertyValue('--gone')).to.equal('');
      show({ '--s': '50%' });
      expect(p.style.getPropertyValue('--s')).to.equal('50%');
      expect(p.style.getPropertyValue('--r')).to.equal('');
    });
    expect(written, 'style attributes written').to.deep.equal([]);
  });

  it('a style attribute binding, by contrast, goes through setAttribute (what the strict-page test catches)', async () => {
    const written = await styleAttributesWritten(async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      render(html`<p style="--s:${'12.5%'}">x</p>`, container);
    });
    expect(written).to.deep.equal(['--s:12.5%']);
  });
});
