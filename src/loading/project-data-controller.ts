/**
 * Where a widget's projects come from, and the state of getting them.
 *
 * Sources, first one present wins:
 * 0. a `project` property (one project object), on elements that have one (the card);
 * 1. the `projects` property (an array) — for frameworks;
 * 2. the `data` property (a document or an array);
 * 3. the `src` attribute — fetched, shared between widgets (see shared-fetch.ts);
 * 4. an inline `<script type="application/json">` (or `text/csv`, `application/xml`) child —
 *    for CMS editors who can paste HTML but cannot host a file.
 *
 * `src` and inline data may be the JSON contract, a CSV/TSV sheet or an IATI activity file
 * (told apart by content type and content, see formats.ts); the sheet and IATI readers load
 * on first use (readers.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { detectFormat } from '../data/formats.js';
import { isFatal, parseProjects, readProjectsJson } from '../data/parse.js';
import type { ProjectsModel } from '../data/types.js';
import { loadProblemsChunk } from './lazy-chunk.js';
import { readWithReaders } from './readers.js';
import { fetchShared, forgetShared, LoadError, type FetchedText } from './shared-fetch.js';

export type DataSource = 'project' | 'projects' | 'data' | 'src' | 'inline';

export type LoadState =
  /** No source given (yet). */
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly source: DataSource }
  /** Data in hand. `model.issues` may still report parts that could not be used. */
  | { readonly status: 'ready'; readonly source: DataSource; readonly model: ProjectsModel }
  /** Nothing to show: the file could not be fetched (`error`), or the document is unusable (`model.issues`). */
  | { readonly status: 'failed'; readonly source: DataSource; readonly error?: LoadError; readonly model?: ProjectsModel };

/** What the controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string | null | undefined;
  /** Milliseconds. */
  timeout: number;
  data: unknown;
  projects: unknown;
  project?: unknown;
  /** IATI: keep only the activities this organisation (its `ref`) reports or takes part in. */
  iatiOrg?: string | null;
}

/** Bodies larger than this are refused with a clear message rather than freezing the page. */
export const MAX_DATA_BYTES = 5 * 1024 * 1024;

const INLINE_SELECTOR = ':scope > script:is([type="application/json"], [type="text/csv"], [type="text/tab-separated-values"], [type="application/xml"], [type="text/xml"])';

export class ProjectDataController implements ReactiveController {
  state: LoadState = { status: 'idle' };

  private _inputs: readonly unknown[] = [];
  private _abort?: AbortController;
  private _inlineObserver?: MutationObserver;
  private _inlineText: string | undefined;
  private _inlineType = '';
  private _settledToAnnounce = false;
  /** A load was cut short by a disconnect: start it again on reconnection. */
  private _interrupted = false;

  /** `onSettled`: called once per state the element settles in (ready or failed), after the element has rendered it. */
  constructor(
    private readonly _host: DataHost,
    private readonly _onSettled: (state: LoadState & { status: 'ready' | 'failed' }) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // A parser-inserted inline child may arrive after the element is upgraded (classic
    // script in <head>), or be edited later: watch the element's own children.
    this._inlineObserver = new MutationObserver(() => this._readInline());
    this._inlineObserver.observe(this._host, { childList: true, subtree: true, characterData: true });
    this._readInline();
    if (this._interrupted) {
      // Lit does not update on reconnection by itself: without this, a widget moved while
      // loading would show "Loading…" for ever.
      this._interrupted = false;
      this._host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this._inlineObserver?.disconnect();
    this._inlineObserver = undefined;
    // Stop the download if nobody else waits for it; a reconnect starts over.
    // Data already in hand stays: moving an element does not reload it.
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this.state = { status: 'idle' };
      this._inputs = [];
      this._interrupted = true;
    }
  }

  hostUpdate(): void {
    const { project, projects, data, src, timeout, iatiOrg } = this._host;
    const inputs = [project, projects, data, src, timeout, iatiOrg, this._inlineText, this._inlineType];
    if (inputs.every((value, i) => value === this._inputs[i])) return;
    this._inputs = inputs;
    this._load();
  }

