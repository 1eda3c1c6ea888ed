/**
 * Fetching a data file once for every widget on the page that shows it.
 *
 * Ten widgets with the same `src` share one request and its answer. Each widget waits
 * with its own abort signal and its own time limit; the request itself is aborted only
 * when no widget waits for it any more. A successful answer is kept for the page's
 * lifetime (the data of a page rarely changes while it is open); `retry` forgets it.
 */

/** What went wrong, with the figure that goes with it. */
export type LoadFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  /** An HTML page (a mistyped address, a login wall) instead of JSON. */
  | { readonly kind: 'content-type'; readonly contentType: string }
  /** The data is a sheet or an IATI file, and the readers' chunk could not be loaded. */
  | { readonly kind: 'readers' };

/**
 * Why a file could not be loaded. `message`, for developers, is made here once (it ships in every bundle): where
 * (the address), then the error that caused it, or else the failure as JSON ('…/data.json: {"kind":"http","status":404}').
 * Widgets show localized text made from `failure`.
 */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    where: string,
    cause: unknown = JSON.stringify(failure),
  ) {
    super(`${where}: ${String(cause)}`);
    this.name = 'LoadError';
  }
}

export interface SharedFetchOptions {
  /** Aborting it stops this caller's wait (and the request, if nobody else waits). */
  readonly signal: AbortSignal;
  /** Milliseconds this caller waits at most. */
  readonly timeout: number;
  /** Bodies larger than this many bytes are refused. */
  readonly maxBytes: number;
}

/** A file's text, and the content type it was served with (lower case, without parameters). */
export interface FetchedText {
  readonly text: string;
  readonly contentType: string;
}

interface Request {
  readonly body: Promise<FetchedText>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Request>();

/** Resolves to the body text of `url`. Rejects with a `LoadError`, or with the signal's reason when aborted. */
export function fetchShared(url: string, options: SharedFetchOptions): Promise<FetchedText> {
  const { signal } = options;
  if (signal.aborted) return Promise.reject(signal.reason);
  let request = requests.get(url);
  if (!request) request = startRequest(url, options.maxBytes);
  const shared = request;
  shared.waiting++;

  return new Promise<FetchedText>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        // Nobody waits any more: stop the download and let the next caller start afresh.
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
    };
    const onAbort = () => {
      if (done) return;
      finish();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new LoadError({ kind: 'timeout', timeoutMs: options.timeout }, url));
    }, options.timeout);
    signal.addEventListener('abort', onAbort);
    shared.body.then(
      (body) => {
        if (done) return;
        finish();
        resolve(body);
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

/** Forgets a kept answer or a failed request, so the next `fetchShared` asks the server again. */
export function forgetShared(url: string): void {
  const request = requests.get(url);
  if (request?.settled) requests.delete(url);
}

function startRequest(url: string, maxBytes: number): Request {
  const controller = new AbortController();
  const request: Request = {
    controller,
    waiting: 0,
    settled: false,
    body: download(url, maxBytes, controller.signal).then(
      (body) => {
        request.settled = true;
        return body;
      },
      (error: unknown) => {
        request.settled = true;
        // A refused answer (too large, wrong type, HTTP error) must not go on downloading:
        // cancelling its body stream is not enough in Firefox, which keeps the connection
        // open and the body coming. Aborting the request closes it in every browser.
        controller.abort();
        // Failures are not kept: the next caller (or a retry) tries again.
        if (requests.get(url) === request) requests.delete(url);
        throw error;
      },
    ),
  };
  // The callers handle rejections; this keeps an abandoned request's failure from being "unhandled".
  request.body.catch(() => {});
  requests.set(url, request);
  return request;
}

async function download(url: string, maxBytes: number, signal: AbortSignal): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json, text/csv, application/xml;q=0.9, */*;q=0.8' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new LoadError({ kind: 'network' }, url, error);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new LoadError({ kind: 'http', status: response.status }, url);
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // An HTML page is what a mistyped address or a login wall sends: say so rather than "not JSON".
  if (contentType.includes('html')) {
    void response.body?.cancel().catch(() => {});
    throw new LoadError({ kind: 'content-type', contentType }, url);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new LoadError({ kind: 'too-large', maxBytes }, url);
  }
  return { text: await readText(response, url, maxBytes), contentType };
}

/** Reads the body as UTF-8, giving up as soon as it passes `maxBytes` (the length header may be absent or wrong). */
async function readText(response: Response, url: string, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw new LoadError({ kind: 'too-large', maxBytes }, url);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
