/** Contacts as a spreadsheet: one row per person, dates as YYYY-MM-DD (any spreadsheet reads them). Pure. */
import { toCsv, type Delimiter } from './csv';
import { profileUrlOf } from './linkedin/urls';
import { toDateInput } from './time';
import type { Summary } from './model/summary';

const HEADER = [
  'Name',
  'Headline',
  'Company',
  'Location',
  'Email',
  'Tags',
  'Last contact',
  'Next due',
  'Connected on',
  'Profile URL',
];

const day = (time: number | null) => (time === null ? '' : toDateInput(time));

export function contactsToCsv(contacts: readonly Summary[], delimiter: Delimiter = ','): string {
  const rows = [...contacts]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((contact) => [
      contact.name,
      contact.headline,
      contact.company,
      contact.location,
      contact.email,
      contact.tags.join('; '),
      day(contact.lastContactAt),
      day(contact.dueAt),
      day(contact.connectedAt),
      profileUrlOf(contact.key),
    ]);
  return toCsv([HEADER, ...rows], delimiter);
}
