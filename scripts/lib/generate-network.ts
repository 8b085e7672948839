/**
 * A generated network for benchmarks: fictional people with Finnish names, towns, companies, tags and notes,
 * the same every run (a seeded random generator). Written as a backup file, as a user would import it.
 */
import { writeBackup } from '../../utils/backup/format';
import { personFromContact } from '../../utils/backup/format-1';
import { DEFAULT_SETTINGS_DOC } from '../../utils/model/records';
import { SHIPPED_TEMPLATES } from '../../utils/shipped-templates';
import { summaryOf } from '../../tests/helpers/summaries';
import { ENTRY_TYPES, timelinesByPerson, type Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';
import { seededRandom } from './seeded-random';

const FIRST = ['Aino', 'Eino', 'Liisa', 'Mikko', 'Sanna', 'Juha', 'Päivi', 'Jääkko', 'Outi', 'Ville', 'Helmi', 'Kalle'];
const LAST = ['Virtanen', 'Korhonen', 'Mäkelä', 'Nieminen', 'Hämäläinen', 'Laine', 'Koskinen', 'Järvinen', 'Lehtonen'];
const TOWNS = ['Helsinki', 'Tampere', 'Hämeenlinna', 'Oulu', 'Turku', 'Jyväskylä', 'Kuopio', 'Åbo', 'Vaasa'];
const COMPANIES = ['Revontuli Oy', 'Kide Analytics', 'Saimaa Systems', 'Pohjoinen Data', 'Lumo Design', 'Aalto'];
const ROLES = ['product designer', 'data engineer', 'teacher', 'recruiter', 'researcher', 'developer', 'CEO'];
const TAGS = ['mentors', 'former colleagues', 'alumni', 'recruiters', 'clients', 'friends'];
const WORDS = (
  'kahvit lounas tapaaminen messut rekrytointi projekti suositus vinkki apua kiitos meetup conference ' +
  'coffee lunch referral advice mentoring workshop hackathon saavutettavuus tekoäly verkostoituminen ' +
  'palaute uusi työ muutto syntymäpäivä podcast artikkeli kirja kurssi Slush Jyväskylä Hämeenlinnassa'
).split(' ');

export function generateNetwork(people: number, interactionsEach: number): { text: string; contacts: number } {
  const next = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const now = Date.UTC(2026, 10, 23);
  const day = 86_400_000;
  const contacts: Summary[] = [];
  const interactions: Entry[] = [];
  for (let i = 0; i < people; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const key = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${i.toString(36)}`;
    const createdAt = now - Math.floor(next() * 1000) * day;
    const company = pick(COMPANIES);
    const location = `${pick(TOWNS)}, Finland`;
    const headline = `${pick(ROLES)} at ${company}`;
    contacts.push({
      ...summaryOf({ layout: 'unknown', key, name, headline, company, location, photoUrl: '' }, createdAt),
      tags: next() < 0.6 ? [pick(TAGS)] : [],
      connectedAt: createdAt,
    });
    for (let j = 0; j < interactionsEach; j++) {
      const at = createdAt + Math.floor(next() * (now - createdAt));
      interactions.push({
        id: `${key}-${j}`,
        contactKey: key,
        type: pick(ENTRY_TYPES.slice(0, 7)),
        text: Array.from({ length: 6 + Math.floor(next() * 14) }, () => pick(WORDS)).join(' '),
        at,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  const timelines = timelinesByPerson(interactions);
  const text = writeBackup({
    people: contacts.map((contact) => personFromContact(contact, timelines.get(contact.key) ?? [])),
    templates: SHIPPED_TEMPLATES.map((template) => ({ ...template, updatedAt: 0 })),
    goals: [],
    settings: DEFAULT_SETTINGS_DOC,
  });
  return { text, contacts: people };
}
