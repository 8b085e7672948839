// Serves local pages at https://www.linkedin.com/... : an HTTPS server on 127.0.0.1 with a throwaway
// self-signed certificate; Chromium is told to resolve www.linkedin.com to it (see launch.mjs).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import selfsigned from 'selfsigned';

/**
 * @param {Record<string, string>} routes URL path (a page's with a trailing slash) → file to serve
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startFixtureServer(routes) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'www.linkedin.com' }], { keySize: 2048 });
  const server = createServer({ key: pems.private, cert: pems.cert }, async (request, response) => {
    const path = new URL(request.url ?? '/', 'https://www.linkedin.com').pathname;
    // A file keeps its name; LinkedIn serves /in/slug and /in/slug/ alike, and overlays over the same page.
    const isFile = /\.[a-z]+$/.test(path);
    const base = isFile ? path : path.replace(/\/overlay\/.*$/, '/').replace(/\/?$/, '/');
    const file = routes[base];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><title>Not found | LinkedIn</title><p>No fixture here.</p>');
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
