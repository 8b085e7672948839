import { describe, expect, it } from 'vitest';
import {
  BUNDLED_FOLLOW_UPS,
  FOLLOW_UP_PURPOSES,
  bundledFollowUp,
  followUpBody,
  followUpValues,
  suggestFollowUp,
  type FollowUpPurpose,
} from '@/utils/plan/followup-templates';
import { BUNDLED_TEMPLATES, renderTemplate, variablesIn, type TemplateLanguage } from '@/utils/templates';
import { local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';
import { entry, person } from '../../helpers/plan';
import type { Entry } from '@/utils/model/entry';
import { exportEntryId } from '@/utils/linkedin-export/ids';

restoreTimeZoneAfterAll();
process.env.TZ = 'Europe/Helsinki';
const setZone = () => {
  process.env.TZ = 'Europe/Helsinki';
};

describe('the bundled follow-ups', () => {
  it('have one template for each purpose in English and Finnish, with ids of their own', () => {
    const ids = BUNDLED_FOLLOW_UPS.map((template) => template.id);
    expect(ids).toEqual(
      ['en', 'fi'].flatMap((language) => FOLLOW_UP_PURPOSES.map((purpose) => `bundled-${language}-${purpose}`)),
    );
    expect(BUNDLED_TEMPLATES.filter((template) => ids.includes(template.id))).toEqual([]);
    expect(bundledFollowUp('thanks', 'fi').language).toBe('fi');
  });

  it.each(BUNDLED_FOLLOW_UPS.map((template) => [template.id, template]))(
    '%s is a follow-up that greets by first name, signs, and names only known variables',
    (_, template) => {
      expect(template.kind).toBe('follow-up');
      expect(variablesIn(template.body, 'follow-up')).toMatchObject({ unknown: [] });
      expect(variablesIn(template.body, 'follow-up').used).toEqual(expect.arrayContaining(['firstName', 'myName']));
      // Their details are a follow-up's: an invitation has no timeline to fill them from.
      expect(variablesIn(template.body, 'invitation').unknown).not.toContain('firstName');
    },
  );
});

describe('filling a follow-up', () => {
  const now = () => local('2026-11-25');
  const aino = () =>
    person('aino', {
      name: 'Dr. Aino Virtanen',
      company: 'Wolt',
      headline: 'Head of Design at Wolt',
      lastContactAt: local('2026-03-12'),
    });
  const timeline = () => [
    entry('aino', 'company_change', local('2026-11-20'), 'Revontuli Oy → Wolt'),
    entry('aino', 'headline_change', local('2026-11-21'), 'Designer at Revontuli → Head of Design at Wolt'),
    entry('aino', 'received_help', local('2026-10-01'), 'an intro to the Wolt design team\nShe also sent notes.'),
    entry('aino', 'received_help', local('2026-06-01'), 'portfolio review'),
  ];
  const write = (purpose: FollowUpPurpose, language: TemplateLanguage, entries: Entry[] = timeline()) =>
    renderTemplate(bundledFollowUp(purpose, language).body, followUpValues(aino(), entries, 'Matti', language, now()));

  it.each<[FollowUpPurpose, TemplateLanguage, string]>([
    [
      'catch-up',
      'en',
      'Hi Aino, it has been a while since we last talked in March. How are things with you? I would love to hear what you are working on these days. – Matti',
    ],
    [
      'catch-up',
      'fi',
      'Hei Aino! Siitä on jo tovi, kun viimeksi juteltiin maaliskuussa. Mitä sinulle kuuluu? Olisi kiva kuulla, mitä puuhailet nykyään. – Matti',
    ],
    [
      'congratulations',
      'en',
      'Hi Aino, I saw the news – congratulations on the new chapter (Head of Design at Wolt)! I hope the start has gone well. It would be great to hear how you are finding it. – Matti',
    ],
    [
      'congratulations',
      'fi',
      'Hei Aino! Huomasin uutisesi – onnittelut uudesta vaiheesta (Head of Design at Wolt)! Toivottavasti alku on lähtenyt hyvin käyntiin. Olisi kiva kuulla, miltä uusi tuntuu. – Matti',
    ],
    [
      'thanks',
      'en',
      'Hi Aino, thank you again for your help (an intro to the Wolt design team). It made a real difference. If I can ever return the favour, just let me know. – Matti',
    ],
    [
      'thanks',
      'fi',
      'Hei Aino! Kiitos vielä avustasi (an intro to the Wolt design team), siitä oli tosi paljon hyötyä. Jos voin joskus auttaa sinua jossain, kerro ihmeessä. – Matti',
    ],
  ])('%s in %s, from the timeline', (purpose, language, text) => {
    setZone();
    expect(write(purpose, language)).toBe(text);
  });

  it('names the year of a last contact in another year, and leaves out what the timeline does not know', () => {
    setZone();
    const lastYear = { ...aino(), lastContactAt: local('2025-12-03') };
    expect(followUpValues(lastYear, [], '', 'en', now()).lastContactWhen).toBe('in December 2025');
    expect(followUpValues(lastYear, [], '', 'fi', now()).lastContactWhen).toBe('joulukuussa 2025');
    const never = followUpValues({ ...aino(), lastContactAt: null }, [], 'Matti', 'en', now());
    expect(never).toMatchObject({ lastContactWhen: '', newRole: '', helpedWith: '' });
    expect(renderTemplate(bundledFollowUp('catch-up', 'en').body, never)).toMatch(
      /^Hi Aino, .* since we last talked\. /,
    );
    const unsaid = [entry('aino', 'received_help', local('2026-11-01'))];
    expect(write('thanks', 'en', unsaid)).toMatch(/^Hi Aino, thank you again for your help\. It made/);
  });

  it('says every month in Finnish in the inessive', () => {
    setZone();
    const months = Array.from({ length: 12 }, (_, month) => {
      const contact = { ...aino(), lastContactAt: new Date(2026, month, 15).getTime() };
      return followUpValues(contact, [], '', 'fi', now()).lastContactWhen;
    });
    expect(months).toEqual([
      'tammikuussa',
      'helmikuussa',
      'maaliskuussa',
      'huhtikuussa',
      'toukokuussa',
      'kesäkuussa',
      'heinäkuussa',
      'elokuussa',
      'syyskuussa',
      'lokakuussa',
      'marraskuussa',
      'joulukuussa',
    ]);
  });

  it('cuts a long entry at a word', () => {
    setZone();
    const long = entry('aino', 'received_help', local('2026-11-01'), `${'word '.repeat(30)}end`);
    const { helpedWith } = followUpValues(aino(), [long], '', 'en', now());
    expect(helpedWith).toBe(`${'word '.repeat(19)}word…`);
  });
});

describe('suggesting a follow-up', () => {
  const now = () => local('2026-11-25');
  it.each<[string, (days: (n: number) => number) => { entries: Entry[]; contactedAt?: number }, string]>([
    ['nothing to go on: catching up', () => ({ entries: [] }), 'catch-up'],
    [
      'a new role noticed lately: congratulations',
      (ago) => ({ entries: [entry('k', 'company_change', ago(10), 'A → B')] }),
      'congratulations',
    ],
    [
      'a new role already talked about: catching up',
      (ago) => ({ entries: [entry('k', 'company_change', ago(10), 'A → B'), entry('k', 'message', ago(5))] }),
      'catch-up',
    ],
    ['old news: catching up', (ago) => ({ entries: [entry('k', 'headline_change', ago(61), 'A → B')] }), 'catch-up'],
    ['help received lately: thanks', (ago) => ({ entries: [entry('k', 'received_help', ago(20))] }), 'thanks'],
    [
      'help already thanked for: catching up',
      (ago) => ({ entries: [entry('k', 'received_help', ago(20)), entry('k', 'call', ago(19))] }),
      'catch-up',
    ],
    [
      'help followed by "contacted" in the panel: catching up',
      (ago) => ({ entries: [entry('k', 'received_help', ago(20))], contactedAt: ago(3) }),
      'catch-up',
    ],
    ['help long ago: catching up', (ago) => ({ entries: [entry('k', 'received_help', ago(91))] }), 'catch-up'],
    [
      'both unanswered: the news first',
      (ago) => ({ entries: [entry('k', 'received_help', ago(20)), entry('k', 'company_change', ago(5), 'A → B')] }),
      'congratulations',
    ],
  ])('%s', (_, make, purpose) => {
    setZone();
    const { entries, contactedAt = null } = make((days) => now() - days * 86_400_000);
    expect(suggestFollowUp(person('k', { contactedAt }), entries, now())).toBe(purpose);
  });
});

describe('a follow-up to someone last in touch by connecting on LinkedIn', () => {
  const now = () => local('2026-11-25');
  const connected = (at: number): Entry => ({
    ...entry('k', 'event', at, 'Connected on LinkedIn'),
    id: exportEntryId('connected', 'k'),
  });
  /** The catch-up as drafted for a person with these entries, their last contact the latest of them. */
  const draft = (language: TemplateLanguage, entries: Entry[], template = bundledFollowUp('catch-up', language)) => {
    const contact = person('k', { name: 'Liisa Nieminen', lastContactAt: Math.max(...entries.map((e) => e.at)) });
    const values = followUpValues(contact, entries, 'Matti', language, now());
    return renderTemplate(followUpBody(template, contact, entries), values);
  };

  it.each<[TemplateLanguage, string]>([
    [
      'en',
      'Hi Liisa, it has been a while since we connected on LinkedIn in March. How are things with you? I would love to hear what you are working on these days. – Matti',
    ],
    [
      'fi',
      'Hei Liisa! Siitä on jo tovi, kun verkostoiduimme LinkedInissä maaliskuussa. Mitä sinulle kuuluu? Olisi kiva kuulla, mitä puuhailet nykyään. – Matti',
    ],
  ])('says in %s that you connected, not that you talked', (language, text) => {
    setZone();
    expect(draft(language, [connected(local('2026-03-12'))])).toBe(text);
    // A talk before connecting was longer ago than connecting: "since we connected" is still true.
    expect(draft(language, [entry('k', 'message', local('2025-06-01')), connected(local('2026-03-12'))])).toBe(text);
  });

  it('says "we last talked" as before once you have talked since', () => {
    setZone();
    const entries = [connected(local('2026-03-12')), entry('k', 'meeting', local('2026-05-04'))];
    expect(draft('en', entries)).toMatch(/^Hi Liisa, it has been a while since we last talked in May\. /);
    expect(draft('fi', entries)).toMatch(/^Hei Liisa! Siitä on jo tovi, kun viimeksi juteltiin toukokuussa\. /);
  });

  it('keeps the words of a catch-up the user wrote', () => {
    setZone();
    const own = { ...bundledFollowUp('catch-up', 'en'), body: 'Hey {firstName}, long time! {lastContactWhen}' };
    expect(draft('en', [connected(local('2026-03-12'))], own)).toBe('Hey Liisa, long time! in March');
  });
});
