// Which of web-ext lint's messages fail `npm run lint:firefox` (scripts/lint-firefox.mjs): every error, and
// every warning but Preact's innerHTML, recognised by its code and by the code around it. Eval in any form
// (DANGEROUS_EVAL) fails it: Mozilla's review flags it, and the build leaves PouchDB's out
// (utils/sync/changes-filter.ts).

/** @typedef {{ code: string, message: string, file?: string, _type?: string }} LintMessage */
/** @typedef {{ errors: LintMessage[], warnings: LintMessage[], summary: Record<string, number> }} LintReport */

/**
 * Preact's renderer assigns innerHTML for dangerouslySetInnerHTML, which none of our code uses (the script
 * checks that too), recognised by the code around its innerHTML assignment.
 * @param {LintMessage} message @param {(file: string) => string} readSource
 */
export const isPreactInnerHtml = (message, readSource) =>
  message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  message.file !== undefined &&
  /\.innerHTML=\w+\.__html\b/.test(readSource(message.file));

/**
 * The report's messages that fail the check, and Preact's warnings let through.
 * @param {LintReport} report @param {(file: string) => string} readSource the built file's text
 */
export function judgeLint(report, readSource) {
  const preactWarnings = report.warnings.filter((warning) => isPreactInnerHtml(warning, readSource));
  const problems = [...report.errors, ...report.warnings.filter((warning) => !preactWarnings.includes(warning))];
  return { problems, preactWarnings };
}
