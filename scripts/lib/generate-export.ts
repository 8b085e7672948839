/**
 * A generated LinkedIn data export for benchmarks: a ZIP as LinkedIn sends it (Basic_LinkedInDataExport_…), with
 * `connections` people in Connections.csv (after its note lines), `messages` messages in conversations of two
 * (the owner writing in most of them) and a few groups, and `invitations` invitations. The same every run.
 */
import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../../utils/csv';
import { seededRandom } from './seeded-random';

const FIRST = ['Aino', 'Eino', 'Liisa', 'Mikko', 'Sanna', 'Juha', 'Päivi', 'Outi', 'Ville', 'Helmi', 'Kalle'];
const LAST = ['Virtanen', 'Korhonen', 'Mäkelä', 'Nieminen', 'Hämäläinen', 'Laine', 'Koskinen', 'Järvinen'];
const OWNER = { name: 'Sanna Omistaja', url: 'https://www.linkedin.com/in/sanna-omistaja' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (time: number) => {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
};

export function generateExport(
  { connections, messages, invitations }: { connections: number; messages: number; invitations: number },
  now = Date.UTC(2026, 2, 12),
): Uint8Array {
  const next = seededRandom(22);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const people = Array.from({ length: connections }, (_, index) => ({
    name: `${pick(FIRST)} ${pick(LAST)}`,
    url: `https://www.linkedin.com/in/person-${index.toString(36)}-${Math.floor(next() * 1e6).toString(36)}`,
  }));
  const span = 4 * 365 * 86_400_000;
  const connectionRows = people.map((person) => {
    const day = new Date(now - next() * span);
    const [first, last] = person.name.split(' ');
    return [
      first!,
      last!,
      person.url,
      '',
      'Revontuli Oy',
      'Engineer',
      `${pad(day.getUTCDate())} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`,
    ];
  });
  const notes =
    'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n';
  const header = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
    'IS MESSAGE DRAFT',
    'IS CONVERSATION ARCHIVED',
  ];
  const messageRows: string[][] = [];
  let conversation = 0;
  while (messageRows.length < messages) {
    conversation++;
    const other = pick(people);
    const ownerWrites = next() < 0.7;
    const length = 1 + Math.floor(next() * 19);
    let time = now - next() * span;
    for (let at = 0; at < length && messageRows.length < messages; at++) {
      const fromOwner = ownerWrites && at % 2 === 1;
      const [from, to] = fromOwner ? [OWNER, other] : [other, OWNER];
      time += next() * 3 * 86_400_000;
      messageRows.push([
        `2-${conversation.toString(36)}`,
        '',
        from.name,
        from.url,
        to.name,
        to.url,
        utc(Math.min(time, now)),
        '',
        `Message ${at} of a conversation, with a few words in it.`,
        'INBOX',
        '',
        'No',
        'No',
      ]);
    }
  }
  const invitationRows = Array.from({ length: invitations }, (_, index) => {
    const other = people[index % people.length]!;
    const day = new Date(now - next() * span);
    const outgoing = index % 3 !== 0;
    const [from, to] = outgoing ? [OWNER, other] : [other, OWNER];
    const sentAt = `${day.getUTCMonth() + 1}/${day.getUTCDate()}/${String(day.getUTCFullYear()).slice(2)}, 10:04 AM`;
    return [
      from.name,
      to.name,
      sentAt,
      outgoing ? 'Hi, we met at the meetup.' : '',
      outgoing ? 'OUTGOING' : 'INCOMING',
      from.url,
      to.url,
    ];
  });
  const folder = 'Basic_LinkedInDataExport_03-12-2026';
  return zipSync({
    [`${folder}/Connections.csv`]: strToU8(
      notes +
        toCsv([
          ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
          ...connectionRows,
        ]).slice(1),
    ),
    [`${folder}/messages.csv`]: strToU8(toCsv([header, ...messageRows]).slice(1)),
    [`${folder}/Invitations.csv`]: strToU8(
      toCsv([
        ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
        ...invitationRows,
      ]).slice(1),
    ),
    [`${folder}/Profile.csv`]: strToU8('First Name,Last Name,Headline\nSanna,Omistaja,Product person\n'),
  });
}
