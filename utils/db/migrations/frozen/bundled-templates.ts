/**
 * The invitation templates versions 3 to 6 shipped, as shipped: the upgrade to version 3 adds them, and the one
 * to version 5 recognises them unedited. A later release that rewords its templates leaves these as they were.
 */
import type { TemplateV4 } from './v4-types';

export const BUNDLED_TEMPLATES_V3: readonly TemplateV4[] = [
  {
    id: 'bundled-en-event',
    kind: 'invitation',
    language: 'en',
    name: 'Met at an event',
    body: 'Hi {firstName}, great to meet you at {reason}. I would be glad to stay in touch. – {myName}',
  },
  {
    id: 'bundled-en-post',
    kind: 'invitation',
    language: 'en',
    name: 'Enjoyed their post or talk',
    body: 'Hi {firstName}, I enjoyed your {reason}. I would like to follow your work and stay in touch. – {myName}',
  },
  {
    id: 'bundled-en-colleague',
    kind: 'invitation',
    language: 'en',
    name: 'Former colleague or classmate',
    body: 'Hi {firstName}, we both {reason}. It would be good to reconnect here. – {myName}',
  },
  {
    id: 'bundled-en-advice',
    kind: 'invitation',
    language: 'en',
    name: 'Asking advice as a job seeker',
    body: 'Hi {firstName}, I am looking for work in your field and would value your view on {reason}. – {myName}',
  },
  {
    id: 'bundled-en-help',
    kind: 'invitation',
    language: 'en',
    name: 'Offering help first',
    body: 'Hi {firstName}, I noticed {reason} and would be happy to help. Let us connect? – {myName}',
  },
  {
    id: 'bundled-en-field',
    kind: 'invitation',
    language: 'en',
    name: 'Same field or community',
    body: 'Hi {firstName}, we share an interest in {reason}. I would like to connect and exchange ideas. – {myName}',
  },
  {
    id: 'bundled-fi-event',
    kind: 'invitation',
    language: 'fi',
    name: 'Tavattiin tapahtumassa',
    body: 'Hei {firstName}, oli mukava tavata {reason}. Pidetään yhteyttä! – {myName}',
  },
  {
    id: 'bundled-fi-post',
    kind: 'invitation',
    language: 'fi',
    name: 'Kiinnostava julkaisu tai puhe',
    body: 'Hei {firstName}, luin/kuulin {reason} ja pidin siitä. Haluaisin seurata työtäsi ja pitää yhteyttä. – {myName}',
  },
  {
    id: 'bundled-fi-colleague',
    kind: 'invitation',
    language: 'fi',
    name: 'Entinen kollega tai opiskelutoveri',
    body: 'Hei {firstName}, olimme molemmat {reason}. Olisi mukava pitää yhteyttä täälläkin. – {myName}',
  },
  {
    id: 'bundled-fi-advice',
    kind: 'invitation',
    language: 'fi',
    name: 'Neuvoa työnhakijana',
    body: 'Hei {firstName}, etsin töitä alaltasi ja arvostaisin näkemystäsi: {reason}. – {myName}',
  },
  {
    id: 'bundled-fi-help',
    kind: 'invitation',
    language: 'fi',
    name: 'Tarjoan ensin apua',
    body: 'Hei {firstName}, huomasin {reason} ja autan mielelläni. Verkostoidutaanko? – {myName}',
  },
  {
    id: 'bundled-fi-field',
    kind: 'invitation',
    language: 'fi',
    name: 'Sama ala tai yhteisö',
    body: 'Hei {firstName}, meitä yhdistää {reason}. Haluaisin verkostoitua ja vaihtaa ajatuksia. – {myName}',
  },
];
