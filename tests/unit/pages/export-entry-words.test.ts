/**
 * The entries LinkedIn's export writes ("Connected on LinkedIn", "3 messages on LinkedIn", "Invited you…") say
 * what they record in the language of the moment, not in the one active at the import: after the user switches
 * the extension's language, they follow it. Entries stored before they knew what they record show as stored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryText, exportWords } from '@/components/export-words';
import { planImport } from '@/utils/linkedin-export/import-plan';
import { personWithExport } from '@/utils/linkedin-export/to-person';
import { loadChosenLanguage } from '@/utils/i18n';
import { editEntry } from '@/utils/model/timeline';
import { personFromJson, personToJson } from '@/utils/model/person-json';
import { timelineOf } from '@/utils/model/views';
import type { Person } from '@/utils/model/person';
import { fixtureExport } from '../../helpers/linkedin-export';

const NOW = Date.UTC(2026, 4, 1, 9);

const speak = async (language: 'en' | 'fi') => {
  fakeBrowser.reset();
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
  await fakeBrowser.storage.local.set({ chosenLanguage: { language, messages } });
  await loadChosenLanguage();
};

/** The people of the sample export as an import in `language` stores them (through their JSON, as the store keeps them). */
async function importedIn(language: 'en' | 'fi', keepTexts = false): Promise<Map<string, Person>> {
  await speak(language);
  const { plan } = planImport(fixtureExport('basic'), { keepTexts, words: exportWords() });
  return new Map(
    plan.people.map((planned) => [
      planned.key,
      personFromJson(personToJson(personWithExport(undefined, planned, NOW))),
    ]),
  );
}

const shown = (doc: Person) => timelineOf(doc).map(entryText).sort();

describe('the export’s entries, shown after the language was switched', () => {
  it('say in Finnish what an English import recorded, and in English what a Finnish one did', async () => {
    const english = await importedIn('en');
    const finnish = await importedIn('fi');
    const aino = (people: Map<string, Person>) => people.get('aino-makela')!;
    await speak('en');
    expect(shown(aino(english))).toContain('Connected on LinkedIn');
    await speak('fi');
    expect(shown(aino(english))).toEqual(shown(aino(finnish)));
    expect(shown(aino(english))).toContain('Yhteys muodostettiin LinkedInissä');
    expect(shown(aino(english))).toContain('3 viestiä LinkedInissä');
    await speak('en');
    expect(shown(aino(finnish))).toEqual(shown(aino(english)));
    for (const doc of english.values()) expect(shown(doc)).toEqual(shown(finnish.get(doc.key)!));
  });

  it('keep the texts of messages the user chose to keep, under the day’s count in the language of the moment', async () => {
    const aino = (await importedIn('en', true)).get('aino-makela')!;
    await speak('fi');
    expect(shown(aino)).toContain(
      '3 viestiä LinkedInissä\nAino Mäkelä: Hei Sanna, would you have time for coffee, next week?\n' +
        'Sanna Virtanen: Gladly! Tuesday?\nAino Mäkelä: Tuesday it is.',
    );
  });

  it('show the user’s own words once they edited one', async () => {
    const aino = (await importedIn('en')).get('aino-makela')!;
    const connected = timelineOf(aino).find((entry) => entry.text === 'Connected on LinkedIn')!;
    const edited = { ...aino, timeline: editEntry(aino.timeline, connected.id, { text: 'Met at Slush' }, NOW + 1)! };
    await speak('fi');
    expect(shown(personFromJson(personToJson(edited)))).toContain('Met at Slush');
  });

  it('show an entry stored before they recorded what they are as it was stored', async () => {
    const aino = (await importedIn('en')).get('aino-makela')!;
    const stored = JSON.parse(personToJson(aino)) as { timeline: Record<string, unknown>[] };
    for (const version of stored.timeline) delete version.said;
    await speak('fi');
    expect(shown(personFromJson(JSON.stringify(stored)))).toContain('Connected on LinkedIn');
  });
});
