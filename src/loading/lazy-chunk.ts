/**
 * Rare code loaded on first use, as a file next to the bundle.
 *
 * Call sites write `loadChunk('name', () => import('./module.js'))`. In the npm modules
 * (dist/lib) that is an ordinary dynamic import, split by the user's bundler. In the
 * one-script bundles, scripts/lazy-chunks.mjs turns it into `import('./wisg-widgets-name.js')`,
 * a self-contained ES module built next to them. The classic build loads it the same way:
 * a classic script's `import()` resolves against the script's own URL and carries its nonce,
 * so it works on a strict-CSP page (and is no Trusted Types sink, unlike a script element's src).
 */

/** Why a chunk could not be loaded (a network error, a missing file). */
export class ChunkLoadError extends Error {
  constructor(
    readonly chunk: string,
    cause: unknown,
  ) {
    super(`Could not load the ${chunk} chunk: ${String(cause)}`);
    this.name = 'ChunkLoadError';
  }
}

const chunks = new Map<string, Promise<unknown>>();

/** The chunk's module, loaded once per page; a failed load is forgotten, so a retry loads it again. */
export function loadChunk<T>(name: string, load: () => Promise<T>): Promise<T> {
  let chunk = chunks.get(name) as Promise<T> | undefined;
  if (!chunk) {
    chunk = load().catch((error: unknown) => {
      chunks.delete(name);
      throw new ChunkLoadError(name, error);
    });
    chunks.set(name, chunk);
  }
  return chunk;
}

/**
 * The problems' chunk (src/chunks/problems.ts): the wording of problems (src/localize/problems.ts)
 * and the JSON syntax-error scanner (project-data-controller.ts) load it under one name, once.
 */
export const loadProblemsChunk = () => loadChunk('problems', () => import('../chunks/problems.js'));
