import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RovingTabindexController } from '../../src/shared/roving-tabindex-controller.js';
import { shiftTab } from '../engine.js';
import { expectElement } from './helpers.js';

/** Five items, rendered `shown` at a time (as the timeline streams its bars in); `reach` renders them all. */
class RovingGroup extends LitElement {
  static override properties: PropertyDeclarations = { names: { attribute: false }, shown: { type: Number } };
  names = ['one', 'two', 'three', 'four', 'five'];
  shown = 5;
  reached: number[] = [];
  readonly roving = new RovingTabindexController(
    this,
    (index) => this.renderRoot.querySelectorAll('button')[index],
    async (index) => {
      this.reached.push(index);
      if (index < this.shown) return;
      this.shown = this.names.length;
      await this.updateComplete;
    },
  );

  override render() {
    return html`<ul>
      ${repeat(
        this.names.slice(0, this.shown),
        (name) => name,
        (name, index) =>
          html`<li><button tabindex="-1" @keydown=${(event: KeyboardEvent) => void this.roving.keydown(event, index, this.names.length)} @click=${() => this.roving.focus(index)}>${name}</button></li>`,
      )}
    </ul>`;
  }
}
customElements.define('test-roving-group', RovingGroup);

async function group(shown = 5): Promise<[RovingGroup, HTMLButtonElement, HTMLButtonElement]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    <test-roving-group .shown=${shown}></test-roving-group>
    <button id="after">after</button>
  </div>`);
  const element = wrapper.querySelector<RovingGroup>('test-roving-group')!;
  await element.updateComplete;
  return [element, wrapper.querySelector('#before')!, wrapper.querySelector('#after')!];
}

/** The text of the focused item, as a person sees which one has focus. */
const focused = (element: RovingGroup) => element.shadowRoot!.activeElement?.textContent ?? '(none)';
const stops = (element: RovingGroup) => [...element.shadowRoot!.querySelectorAll('button')].filter((button) => button.tabIndex === 0).map((button) => button.textContent);

describe('RovingTabindexController', () => {
  it('gives the group one Tab stop, and Tab comes back to the item last visited', async () => {
    const [element, before, after] = await group();
    expect(stops(element)).to.deep.equal(['one']);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal('one');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expectElement(document.activeElement, after);
    await shiftTab();
    expect(focused(element)).to.equal('two');
    expect(stops(element)).to.deep.equal(['two']);
  });

  it('moves with every arrow, back or forth, and Home and End to the ends, stopping there', async () => {
    const [element, before] = await group();
    before.focus();
    await sendKeys({ press: 'Tab' });
    const path: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'End', 'ArrowRight', 'ArrowDown', 'Home', 'ArrowUp', 'ArrowLeft']) {
      await sendKeys({ press: key });
      path.push(focused(element));
    }
    expect(path).to.deep.equal(['two', 'three', 'two', 'five', 'five', 'five', 'one', 'one', 'one']);
    expect(stops(element)).to.deep.equal(['one']);
  });

  it('leaves other keys and modified arrows to the page', async () => {
    const [element, before] = await group();
    before.focus();
    await sendKeys({ press: 'Tab' });
    // (WebKit's WebDriver cannot hold a modifier: an Alt+ArrowDown as the browser dispatches it.)
    const altDown = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true });
    element.shadowRoot!.activeElement!.dispatchEvent(altDown);
    await element.updateComplete;
    expect(altDown.defaultPrevented).to.equal(false);
    await sendKeys({ press: 'a' });
    expect(focused(element)).to.equal('one');
    const event = new KeyboardEvent('keydown', { key: 'PageDown', cancelable: true });
    await element.roving.keydown(event, 0, 5);
    expect(event.defaultPrevented).to.equal(false);
    const arrow = new KeyboardEvent('keydown', { key: 'ArrowDown', cancelable: true });
    await element.roving.keydown(arrow, 4, 5);
    expect(arrow.defaultPrevented, 'an arrow at the end is still the group’s').to.equal(true);
  });

  it('renders an item not rendered yet before focusing it (End while two of five are in)', async () => {
    const [element, before] = await group(2);
    expect(element.shadowRoot!.querySelectorAll('button')).to.have.length(2);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    expect(focused(element)).to.equal('five');
    expect(element.reached).to.deep.equal([4]);
    expect(stops(element)).to.deep.equal(['five']);
  });

  it('keeps focus in the group when a render replaces the focused item', async () => {
    const [element, before] = await group();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    // New names: every item is a new element, the second one is now "deux".
    element.names = ['un', 'deux', 'trois', 'quatre', 'cinq'];
    await element.updateComplete;
    expect(focused(element)).to.equal('deux');
    expect(stops(element)).to.deep.equal(['deux']);
  });

  it('a click moves the tab stop to the clicked item', async () => {
    const [element] = await group();
    element.shadowRoot!.querySelectorAll('button')[3]!.click();
    expect(focused(element)).to.equal('four');
    expect(stops(element)).to.deep.equal(['four']);
  });
});
