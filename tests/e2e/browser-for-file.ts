/** One browser with the extension for a test file (or describe block): started before its tests, closed after. */
import { afterAll, beforeAll } from 'vitest';
import { startSession, type Session } from './harness';

export function browserForFile(...options: Parameters<typeof startSession>): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(...options);
  });
  afterAll(() => session?.close());
  return () => session!;
}
