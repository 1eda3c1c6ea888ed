// A static file server for the ship tests: serves a folder, plus pages given as strings.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * @param {string} root folder to serve
 * @param {Record<string, string | (() => string | Promise<string>)>} [pages] path → body (HTML unless the path says otherwise)
 * @param {{ port?: number }} [options] the port on 127.0.0.1 (default: any free one)
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(root, pages = {}, { port: wantedPort = 0 } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    const page = pages[pathname];
    if (page !== undefined) {
      const body = typeof page === 'function' ? await page() : page;
      response.writeHead(200, { 'content-type': TYPES[extname(pathname)] ?? TYPES['.html'], 'cache-control': 'no-store' });
      response.end(body);
      return;
    }
    let path = normalize(join(base, decodeURIComponent(pathname)));
    if (!path.startsWith(base)) return void response.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  await new Promise((done, fail) => server.once('error', fail).listen(wantedPort, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
