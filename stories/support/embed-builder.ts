/**
 * The "Embed builder": choose a widget, a project, a language and options; get the exact
 * HTML to paste into a CMS, and a preview of it. (Story tooling: plain English, not localized.)
 */
import { css, html, LitElement, nothing } from 'lit';
import { renderSnippet } from '../../src/render/index.js';
import { VERSION } from '../../src/version.js';
import { titleOf, wisg } from './data.js';

export type Widget = 'wisg-project-list' | 'wisg-project-card' | 'wisg-timeline';

export interface EmbedOptions {
  widget: Widget;
  /** For the card. */
  projectId: string;
  lang: 'ka' | 'en';
  /** `src`: a file the page links to; `inline`: the JSON pasted inside the element. */
  source: 'src' | 'inline';
  src: string;
  script: 'module' | 'classic';
  theme: 'auto' | 'light' | 'dark';
  headingLevel: number;
  /** Card: activities open. */
  expanded: boolean;
  /** List: a visible heading. */
  heading: string;
  /** Timeline: the axis' first and last year ('' for the data's). */
  from: string;
  to: string;
  /** The projects' content inside the element (src/render/), for readers without JavaScript and before it runs. */
  prerender: boolean;
}

export const CDN = `https://unpkg.com/@wisg/widgets@${VERSION}`;

export const DEFAULTS: EmbedOptions = {
  widget: 'wisg-project-list',
  projectId: 'rfsl-2022-24',
  lang: 'ka',
  source: 'src',
  src: `${CDN}/data/wisg-projects.json`,
  script: 'module',
  theme: 'auto',
  headingLevel: 2,
  expanded: false,
  heading: '',
  from: '',
  to: '',
  prerender: true,
};

const ELEMENTS = { 'wisg-project-list': 'list', 'wisg-project-card': 'card', 'wisg-timeline': 'timeline' } as const;

/** The HTML to paste, for these options: made by the renderer, as `npx @wisg/widgets render` makes it. */
export function embedSnippet(options: EmbedOptions): string {
  const { widget } = options;
  // Inline, a card carries its one project only.
  const data = widget === 'wisg-project-card' && options.source === 'inline' ? { lang: wisg.lang, projects: wisg.projects.filter((project) => project.id === options.projectId) } : wisg;
  const { snippet } = renderSnippet(data, {
    element: ELEMENTS[widget],
    lang: options.lang,
    src: options.source === 'src' ? options.src : undefined,
    inline: options.source === 'inline',
    prerender: options.prerender,
    projectId: widget === 'wisg-project-card' ? options.projectId : undefined,
    heading: widget === 'wisg-project-list' ? options.heading : undefined,
    from: options.from,
    to: options.to,
    headingLevel: options.headingLevel,
    expanded: options.expanded,
    theme: options.theme,
  });
  const script = options.script === 'module' ? `<script type="module" src="${CDN}/dist/wisg-widgets.js"></script>` : `<script src="${CDN}/dist/wisg-widgets.iife.js" defer></script>`;
  return [
    script,
    // The content is laid out by the package's stylesheet, as the widget lays it out (nothing jumps when it takes over);
    // without content, the widget's box keeps its loading height until the script runs.
    options.prerender ? `<link rel="stylesheet" href="${CDN}/dist/wisg-widgets.css">` : `<style>${widget}:not(:defined) { display: block; font-size: medium; min-height: 6em; }</style>`,
    snippet,
  ].join('\n');
}

