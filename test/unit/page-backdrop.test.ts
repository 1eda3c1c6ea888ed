import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/wisg-project-card.js';
import '../../src/wisg-project-list.js';
import '../../src/wisg-timeline.js';
import type { WisgElement } from '../../src/shared/widget-element.js';
import { can } from '../engine.js';
import { settled, wisgData } from './helpers.js';

// Real computed colours: what shows behind every text of the widget, and its contrast.

type Rgba = [number, number, number, number];

/** Any CSS colour as sRGB bytes and alpha (a canvas reads every syntax, color-mix() too). */
function rgba(css: string): Rgba {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The colour behind `element`: its own and its ancestors' backgrounds, over the white canvas. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return [r, g, b, 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** Every visible text in the widget (shadow trees included) with its contrast against what is behind it. */
function textContrasts(root: ShadowRoot): { text: string; ratio: number }[] {
  const found: { text: string; ratio: number }[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const text = [...element.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent!.trim())
        .join('');
      if (!text || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const colour = rgba(getComputedStyle(element).color);
      const behind = backdrop(element);
      // A translucent text colour is seen mixed with what is behind it.
      const seen: Rgba = [colour[0] * colour[3] + behind[0] * (1 - colour[3]), colour[1] * colour[3] + behind[1] * (1 - colour[3]), colour[2] * colour[3] + behind[2] * (1 - colour[3]), 1];
      found.push({ text: text.slice(0, 40), ratio: contrast(seen, behind) });
    }
  };
  walk(root);
  return found;
}

const PAGES = {
  'white (Twenty Twenty-Three)': { background: '#ffffff', scheme: 'light' },
  'mint (Twenty Twenty-One)': { background: '#d1e4dd', scheme: 'light' },
  'Twenty Twenty-One dark': { background: '#28303d', scheme: 'dark' },
  'a dark page': { background: '#111111', scheme: 'dark' },
} as const;
const TEXT = { light: [31, 27, 36, 1], dark: [236, 232, 241, 1] };

async function widgetOn(background: string, lang: string, widget: (data: unknown) => unknown, pageStyle = '') {
  const data = await wisgData();
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang} style="padding: 1em; background: ${background}; ${pageStyle}">${widget(data)}</div>`);
  const element = page.firstElementChild as WisgElement;
  await settled(element);
  return { page, element };
}

const widgets = {
  list: (data: unknown) => html`<wisg-project-list .data=${data} today="2025-01-15" heading="Projects"></wisg-project-list>`,
  card: (data: unknown) => html`<wisg-project-card .data=${data} project-id="rfsl-2022-24" expanded today="2025-01-15"></wisg-project-card>`,
  timeline: (data: unknown) => html`<wisg-timeline .data=${data} today="2025-01-15"></wisg-timeline>`,
};

describe('at home in the page: transparent, light or dark from what is behind', () => {
  afterEach(async () => {
    if (can.emulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  for (const [name, { background, scheme }] of Object.entries(PAGES)) {
    for (const [kind, widget] of Object.entries(widgets)) {
      for (const lang of ['ka', 'en']) {
        it(`${kind} on ${name} (${lang}): no box of its own, ${scheme} text, every text ≥ 4.5:1 against what is behind it`, async () => {
          // The visitor's preference is the opposite (where it can be emulated): the page decides.
          if (can.emulateMedia) await emulateMedia({ colorScheme: scheme === 'light' ? 'dark' : 'light' });
          const { element } = await widgetOn(background, lang, widget);
          expect(rgba(getComputedStyle(element).backgroundColor)[3], 'host background').to.equal(0);
          expect(rgba(getComputedStyle(element).color)).to.deep.equal(TEXT[scheme]);
          const texts = textContrasts(element.shadowRoot!);
          expect(texts.length).to.be.greaterThan(10);
          const poor = texts.filter((entry) => entry.ratio < 4.5);
          expect(poor, JSON.stringify(poor.slice(0, 5))).to.deep.equal([]);
        });
      }
    }
  }

  it('follows the page when its theme switches to dark (a class on <body>, as Twenty Twenty-One does)', async () => {
    const style = document.createElement('style');
    style.textContent = 'body.is-dark-theme .tinted { background: #28303d !important; }';
    document.head.append(style);
    try {
      const { element } = await widgetOn('#d1e4dd', 'en', widgets.card, '');
      element.parentElement!.classList.add('tinted');
      expect(rgba(getComputedStyle(element).color)).to.deep.equal(TEXT.light);
      document.body.classList.add('is-dark-theme');
      await waitUntil(() => rgba(getComputedStyle(element).color).join() === TEXT.dark.join(), 'did not turn dark');
      document.body.classList.remove('is-dark-theme');
      await waitUntil(() => rgba(getComputedStyle(element).color).join() === TEXT.light.join(), 'did not turn light again');
    } finally {
      style.remove();
      document.body.classList.remove('is-dark-theme');
    }
  });

  it('theme="dark" on a white page still forces dark, on a background of its own', async () => {
    const data = await wisgData();
    const { element } = await widgetOn('#ffffff', 'ka', () => html`<wisg-project-card .data=${data} project-id="rfsl-2022-24" theme="dark"></wisg-project-card>`);
    expect(rgba(getComputedStyle(element).color)).to.deep.equal(TEXT.dark);
    expect(rgba(getComputedStyle(element).backgroundColor)).to.deep.equal([23, 20, 27, 1]);
    expect(textContrasts(element.shadowRoot!).filter((entry) => entry.ratio < 4.5)).to.deep.equal([]);
  });

  it('theme="light" on a dark page still forces light, on a background of its own', async () => {
    const data = await wisgData();
    const { element } = await widgetOn('#111111', 'en', () => html`<wisg-timeline .data=${data} theme="light" today="2025-01-15"></wisg-timeline>`);
    expect(rgba(getComputedStyle(element).color)).to.deep.equal(TEXT.light);
    expect(rgba(getComputedStyle(element).backgroundColor)).to.deep.equal([255, 255, 255, 1]);
  });

  it('on a background image it cannot read, it paints its own background in the visitor’s scheme', async () => {
    if (can.emulateMedia) await emulateMedia({ colorScheme: 'dark' });
    const { element } = await widgetOn('#fff', 'en', widgets.card, 'background-image: linear-gradient(#000, #333);');
    expect(rgba(getComputedStyle(element).color)).to.deep.equal(can.emulateMedia ? TEXT.dark : TEXT.light);
    expect(rgba(getComputedStyle(element).backgroundColor)[3]).to.equal(1);
  });

  it('the list and the timeline keep their content off the edges of what frames them', async () => {
    for (const widget of [widgets.list, widgets.timeline]) {
      const { element } = await widgetOn('#d1e4dd', 'ka', widget);
      const host = element.getBoundingClientRect();
      const content = [...element.shadowRoot!.querySelector('.widget')!.children].map((child) => child.getBoundingClientRect()).filter((box) => box.width > 0);
      expect(content.length, element.localName).to.be.greaterThan(0);
      for (const box of content) {
        expect(box.left - host.left, element.localName).to.be.greaterThan(7);
        expect(host.right - box.right, element.localName).to.be.greaterThan(7);
      }
    }
  });
});
