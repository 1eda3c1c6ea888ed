/**
 * The "Embed builder": choose a widget, a project, a language and options; get the exact
 * HTML to paste into a CMS, and a preview of it. (Story tooling: plain English, not localized.)
 */
import { css, html, LitElement, nothing } from 'lit';
import { describeIssue, detectFormat, parseProjectsData, projectsToJson } from '../../src/data-entry.js';
import type { DataFormat, ProjectsDocumentInput, ProjectsModel } from '../../src/data/types.js';
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

/** A file the editor chose or dropped ("Your data"), read by the package's own readers. */
export interface YourData {
  readonly name: string;
  readonly format: DataFormat;
  /** The file's text, as it is. */
  readonly text: string;
  readonly model: ProjectsModel;
  /** The JSON contract of its projects (projectsToJson): what "Download as JSON" saves. */
  readonly document: ProjectsDocumentInput;
  /** In the snippet: the file as it is (its own script type), or the JSON contract. */
  readonly inlineAs: 'own' | 'json';
}

/** Each format's inline script type (project-data-controller.ts reads these). */
export const SCRIPT_TYPES: Readonly<Record<DataFormat, string>> = { json: 'application/json', csv: 'text/csv', iati: 'application/xml' };
const FORMAT_NAMES: Readonly<Record<DataFormat, string>> = { json: 'JSON', csv: 'a spreadsheet (CSV/TSV)', iati: 'an IATI activity file (XML)' };

/** Reads a file's text as the widgets would (format by content type and content). */
export function readYourData(name: string, text: string, contentType = ''): YourData {
  const format = detectFormat(text, contentType);
  const model = parseProjectsData(text, { format });
  return { name, format, text, model, document: projectsToJson(model), inlineAs: 'own' };
}

/**
 * Whether a file can go inside <script> as it is: "</script" would end the element early, and
 * "<!--" can make the parser look for a further "</script>". Otherwise it goes as JSON, escaped.
 */
