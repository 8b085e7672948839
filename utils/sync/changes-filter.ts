/**
 * PouchDB's changes-filter plugin, in place of pouchdb-changes-filter, which pouchdb-core installs itself.
 * PouchDB's own evaluates a design document's filter or view, given by name as a string, with `Function`
 * (pouchdb-utils' scopeEval): eval, which Mozilla's review flags in the Firefox build (web-ext lint's
 * DANGEROUS_EVAL) and MV3 forbids at run time. Sync filters nothing, so this one refuses filters by name,
 * views and selectors, and lets a changes feed or replication through unfiltered, or filtered by a function
 * given in code, which PouchDB applies itself. The build puts it in place of PouchDB's (wxt.config.ts), so
 * that no eval is bundled; utils/sync/pouch.ts installs it too, so that the tests run what the extension runs.
 */

interface ChangesOptions {
  filter?: unknown;
  view?: unknown;
  selector?: unknown;
}

/** What PouchDB looks for in `PouchDB._changesFilterPlugin` (pouchdb-core's Changes). */
interface ChangesFilterPlugin {
  validate(options: ChangesOptions, callback: (error?: Error) => void): void;
  normalize(options: ChangesOptions): void;
  /** Whether `filter` must decide the feed: never, as PouchDB itself applies a function filter. */
  shouldFilter(changes: unknown, options: ChangesOptions): boolean;
}

/** The filtering asked for that this plugin refuses, if any. */
function refused(options: ChangesOptions): string | undefined {
  if (typeof options.filter === 'string') return `filter "${options.filter}"`;
  if (options.view) return 'view';
  if (options.selector) return 'selector';
  return undefined;
}

const plugin: ChangesFilterPlugin = {
  validate(options, callback) {
    const what = refused(options);
    callback(what ? new Error(`This PouchDB filters only by a function: ${what} refused.`) : undefined);
  },
  normalize() {},
  shouldFilter: () => false,
};

export default function changesFilterWithoutEval(PouchDB: { _changesFilterPlugin?: ChangesFilterPlugin }): void {
  PouchDB._changesFilterPlugin = plugin;
}
