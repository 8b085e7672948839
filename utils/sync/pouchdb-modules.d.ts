/** The PouchDB 9 packages sync uses, typed by utils/sync/pouchdb.ts (see there why not DefinitelyTyped's). */
declare module 'pouchdb-core' {
  const PouchDB: import('@/utils/sync/pouchdb').PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
