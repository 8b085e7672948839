// `npm run lint:firefox`: Mozilla's own checks (web-ext lint, offline) on the Firefox build in .output/firefox-mv2.
// Fails on any error and any warning (scripts/lib/firefox-lint.mjs) but one, recognised by its code: Preact's
// renderer assigns innerHTML for dangerouslySetInnerHTML, which none of our code uses (checked below).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeLint } from './lib/firefox-lint.mjs';

const SOURCE = '.output/firefox-mv2';

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json'], { encoding: 'utf8' });
/** @type {import('./lib/firefox-lint.mjs').LintReport} */
const report = JSON.parse(run.stdout);
const { problems, preactWarnings } = judgeLint(report, (file) => readFileSync(join(SOURCE, file), 'utf8'));
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
    `(${preactWarnings.length} of them Preact's innerHTML), ` +
    `${report.summary.notices} notices`,
);
process.exit(problems.length > 0 || ours.length > 0 ? 1 : 0);
