// The lazy chunks of the one-script bundles (see src/loading/lazy-chunk.ts): rare code that a
// page loads on first use, as a self-contained ES module next to dist/wisg-widgets.js.
//
// A dynamic import of a chunk's source module becomes `import('./wisg-widgets-NAME.js')`, for the
// ES module and the classic build alike (a classic script's import() resolves against its own URL).
// rollup.config.mjs builds each chunk on its own, with its own copy of what it shares with the
// bundle (a few hundred bytes), since the classic build cannot share modules with it.
// The npm modules (dist/lib) do without: there the import stays, for the user's bundler to split.
import { resolve } from 'node:path';

/** Each chunk's source module → its file in dist/. */
export const LAZY_CHUNKS = {
  'src/chunks/readers.ts': 'wisg-widgets-readers.js',
  'src/chunks/problems.ts': 'wisg-widgets-problems.js',
  'src/chunks/links.ts': 'wisg-widgets-links.js',
  'src/chunks/pager.ts': 'wisg-widgets-pager.js',
  'src/chunks/list-state.ts': 'wisg-widgets-list-state.js',
};

export function lazyChunks(chunks = LAZY_CHUNKS) {
  const files = new Map(Object.entries(chunks).map(([source, file]) => [resolve(source), file]));
  return {
    name: 'wisg-lazy-chunks',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      const file = resolved && files.get(resolved.id);
      // 'absolute': kept as written, not made relative to the importer's folder.
      return file ? { id: `./${file}`, external: 'absolute' } : null;
    },
  };
}
