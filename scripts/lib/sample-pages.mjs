// The bundled sample pages (tests/fixtures/pages): fictional people in each LinkedIn markup generation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FOLDER = resolve('tests/fixtures/pages');

/**
 * URL path → file, for the fixture server.
 * @returns {Record<string, string>}
 */
export function samplePageRoutes() {
  /** @type {Record<string, string>} */
  const routes = JSON.parse(readFileSync(resolve(FOLDER, 'routes.json'), 'utf8'));
  return Object.fromEntries(Object.entries(routes).map(([path, file]) => [path, resolve(FOLDER, file)]));
}
