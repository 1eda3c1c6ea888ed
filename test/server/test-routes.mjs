// Test endpoints for the browser suite, mounted by web-test-runner.config.mjs under /__test__/.
// They misbehave on purpose (errors, wrong types, truncated or huge bodies, answers that
// never come) and keep a log, per `key`, of how each request ended, so a test can check
// from the server's side that the browser really closed a request it gave up on.
//
//   /__test__/json?key=K&delay=ms     a small valid projects document (after `delay`)
//   /__test__/status/:code?key=K      that HTTP status, with a JSON body
//   /__test__/html?key=K              200 text/html (a login wall, a mistyped address)
//   /__test__/truncated?key=K         200 application/json, cut off mid-document
//   /__test__/huge?key=K&length=1     a body over the 5 MB limit; `length=1` declares its size,
//                                     otherwise it is streamed (chunked) slowly, without end
//   /__test__/hang?key=K              accepts the request and never answers
//   /__test__/flaky?key=K&fail=N      500 for the first N requests of K, then the document
//   /__test__/log?key=K               what happened to K's requests (JSON, see `record`)
//   /__test__/refused                 {"url"}: an address on a port where nothing listens
import { createServer } from 'node:net';

const PREFIX = '/__test__/';

/** key → requests, each { route, state: 'open' | 'answered' | 'closed-by-client' }. */
const log = new Map();

export const SMALL_DOCUMENT = {
  lang: 'en',
  projects: [
    { id: 'served-1', title: { en: 'Served project one', ka: 'პირველი პროექტი' }, start: '2021-03-01', end: '2022-02-28', goal: 'A goal.' },
    { id: 'served-2', title: { en: 'Served project two', ka: 'მეორე პროექტი' }, start: '2023-01-01', goal: 'Another goal.' },
  ],
};

function record(key, route, response) {
  const entry = { route, state: 'open' };
  if (!log.has(key)) log.set(key, []);
  log.get(key).push(entry);
  // 'finish': the whole answer was handed to the OS; 'close' before that: the client went away.
  response.once('finish', () => (entry.state = 'answered'));
  response.once('close', () => {
    if (entry.state === 'open') entry.state = 'closed-by-client';
  });
  return entry;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

/** Koa middleware for @web/test-runner's dev server. */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const key = ctx.query.key ?? '';
  const res = ctx.res;
  // We answer on the raw response, so the answers are exactly what a misbehaving server sends.
  ctx.respond = false;
  // What the dev server logs; the raw answers below set the real status.
  ctx.status = Number(/^status\/(\d{3})$/.exec(route)?.[1] ?? 200);

  if (route === 'log') return send(res, 200, 'application/json', JSON.stringify(log.get(key) ?? []));
  if (route === 'refused') return send(res, 200, 'application/json', JSON.stringify({ url: `http://127.0.0.1:${await freePort()}/projects.json` }));

  const entry = record(key, route, res);
  const delay = Number(ctx.query.delay ?? 0);
  if (delay > 0) await sleep(delay);
  if (entry.state !== 'open') return; // the client left while we waited

  if (route === 'json') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(SMALL_DOCUMENT));
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) return send(res, Number(status[1]), 'application/json', JSON.stringify({ error: 'on purpose' }));
  if (route === 'html') return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Sign in</title><p>Please sign in.</p>');
  if (route === 'truncated') return send(res, 200, 'application/json', JSON.stringify(SMALL_DOCUMENT).slice(0, 70));
  if (route === 'flaky') {
    const failures = Number(ctx.query.fail ?? 1);
    const seen = log.get(key).length;
    return seen <= failures ? send(res, 500, 'application/json', '{"error":"on purpose"}') : send(res, 200, 'application/json', JSON.stringify(SMALL_DOCUMENT));
  }
  if (route === 'hang') {
    // Headers never sent: the browser waits for the answer until it gives up.
    return;
  }
  if (route === 'huge') {
    const limit = 5 * 1024 * 1024;
    if (ctx.query.length) {
      // Declared too large: the browser can refuse it from the headers alone.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(limit * 4) });
      res.write('{"projects":[');
      return; // never finished: only a client that gives up ends this request
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const chunk = Buffer.from(`{"id":"${'x'.repeat(65_000)}"},`);
    res.write('{"projects":[');
    // An endless array, written as fast as the client reads: it must stop reading past the limit.
    while (entry.state === 'open') {
      if (res.write(chunk)) continue;
      await new Promise((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
    return;
  }
  send(res, 404, 'text/plain', `No test route ${route}`);
}
