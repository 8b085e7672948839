/**
 * The follow-up messages version 6 shipped, as shipped: the upgrade to version 6 adds them. A later release that
 * rewords its follow-ups leaves these as they were.
 */
import type { TemplateV4 } from './v4-types';

export const BUNDLED_FOLLOW_UPS_V6: readonly TemplateV4[] = [
  {
    id: 'bundled-en-catch-up',
    kind: 'follow-up',
    language: 'en',
    name: 'Catching up',
    body: 'Hi {firstName}, it has been a while since we last talked {lastContactWhen}. How are things with you? I would love to hear what you are working on these days. – {myName}',
  },
  {
    id: 'bundled-en-congratulations',
    kind: 'follow-up',
    language: 'en',
    name: 'Congratulations on a new role',
    body: 'Hi {firstName}, I saw the news – congratulations on the new chapter ({newRole})! I hope the start has gone well. It would be great to hear how you are finding it. – {myName}',
  },
  {
    id: 'bundled-en-thanks',
    kind: 'follow-up',
    language: 'en',
    name: 'Thanks for the help',
    body: 'Hi {firstName}, thank you again for your help ({helpedWith}). It made a real difference. If I can ever return the favour, just let me know. – {myName}',
  },
  {
    id: 'bundled-en-coffee',
    kind: 'follow-up',
    language: 'en',
    name: 'Coffee or a call',
    body: 'Hi {firstName}, would you have time for a coffee or a short call in the coming weeks? It would be good to catch up and hear how you are doing. – {myName}',
  },
  {
    id: 'bundled-fi-catch-up',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kuulumisten kysely',
    body: 'Hei {firstName}! Siitä on jo tovi, kun viimeksi juteltiin {lastContactWhen}. Mitä sinulle kuuluu? Olisi kiva kuulla, mitä puuhailet nykyään. – {myName}',
  },
  {
    id: 'bundled-fi-congratulations',
    kind: 'follow-up',
    language: 'fi',
    name: 'Onnittelut uudesta roolista',
    body: 'Hei {firstName}! Huomasin uutisesi – onnittelut uudesta vaiheesta ({newRole})! Toivottavasti alku on lähtenyt hyvin käyntiin. Olisi kiva kuulla, miltä uusi tuntuu. – {myName}',
  },
  {
    id: 'bundled-fi-thanks',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kiitos avusta',
    body: 'Hei {firstName}! Kiitos vielä avustasi ({helpedWith}), siitä oli tosi paljon hyötyä. Jos voin joskus auttaa sinua jossain, kerro ihmeessä. – {myName}',
  },
  {
    id: 'bundled-fi-coffee',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kahville tai puhelu',
    body: 'Hei {firstName}! Lähtisitkö jossain vaiheessa kahville tai lyhyeen puheluun? Olisi kiva vaihtaa kuulumisia. Sopisiko sinulle jokin päivä lähiviikkoina? – {myName}',
  },
];