  hostUpdated(): void {
    if (!this._settledToAnnounce) return;
    this._settledToAnnounce = false;
    const state = this.state;
    if (state.status === 'ready' || state.status === 'failed') this._onSettled(state);
  }

  /** Asks the server again (forgetting the page's kept copy), or re-reads the inline data. */
  retry(): void {
    const src = this._host.src;
    if (src) forgetShared(absoluteUrl(src));
    this._load();
  }

  private _readInline(): void {
    const script = this._host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
    const text = script ? (script.textContent ?? '') : undefined;
    const type = script?.type ?? '';
    if (text !== this._inlineText || type !== this._inlineType) {
      this._inlineText = text;
      this._inlineType = type;
      this._host.requestUpdate();
    }
  }

  private _load(): void {
    this._abort?.abort();
    this._abort = undefined;
    const { project, projects, data, src } = this._host;
    if (project !== undefined && project !== null) return this._settle('project', parseProjects([project]));
    if (projects !== undefined && projects !== null) return this._settle('projects', parseProjects(projects));
    if (data !== undefined && data !== null) return this._settle('data', parseProjects(data));
    if (src) return void this._fetch(src);
    if (this._inlineText !== undefined) return void this._read('inline', this._inlineText, this._inlineType, new AbortController());
    this._setState({ status: 'idle' });
  }

  private async _fetch(src: string): Promise<void> {
    const abort = new AbortController();
    this._abort = abort;
    this._setState({ status: 'loading', source: 'src' });
    let body: FetchedText;
    try {
      body = await fetchShared(absoluteUrl(src), { signal: abort.signal, timeout: this._host.timeout, maxBytes: MAX_DATA_BYTES });
    } catch (error) {
      // Aborted: a newer source or a disconnect took over; its state is not ours to touch.
      if (abort.signal.aborted) return;
      this._abort = undefined;
      const loadError = error instanceof LoadError ? error : new LoadError({ kind: 'network' }, src, error);
      this._setState({ status: 'failed', source: 'src', error: loadError }, true);
      return;
    }
    if (abort.signal.aborted) return;
    await this._read('src', body.text, body.contentType, abort);
  }

  /** Settles on the model of `text`, JSON at once, a sheet or an IATI file once their readers are loaded. */
  private async _read(source: DataSource, text: string, contentType: string, abort: AbortController): Promise<void> {
    const format = detectFormat(text, contentType);
    let model: ProjectsModel;
    if (format === 'json') {
      model = readProjectsJson(text);
      if (model.issues[0]?.code === 'not-json') {
        // Where the syntax error is: the scanner is in the problems' chunk, which words the error anyway.
        // So is the mending of JSON pasted into a CMS, which may have put <p> and <br /> between its lines.
        this._abort = abort;
        const chunk = await loadProblemsChunk().catch(() => undefined);
        if (abort.signal.aborted) return;
        model = readProjectsJson(source === 'inline' && chunk ? chunk.withoutCmsMarkup(text) : text, chunk?.locateJsonError);
      }
      this._abort = undefined;
      return this._settle(source, model);
    }
    this._abort = abort;
    this._setState({ status: 'loading', source });
    try {
      model = await readWithReaders(text, format, { organisation: this._host.iatiOrg }, source === 'inline');
    } catch (error) {
      if (abort.signal.aborted) return;
      this._abort = undefined;
      this._setState({ status: 'failed', source, error: new LoadError({ kind: 'readers' }, 'readers', error) }, true);
      return;
    }
    if (abort.signal.aborted) return;
    this._abort = undefined;
    this._settle(source, model);
  }

  private _settle(source: DataSource, model: ProjectsModel): void {
    this._setState(isFatal(model) ? { status: 'failed', source, model } : { status: 'ready', source, model }, true);
  }

  private _setState(state: LoadState, announce = false): void {
    this.state = state;
    this._settledToAnnounce = announce;
    this._host.requestUpdate();
  }
}

/** Relative `src` values resolve against the page, so two spellings of one file share one request; an unparsable one stays as written. */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