export const fitsInScript = (text: string): boolean => !/<\/script|<!--/i.test(text);

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
export function embedSnippet(options: EmbedOptions, yours?: YourData): string {
  const { widget } = options;
  const source = yours ? yours.document : wisg;
  // Your data has no address: it goes inside the element.
  const inline = yours !== undefined || options.source === 'inline';
  // Inline, a card carries its one project only (your data's own text goes whole).
  const data = widget === 'wisg-project-card' && inline ? { lang: source.lang, projects: source.projects.filter((project) => project.id === options.projectId) } : source;
  const asItIs = yours !== undefined && yours.inlineAs === 'own' && fitsInScript(yours.text);
  let { snippet } = renderSnippet(data, {
    element: ELEMENTS[widget],
    lang: options.lang,
    src: !inline ? options.src : undefined,
    inline: inline && !asItIs,
    prerender: options.prerender,
    projectId: widget === 'wisg-project-card' ? options.projectId : undefined,
    heading: widget === 'wisg-project-list' ? options.heading : undefined,
    from: options.from,
    to: options.to,
    headingLevel: options.headingLevel,
    expanded: options.expanded,
    theme: options.theme,
  });
  if (asItIs) {
    const close = `</${widget}>`;
    snippet = `${snippet.slice(0, -close.length)}\n<script type="${SCRIPT_TYPES[yours.format]}">\n${yours.text.replace(/^\uFEFF/, '').trimEnd()}\n</script>\n${close}`;
  }
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
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    .drop {
      border: 2px dashed #8c8496;
      border-radius: 0.5rem;
      padding: 1rem;
      margin-block: 0.5rem;
    }
    .drop.over {
      border-color: currentColor;
      background: rgb(140 132 150 / 0.15);
    }
    .problems li {
      margin-block: 0.25rem;
    }
  `;

  // No decorators and no field initializers here: stories/ is outside tsconfig.json, so
  // Vite would leave decorators untranspiled and define fields over lit's accessors.
  static override properties = { options: { state: true }, copied: { state: true }, yours: { state: true }, told: { state: true }, over: { state: true } };
  declare private options: EmbedOptions;
  declare private copied: string;
  /** "Your data": the file chosen or dropped, once read. */
  declare private yours: YourData | undefined;
  /** What reading it came to, announced politely. */
  declare private told: string;
  declare private over: boolean;

  constructor() {
    super();
    this.options = { ...DEFAULTS };
    this.copied = '';
    this.yours = undefined;
    this.told = '';
    this.over = false;
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.told = `Reading “${file.name}”…`;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.told = `“${file.name}” could not be read: ${String(error)}`;
      return;
    }
    const yours = readYourData(file.name, text, file.type);
    const { projects, issues } = yours.model;
    this.yours = yours;
    this.copied = '';
    // The card shows one of your projects.
    if (projects.length && !projects.some((project) => project.id === this.options.projectId)) this.options = { ...this.options, projectId: projects[0]!.id };
    this.told = `Read “${file.name}” as ${FORMAT_NAMES[yours.format]}: ${projects.length} ${projects.length === 1 ? 'project' : 'projects'}, ${issues.length ? `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} (listed below)` : 'no problems'}.`;
  }

  private download(): void {
    const yours = this.yours;
    if (!yours) return;
    const blob = new Blob([JSON.stringify(yours.document, null, 2) + '\n'], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${yours.name.replace(/\.[^.]*$/, '') || 'projects'}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  private set<K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]): void {
    this.options = { ...this.options, [key]: value };
    this.copied = '';
  }

  private async copy(): Promise<void> {
    const text = embedSnippet(this.options, this.yours);
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
        ${
          this.yours
            ? html`<fieldset>
                <legend>Your data in the snippet</legend>
                ${(
                  [
                    ['own', `As it is (${SCRIPT_TYPES[this.yours.format]})`],
                    ['json', 'As JSON'],
                  ] as const
                ).map(
                  ([value, label]) => html`<label
                    ><input type="radio" name="inline-as" .checked=${this.yours!.inlineAs === value} @change=${() => ((this.yours = { ...this.yours!, inlineAs: value }), (this.copied = ''))} />
                    ${label}</label
                  >`,
                )}
                ${
                  fitsInScript(this.yours.text)
                    ? nothing
                    : html`<p class="note">This file holds “&lt;!--” or “&lt;/script”, which cannot go inside a script element as they are: the snippet carries it as JSON.</p>`
                }
              </fieldset>`
            : radios('source', 'Data', [
                ['src', 'A JSON file (address)'],
                ['inline', 'JSON pasted into the page'],
              ])
        }
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
                    ${
                      this.yours
                        ? this.yours.model.projects.map(
                            (project) => html`<option value=${project.id} ?selected=${project.id === o.projectId}>${project.title[o.lang] ?? Object.values(project.title)[0]}</option>`,
                          )
                        : wisg.projects.map((project) => html`<option value=${project.id as string} ?selected=${project.id === o.projectId}>${titleOf(project.id as string, o.lang)}</option>`)
                    }
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
            o.source === 'src' && !this.yours
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
      ${this.renderYourData(o)}
      <h2 id="snippet-heading">HTML to paste${this.yours ? ', with your data inside' : ''}</h2>
      <pre aria-labelledby="snippet-heading" tabindex="0"><code>${embedSnippet(o, this.yours)}</code></pre>
      <div class="actions">
        <button type="button" @click=${this.copy}>Copy the snippet</button>
        <span role="status">${this.copied}</span>
      </div>
      ${
        this.yours
          ? html`<h2>Preview with your data</h2>
              <div lang=${o.lang} class="yours-preview">
                <!-- The list titles its projects a level below its own: h4 here. -->
                <h3>Project list</h3>
                <wisg-project-list .data=${this.yours.document} heading-level="3" theme=${o.theme === 'auto' ? nothing : o.theme}></wisg-project-list>
                <h3>One project (card)</h3>
                <wisg-project-card .data=${this.yours.document} project-id=${o.projectId} heading-level="4" theme=${o.theme === 'auto' ? nothing : o.theme}></wisg-project-card>
                <h3>Timeline</h3>
                <wisg-timeline .data=${this.yours.document} heading-level="4" theme=${o.theme === 'auto' ? nothing : o.theme}></wisg-timeline>
              </div>`
          : html`<h2>Preview (with the bundled data)</h2>
              <div lang=${o.lang}>${this.renderPreview(o)}</div>`
      }`;
  }

  /** "Your data": choose or drop a file; its problems in the widgets' own words, in the widgets' language. */
  private renderYourData(o: EmbedOptions) {
    const yours = this.yours;
    const issues = yours?.model.issues ?? [];
    const drop = (event: DragEvent) => {
      event.preventDefault();
      this.over = false;
      void this.readFile(event.dataTransfer?.files[0]);
    };
    return html`<section aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">Your data</h2>
      <p class="note" id="your-data-note">
        A spreadsheet saved as CSV or TSV, an IATI activity file (XML) or a JSON file of projects. It is read here, in this browser, by the
        widgets’ own readers, and sent nowhere.
      </p>
      <label
        >Choose a file
        <input type="file" aria-describedby="your-data-note" accept=".csv,.tsv,.txt,.xml,.json,text/csv,text/tab-separated-values,application/xml,text/xml,application/json" @change=${(event: Event) => this.readFile((event.target as HTMLInputElement).files?.[0])}
      /></label>
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${drop}
      >
        …or drop the file here.
      </div>
      <p role="status">${this.told}</p>
      ${
        issues.length
          ? html`<h3 id="problems-heading">Problems in “${yours!.name}” (${issues.length})</h3>
              <ul class="problems" aria-labelledby="problems-heading" lang=${o.lang}>
                ${issues.map((issue) => html`<li>${describeIssue(issue, o.lang)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        yours
          ? html`<div class="actions">
              <button type="button" @click=${this.download}>Download as JSON</button>
              <button type="button" @click=${() => ((this.yours = undefined), (this.told = 'Back to the bundled data.'), (this.copied = ''))}>Use the bundled data again</button>
            </div>`
          : nothing
      }
    </section>`;
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
