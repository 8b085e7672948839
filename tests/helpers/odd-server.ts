/**
 * A server that answers every request with 200 and the same body, on loopback: what a Wi-Fi login page, or an
 * address that is not a CouchDB database, looks like to sync.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OddServer {
  /** A database address on it. */
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startOddServer(contentType: string, body: string): Promise<OddServer> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': contentType });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    databaseUrl: `http://127.0.0.1:${port}/keep-in-touch`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
