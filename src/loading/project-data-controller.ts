/**
 * Where a widget's projects come from, and the state of getting them.
 *
 * Sources, first one present wins:
 * 0. a `project` property (one project object), on elements that have one (the card);
 * 1. the `projects` property (an array) — for frameworks;
 * 2. the `data` property (a document or an array);
 * 3. the `src` attribute — fetched, shared between widgets (see shared-fetch.ts);
 * 4. an inline `<script type="application/json">` child — for CMS editors who can
 *    paste HTML but cannot host a file.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withoutCmsMarkup } from '../data/cms-markup.js';
import { isFatal, parseProjects, parseProjectsJson } from '../data/parse.js';
import type { ProjectsModel } from '../data/types.js';
import { fetchShared, forgetShared, LoadError } from './shared-fetch.js';

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
}

/** Bodies larger than this are refused with a clear message rather than freezing the page. */
export const MAX_DATA_BYTES = 5 * 1024 * 1024;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

export class ProjectDataController implements ReactiveController {
  state: LoadState = { status: 'idle' };

  /** Called once per state the element settles in (ready or failed), after the element has rendered it. */
  onSettled?: (state: LoadState & { status: 'ready' | 'failed' }) => void;

  private _inputs: readonly unknown[] = [];
  private _abort?: AbortController;
  private _inlineObserver?: MutationObserver;
  private _inlineText: string | undefined;
  private _settledToAnnounce = false;
  /** A load was cut short by a disconnect: start it again on reconnection. */
  private _interrupted = false;

  constructor(private readonly _host: DataHost) {
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
    const { project, projects, data, src, timeout } = this._host;
    const inputs = [project, projects, data, src, timeout, this._inlineText];
    if (inputs.every((value, i) => value === this._inputs[i])) return;
    this._inputs = inputs;
    this._load();
  }

  hostUpdated(): void {
    if (!this._settledToAnnounce) return;
    this._settledToAnnounce = false;
    const state = this.state;
    if (state.status === 'ready' || state.status === 'failed') this.onSettled?.(state);
  }

  /** Asks the server again (forgetting the page's kept copy), or re-reads the inline data. */
  retry(): void {
    const src = this._host.src;
    if (src) forgetShared(absoluteUrl(src));
    this._load();
  }

  private _readInline(): void {
    const script = this._host.querySelector(INLINE_SELECTOR);
    const text = script ? (script.textContent ?? '') : undefined;
    if (text !== this._inlineText) {
      this._inlineText = text;
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
    // Pasted into a CMS, the JSON may have gained <p> and <br /> between its tokens.
    if (this._inlineText !== undefined) return this._settle('inline', parseProjectsJson(withoutCmsMarkup(this._inlineText)));
    this._setState({ status: 'idle' });
  }

  private async _fetch(src: string): Promise<void> {
    const abort = new AbortController();
    this._abort = abort;
    this._setState({ status: 'loading', source: 'src' });
    let body: string;
    try {
      body = await fetchShared(absoluteUrl(src), { signal: abort.signal, timeout: this._host.timeout, maxBytes: MAX_DATA_BYTES });
    } catch (error) {
      // Aborted: a newer source or a disconnect took over; its state is not ours to touch.
      if (abort.signal.aborted) return;
      this._abort = undefined;
      const loadError = error instanceof LoadError ? error : new LoadError({ kind: 'network' }, String(error));
      this._setState({ status: 'failed', source: 'src', error: loadError }, true);
      return;
    }
    if (abort.signal.aborted) return;
    this._abort = undefined;
    this._settle('src', parseProjectsJson(body));
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
