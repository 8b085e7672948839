/** The fictional exports of tests/fixtures/linkedin-export, and plain words for the entries they make. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportWords } from '../../utils/linkedin-export/words';
import type { ExportText } from '../../utils/linkedin-export/read';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'linkedin-export');

/** One fixture export's files, as the import reads them (its folder as LinkedIn's ZIP has it). */
export function fixtureExport(name: 'basic' | 'older'): ExportText[] {
  return readdirSync(join(FIXTURES, name))
    .sort()
    .map((file) => ({
      path: `Basic_LinkedInDataExport_03-12-2026/${file}`,
      text: readFileSync(join(FIXTURES, name, file), 'utf8'),
    }));
}

export function fixtureFile(name: 'basic' | 'older', file: string): ExportText {
  return fixtureExport(name).find((text) => text.path.endsWith(`/${file}`))!;
}

/** Words that show what made them, for tests. */
export const TEST_WORDS: ExportWords = {
  connected: () => 'Connected on LinkedIn',
  messages: (count, title) => `${count} messages${title ? ` in ${title}` : ''}`,
  invitationSent: (note) => `Invited: ${note}`,
  invitedYou: (note) => `Invited you: ${note}`,
  endorsed: (skill) => `Endorsed ${skill}`,
  endorsedYou: (skill) => `Endorsed you for ${skill}`,
  recommended: (text) => `Recommended: ${text}`,
  recommendedYou: (text) => `Recommended you: ${text}`,
};
