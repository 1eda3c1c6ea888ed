/**
 * The copy button beside "Link to this project" (issue 14 item 2): a real click writes the project's
 * address with the browser's Clipboard API, and the card's polite status says how it went, in the
 * widget's language. A write the browser refuses (here: a click that is not the visitor's, which no
 * engine lets write) says so, and points to the link's own menu.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/wisg-widgets.js';
import type { WisgProjectCard } from '../../src/card/project-card.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import { wisgData, focused } from './helpers.js';

const TODAY = '2024-06-01';
const GBV = 'gbv-dv-georgia';
const WORDS = {
  en: { button: 'Copy link', copied: 'Link copied', refused: 'Could not copy. Copy the link with your browser’s menu instead.' },
  ka: { button: 'ბმულის კოპირება', copied: 'ბმული დაკოპირდა', refused: 'კოპირება ვერ მოხერხდა. დააკოპირეთ ბმული ბრაუზერის მენიუთი.' },
};
const GBV_TITLE = {
  en: 'Combating Gender-Based Violence and Domestic Violence in Georgia',
  ka: 'გენდერული ნიშნით ძალადობისა და ოჯახში ძალადობის წინააღმდეგ ბრძოლა საქართველოში',
};

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A click as the visitor makes it (the browser's own input, so it counts as a gesture). */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * What the clipboard holds: read with the Clipboard API where the page may (Chromium, granted), else
 * pasted into a field with the keyboard, as a visitor would.
 */
async function clipboardText(): Promise<string> {
  const read = await navigator.clipboard.readText().catch(() => undefined);
  if (read !== undefined) return read;
  const field = document.createElement('textarea');
  document.body.append(field);
  try {
    field.focus();
    // WebDriver (WebKit) takes the chord whole; puppeteer (Firefox) a key at a time.
    await sendKeys({ press: 'Control+V' }).catch(async () => {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'v' });
      await sendKeys({ up: 'Control' });
    });
    return field.value;
  } finally {
    field.remove();
  }
}

afterEach(() => executeServerCommand('reset-clipboard', { origin: location.origin }));

for (const lang of ['en', 'ka'] as const) {
  const words = WORDS[lang];
  describe(`the copy button (${lang})`, () => {
    it('sits beside the link, named by its text and described by the title; its status is a polite live region without a role, empty; axe passes', async () => {
      const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${TODAY} project-id=${GBV} .data=${await wisgData()}></wisg-project-card>`);
      await card.updateComplete;
      const root = card.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal(words.button);
      expect(text(root.getElementById(button.getAttribute('aria-describedby')!))).to.equal(GBV_TITLE[lang]);
      expect((button.previousElementSibling as HTMLAnchorElement).getAttribute('href')).to.equal(`#${GBV}`);
      const status = root.querySelector('[part="copy-status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      // No role: Orca reads role=status as "statusbar" (see src/shared/announcer.ts).
      expect(status.hasAttribute('role')).to.equal(false);
      expect(text(status)).to.equal('');
      await expect(card).to.be.accessible();
    });

    it('a click copies the project’s address on this page and says so; focus stays on the button; axe passes', async () => {
      const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${TODAY} project-id=${GBV} .data=${await wisgData()}></wisg-project-card>`);
      await card.updateComplete;
      const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      const status = card.shadowRoot!.querySelector('[part="copy-status"]')!;
      // Chromium, headless, refuses until the page is granted the permission; Firefox and WebKit let the click write.
      await executeServerCommand('grant-clipboard', { origin: location.origin });
      await click(button);
      await waitUntil(() => text(status) !== '', 'the status says nothing', { timeout: 5000 });
      expect(text(status)).to.equal(words.copied);
      expect(focused()?.getAttribute('part'), 'focus stays on the button').to.equal('copy-link');
      expect(await clipboardText()).to.equal(`${location.href.replace(/#.*$/, '')}#${GBV}`);
      await expect(card).to.be.accessible();
    });

    it('a visitor’s click where the page is denied the clipboard (Chromium’s permission) says it could not copy', async function () {
      const card = await fixture<WisgProjectCard>(html`<wisg-project-card lang=${lang} today=${TODAY} project-id=${GBV} .data=${await wisgData()}></wisg-project-card>`);
      await card.updateComplete;
      // Denied: what a headless Chromium is before a grant (reset-clipboard). Firefox and WebKit have no such permission: a click may write.
      if (!(await executeServerCommand('reset-clipboard', { origin: location.origin }))) this.skip();
      const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      const status = card.shadowRoot!.querySelector('[part="copy-status"]')!;
      await click(button);
      await waitUntil(() => text(status) !== '', 'the status says nothing', { timeout: 5000 });
      expect(text(status)).to.equal(words.refused);
      expect(focused()?.getAttribute('part'), 'focus stays on the button').to.equal('copy-link');
      await expect(card).to.be.accessible();
    });

    it('a click the browser does not let write (not the visitor’s) says it could not copy, and how to instead', async () => {
      const list = await fixture<WisgProjectList>(html`<wisg-project-list lang=${lang} today=${TODAY} .data=${await wisgData()}></wisg-project-list>`);
      await list.updateComplete;
      const card = list.shadowRoot!.querySelector(`[data-project-id="${GBV}"]`)!;
      const button = card.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      // The previous test's real click still counts as a gesture for a few seconds: wait until it does not.
      await waitUntil(() => !(navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive, 'the gesture did not expire', { timeout: 8000 });
      button.click();
      const status = card.querySelector('[part="copy-status"]')!;
      await waitUntil(() => text(status) !== '', 'the status says nothing', { timeout: 5000 });
      expect(text(status)).to.equal(words.refused);
      const others = [...list.shadowRoot!.querySelectorAll('[part="copy-status"]')].filter((other) => other !== status);
      expect(others.map(text).join(''), 'other cards say nothing').to.equal('');
      await expect(list).to.be.accessible();
    });
  });
}
