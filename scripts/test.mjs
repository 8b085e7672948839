// `npm test`: type-check, lint, format check, unit tests, both builds, the e2e tests in real Chromium and Firefox
// (found or installed), then Mozilla's web-ext lint on the Firefox build.
// Runs every step it can, then closes with one line a person or CI can read: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';
import { findFirefox } from './lib/firefox.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

/** @type {string[]} */
const failedSteps = [];

/**
 * Runs one step, streaming its output; records it as failed on a non-zero exit.
 * @param {string} name @param {string} command @param {string[]} args
 */
function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  if (status !== 0) failedSteps.push(name);
  return status === 0;
}

/** @param {string} name @param {string} config @param {string} output */
const vitest = (name, config, output) =>
  step(name, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);

step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', 'vitest.config.ts', `${RESULTS}/unit.json`);
const built = step('build', 'npx', ['wxt', 'build']);
const builtForFirefox = step('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
// The sync tests' own build (.output-sync-test), which may reach their server on 127.0.0.1 (wxt.config.ts).
process.env.SYNC_TEST_HOST = '127.0.0.1';
step('build for the sync tests', 'npx', ['wxt', 'build']);
delete process.env.SYNC_TEST_HOST;
if (built && builtForFirefox) {
  try {
    process.env.CHROME_PATH = await findChromium({ withFinnish: true });
    process.env.FIREFOX_PATH = findFirefox();
    vitest('e2e', 'vitest.e2e.config.ts', `${RESULTS}/e2e.json`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    failedSteps.push('e2e (no browser)');
  }
}
if (builtForFirefox) step('web-ext lint', 'node', ['scripts/lint-firefox.mjs']);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const suite of ['unit', 'e2e']) {
  const file = `${RESULTS}/${suite}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  console.log(
    `${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
  );
}
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