export class WisgEmbedBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 16px/1.5 system-ui, sans-serif;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem 1.25rem;
      margin-block-end: 1rem;
    }
    fieldset {
      border: 1px solid #8c8496;
      border-radius: 0.5rem;
      margin: 0;
    }
    label {
      display: block;
    }
    input[type='text'],
    input[type='number'],
    select {
      display: block;
      width: 100%;
      font: inherit;
      padding: 0.3rem;
      box-sizing: border-box;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-height: 24rem;
      overflow: auto;
      padding: 1rem;
      background: #1f1b24;
      color: #f6f3f9;
      border-radius: 0.5rem;
      font-size: 0.85rem;
    }
    .actions {
      display: flex;
      gap: 1rem;
      align-items: center;
    }
    button {
      font: inherit;
      padding: 0.45rem 1rem;
      min-height: 2.75rem;
    }
    .note {
      margin: 0.25rem 0 0.75rem;
      font-size: 0.875rem;
    }
    h2 {
      font-size: 1.1rem;
      margin: 1.5rem 0 0.5rem;
    }
  `;

  // No decorators and no field initializers here: stories/ is outside tsconfig.json, so
  // Vite would leave decorators untranspiled and define fields over lit's accessors.
  static override properties = { options: { state: true }, copied: { state: true } };
  declare private options: EmbedOptions;
  declare private copied: string;

  constructor() {
    super();
    this.options = { ...DEFAULTS };
    this.copied = '';
  }

  private set<K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]): void {
    this.options = { ...this.options, [key]: value };
    this.copied = '';
  }

  private async copy(): Promise<void> {
    const text = embedSnippet(this.options);
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'Copied to the clipboard.';
    } catch {
      // No clipboard (permissions, http): select the snippet so Ctrl+C / ⌘C copies it.
      const code = this.renderRoot.querySelector('code');
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = 'The snippet is selected: press Ctrl+C (⌘C) to copy it.';
    }
  }

  protected override render() {
    const o = this.options;
    const radios = <K extends keyof EmbedOptions>(key: K, legend: string, choices: [EmbedOptions[K], string][]) => html`<fieldset>
      <legend>${legend}</legend>
      ${choices.map(
        ([value, label]) => html`<label
          ><input type="radio" name=${key} .checked=${o[key] === value} @change=${() => this.set(key, value)} /> ${label}</label
        >`,
      )}
    </fieldset>`;
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
        ${radios('widget', 'Widget', [
          ['wisg-project-list', 'Project list'],
          ['wisg-project-card', 'One project (card)'],
          ['wisg-timeline', 'Timeline'],
        ])}
        ${radios('lang', 'Language', [
          ['ka', 'ქართული'],
          ['en', 'English'],
        ])}
        ${radios('source', 'Data', [
          ['src', 'A JSON file (address)'],
          ['inline', 'JSON pasted into the page'],
        ])}
        ${radios('script', 'Script', [
          ['module', 'ES module (recommended)'],
          ['classic', 'Classic script (if the CMS strips type="module")'],
        ])}
        ${radios('theme', 'Colours', [
          ['auto', 'The visitor’s preference'],
          ['light', 'Light'],
          ['dark', 'Dark'],
        ])}
        <div>
          ${
            o.widget === 'wisg-project-card'
              ? html`<label
                  >Project
                  <select @change=${(event: Event) => this.set('projectId', (event.target as HTMLSelectElement).value)}>
                    ${wisg.projects.map((project) => html`<option value=${project.id as string} ?selected=${project.id === o.projectId}>${titleOf(project.id as string, o.lang)}</option>`)}
                  </select></label
                >
                <label><input type="checkbox" .checked=${o.expanded} @change=${(event: Event) => this.set('expanded', (event.target as HTMLInputElement).checked)} /> Activities open</label>`
              : nothing
          }
          ${
            o.widget === 'wisg-project-list'
              ? html`<label>Heading (optional) <input type="text" .value=${o.heading} @input=${(event: Event) => this.set('heading', (event.target as HTMLInputElement).value)} /></label>`
              : nothing
          }
          ${
            o.widget === 'wisg-timeline'
              ? html`<label>From year <input type="number" min="1990" max="2100" .value=${o.from} @input=${(event: Event) => this.set('from', (event.target as HTMLInputElement).value)} /></label>
                <label>To year <input type="number" min="1990" max="2100" .value=${o.to} @input=${(event: Event) => this.set('to', (event.target as HTMLInputElement).value)} /></label>`
              : nothing
          }
          ${
            o.source === 'src'
              ? html`<label>Address of the JSON file <input type="text" .value=${o.src} @input=${(event: Event) => this.set('src', (event.target as HTMLInputElement).value)} /></label>`
              : nothing
          }
          <label
            ><input type="checkbox" aria-describedby="prerender-note" .checked=${o.prerender} @change=${(event: Event) => this.set('prerender', (event.target as HTMLInputElement).checked)} />
            Include the projects’ content</label
          >
          <p id="prerender-note" class="note">
            The projects’ text goes into the page’s HTML, so search engines, link previews, reader modes, RSS and e-mail copies, and visitors
            without JavaScript read it, and the page shows it at once, before the script and the data arrive. When the script runs, the widget
            replaces it with the data it loads (a snippet copied before the projects changed still shows the new ones). Copy it again when
            the projects change.
          </p>
          <label
            >Heading level
            <select @change=${(event: Event) => this.set('headingLevel', Number((event.target as HTMLSelectElement).value))}>
              ${[2, 3, 4, 5, 6].map((level) => html`<option value=${level} ?selected=${level === o.headingLevel}>h${level}</option>`)}
            </select></label
          >
        </div>
      </form>
      <h2 id="snippet-heading">HTML to paste</h2>
      <pre aria-labelledby="snippet-heading" tabindex="0"><code>${embedSnippet(o)}</code></pre>
      <div class="actions">
        <button type="button" @click=${this.copy}>Copy the snippet</button>
        <span role="status">${this.copied}</span>
      </div>
      <h2>Preview (with the bundled data)</h2>
      <div lang=${o.lang}>${this.renderPreview(o)}</div>`;
  }

  /** The same element as the snippet, on the bundled data (the address may not be reachable from here). */
  private renderPreview(o: EmbedOptions) {
    const theme = o.theme === 'auto' ? undefined : o.theme;
    switch (o.widget) {
      case 'wisg-project-card':
        return html`<wisg-project-card .data=${wisg} project-id=${o.projectId} heading-level=${o.headingLevel} ?expanded=${o.expanded} theme=${theme ?? nothing}></wisg-project-card>`;
      case 'wisg-timeline':
        return html`<wisg-timeline .data=${wisg} from=${o.from || nothing} to=${o.to || nothing} heading-level=${o.headingLevel} theme=${theme ?? nothing}></wisg-timeline>`;
      default:
        return html`<wisg-project-list .data=${wisg} heading=${o.heading || nothing} heading-level=${o.headingLevel} theme=${theme ?? nothing}></wisg-project-list>`;
    }
  }
}

/** Called by the story (a bare side-effect import would be dropped: package.json's "sideEffects" covers src/ and dist/ only). */
export function defineEmbedBuilder(): void {
  if (!customElements.get('wisg-embed-builder')) customElements.define('wisg-embed-builder', WisgEmbedBuilder);
}
