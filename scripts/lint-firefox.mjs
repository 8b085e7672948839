// `npm run lint:firefox`: Mozilla's own checks (web-ext lint, offline) on the Firefox build in .output/firefox-mv2.
// Fails on any error, and on any warning about our own code. Two warnings it lets through, each recognised by
// its code: Preact's renderer assigns innerHTML for dangerouslySetInnerHTML, which none of our code uses
// (checked below); PouchDB's scopeEval builds a Function from a replication filter given as a string, which sync
// never gives (utils/sync passes no filter), so it never runs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = '.output/firefox-mv2';

/** @typedef {{ code: string, message: string, file?: string, _type?: string }} LintMessage */

/** Preact's renderer, recognised by the code around its innerHTML assignment. @param {LintMessage} message */
const isPreactInnerHtml = (message) =>
  message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  message.file &&
  /\.innerHTML=\w+\.__html\b/.test(readFileSync(join(SOURCE, message.file), 'utf8'));

/** PouchDB's scopeEval (pouchdb-utils), recognised by its body. @param {LintMessage} message */
const isPouchScopeEval = (message) =>
  message.code === 'DANGEROUS_EVAL' &&
  message.file === 'background.js' &&
  /return \w+\.push\(\w+\),Function\.apply\(null,\w+\)\.apply\(null,\w+\)/.test(
    readFileSync(join(SOURCE, message.file), 'utf8'),
  );

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json'], { encoding: 'utf8' });
/** @type {{ errors: LintMessage[], warnings: LintMessage[], summary: Record<string, number> }} */
const report = JSON.parse(run.stdout);
const preactWarnings = report.warnings.filter(isPreactInnerHtml);
const pouchWarnings = report.warnings.filter(isPouchScopeEval);
const known = [...preactWarnings, ...pouchWarnings];
const problems = [...report.errors, ...report.warnings.filter((warning) => !known.includes(warning))];
for (const problem of problems)
  console.log(`${problem._type ?? 'problem'} ${problem.code} ${problem.file ?? ''}: ${problem.message}`);

// Our own code never sets HTML from strings, so Preact's path above is never taken.
const ours = ['entrypoints', 'components', 'utils']
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((file) => join(dir, String(file))))
  .filter(
    (file) =>
      /\.tsx?$/.test(file) &&
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(file, 'utf8')),
  );
for (const file of ours) console.log(`our code sets HTML from a string: ${file}`);

console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
    `(${preactWarnings.length} of them Preact's innerHTML, ${pouchWarnings.length} PouchDB's scopeEval), ` +
    `${report.summary.notices} notices`,
);
process.exit(problems.length > 0 || ours.length > 0 ? 1 : 0);
