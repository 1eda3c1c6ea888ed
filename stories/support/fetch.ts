/**
 * Addresses under `__story__/` answer however a story needs, without a server:
 *   __story__/hang      never answers (the loading state; aborting still works)
 *   __story__/http-500  a server error
 *   __story__/html      an HTML page where JSON was expected (a mistyped address)
 * Every other request goes to the real fetch.
 */
export const STORY_URL = {
  hang: '__story__/hang.json',
  http500: '__story__/http-500.json',
  html: '__story__/html.json',
} as const;

export function installStoryFetch(): void {
  const realFetch = window.fetch.bind(window);
  if ((window.fetch as { wisgStory?: boolean }).wisgStory) return;
  const fake = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('__story__/')) return realFetch(input, init);
    if (url.includes('/hang')) {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (url.includes('/http-500')) return Promise.resolve(new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } }));
    return Promise.resolve(new Response('<!doctype html><title>Not here</title>', { status: 200, headers: { 'content-type': 'text/html' } }));
  };
  window.fetch = Object.assign(fake, { wisgStory: true });
}
