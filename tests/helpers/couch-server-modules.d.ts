/** The untyped packages of the test server (couch-server.ts), as far as it uses them. */
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  interface Options {
    inMemoryConfig?: boolean;
    logPath?: string;
    overrideMode?: { exclude?: string[] };
  }
  type App = RequestListener & { couchLogger: { _stream: NodeJS.WritableStream } };
  export default function expressPouchDB(PouchDB: unknown, options?: Options): App;
}

declare module 'memdown' {
  interface Iterator {
    next(callback: (error: Error | undefined, key?: unknown, value?: unknown) => void): void;
    end(callback: (error?: Error) => void): void;
  }
  interface MemDown {
    iterator(options: { keyAsBuffer: false; valueAsBuffer: false }): Iterator;
  }
  /** Without a location, a store of its own (with one, a store shared by the whole process). */
  export default function memdown(location: string): MemDown;
}
