// The one static file server of the repository: `npm start`, the screenshots, the bench, Lighthouse,
// the ship, CSP and screen-reader tests. A folder's files, and pages made on request (the bench's
// data sets, a test's strings, the CSP test's pages with their policy header).
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const typeOf = (path, fallback = 'application/octet-stream') => TYPES[extname(path)] ?? fallback;

/**
 * @typedef {string | Buffer | { status?: number, headers?: Record<string, string>, body?: string | Buffer }} Page
 *   a body (its type from the path's extension, HTML without one), or a whole answer
 * @typedef {(url: URL, request: import('node:http').IncomingMessage) => Page | undefined | Promise<Page | undefined>} PageMaker
 */

/**
 * Serves `root` (null: no files) on 127.0.0.1 and resolves once it listens.
 *
 * @param {string | null} root
 * @param {object} [options]
 * @param {Record<string, Page | PageMaker> | PageMaker} [options.pages] path → page, or a function of the URL
 *   (undefined: not a page, look for a file); pages come before files
 * @param {string[]} [options.only] serve only files under these paths relative to root ('dist/', 'demo/x.css')
 * @param {Record<string, string>} [options.mounts] a path prefix → the folder served in its place ('dist/' → a patched build)
 * @param {boolean} [options.brotli] compress text with brotli where the browser accepts it, as a CDN does
 * @param {number} [options.port] default: any free port
 * @param {string | null} [options.host] default 127.0.0.1; null: every interface
 * @returns {Promise<{ url: string, port: number, requests: string[], close: () => Promise<void> }>}
 *   `requests`: every path asked for, in order
 */
export async function serve(root, { pages = {}, only, mounts = {}, brotli = false, port = 0, host = '127.0.0.1' } = {}) {
  const base = root === null ? null : resolve(root);
  const pageFor = typeof pages === 'function' ? pages : (url, request) => (typeof pages[url.pathname] === 'function' ? pages[url.pathname](url, request) : pages[url.pathname]);
  const requests = [];
  const compressed = new Map();

  const send = (request, response, status, headers, body) => {
    headers = { 'cache-control': 'no-store', ...headers };
    if (brotli && body.length > 0 && /\bbr\b/.test(request.headers['accept-encoding'] ?? '') && /text|json|javascript|svg/.test(headers['content-type'] ?? '')) {
      const key = createHash('sha1').update(body).digest('hex');
      if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
      body = compressed.get(key);
      headers['content-encoding'] = 'br';
    }
    response.writeHead(status, headers).end(body);
  };

  /** The file a path names, or undefined (outside root or `only`, missing, a folder without index.html). */
  const fileFor = (pathname) => {
    if (base === null) return undefined;
    let rel = relative(base, normalize(join(base, pathname)));
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    if (only && !only.some((prefix) => rel === prefix || rel.startsWith(prefix))) return undefined;
    const mount = Object.keys(mounts).find((prefix) => rel.startsWith(prefix));
    let path = mount ? join(mounts[mount], rel.slice(mount.length)) : join(base, rel);
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      return statSync(path).isFile() ? path : undefined;
    } catch {
      return undefined;
    }
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    try {
      const page = await pageFor(url, request);
      if (page !== undefined) {
        const answer = typeof page === 'string' || Buffer.isBuffer(page) ? { body: page } : page;
        const body = answer.body ?? '';
        return send(request, response, answer.status ?? 200, { 'content-type': typeOf(url.pathname, TYPES['.html']), ...answer.headers }, Buffer.isBuffer(body) ? body : Buffer.from(body));
      }
      const pathname = decodeURIComponent(url.pathname);
      const file = fileFor(pathname);
      if (!file) return send(request, response, 404, { 'content-type': 'text/plain' }, Buffer.from('Not found'));
      const type = typeOf(file);
      if (brotli) return send(request, response, 200, { 'content-type': type }, await readFile(file));
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error?.stack ?? error));
    }
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, host ?? undefined, done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
