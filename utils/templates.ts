/**
 * Invitation notes and follow-up messages from templates: variables, first names, counting as LinkedIn's
 * textarea counts, and what blocks inserting a note. Pure: the profile, the reason and the limit are arguments.
 *
 * The advice behind it (docs/ARCHITECTURE.md): an invitation to someone you have not met should say why you want to
 * connect; generic notes do no better than none. So every bundled template greets the person by first name
 * and has a {reason} typed each time.
 */

/** Who the person is, and who writes: every kind of template has these. */
const PERSON_VARIABLES = ['firstName', 'lastName', 'fullName', 'company', 'headline', 'myName'] as const;
/** An invitation's one-line reason, typed each time. */
const INVITATION_VARIABLES = ['reason'] as const;
/**
 * What the timeline knows, for a follow-up (utils/plan/followup-templates.ts): when you last talked, a new
 * role noticed, help they gave. An invitation goes to someone with no timeline yet.
 */
const FOLLOW_UP_VARIABLES = ['lastContactWhen', 'newRole', 'helpedWith'] as const;

/** Every variable a template may use (VARIABLES_OF says which, for each kind). */
export const TEMPLATE_VARIABLES = [...PERSON_VARIABLES, ...INVITATION_VARIABLES, ...FOLLOW_UP_VARIABLES] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateKind = 'invitation' | 'follow-up';
export type TemplateLanguage = 'en' | 'fi';

export interface Template {
  /** Globally unique (UUID); bundled templates have stable ids of their own. */
  id: string;
  name: string;
  kind: TemplateKind;
  language: TemplateLanguage;
  body: string;
  /**
   * A bundled template's example reason (REASON_EXAMPLES), added when the templates are listed and never
   * stored: the list carries it so that the content script, which LinkedIn loads with every page, need not.
   */
  reasonExample?: string;
}

/** The variables each kind of template can use. */
export const VARIABLES_OF: Record<TemplateKind, readonly TemplateVariable[]> = {
  invitation: [...PERSON_VARIABLES, ...INVITATION_VARIABLES],
  'follow-up': [...PERSON_VARIABLES, ...FOLLOW_UP_VARIABLES],
};

const VARIABLE = /\{([^{}\s]*)\}/g;

/** The variables a template body of this kind uses, and those it names that its kind does not have. */
export function variablesIn(
  body: string,
  kind: TemplateKind = 'invitation',
): { used: TemplateVariable[]; unknown: string[] } {
  const used = new Set<TemplateVariable>();
  const unknown = new Set<string>();
  for (const [, name] of body.matchAll(VARIABLE)) {
    if ((VARIABLES_OF[kind] as readonly string[]).includes(name)) used.add(name as TemplateVariable);
    else unknown.add(name);
  }
  return { used: [...used], unknown: [...unknown] };
}

// Honorifics and academic titles before a name, in English and Finnish use.
const TITLES = new Set([
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'sir',
  'dame',
  'ing',
  'eng',
  'rev',
  'hon',
  'fr',
  'tri',
  'dos',
  'rouva',
  'herra',
]);
// Anything that is not a letter, a mark, an apostrophe or a hyphen: emoji, symbols, digits.
const NOT_NAME = /[^\p{L}\p{M}'’-]+/gu;

/** The parts of a display name, without titles, credentials after a comma or in brackets, emoji and symbols. */
function nameParts(fullName: string): string[] {
  const withoutExtras = fullName
    .normalize('NFC')
    .replace(/\(.*?\)|\[.*?\]/g, ' ') // "(She/Her)", "[he/him]"
    .split(/,|\s[|•·–—]\s/)[0]; // ", PhD", " | Recruiter"
  const words = withoutExtras
    .split(/\s+/)
    .map((word) => word.replace(NOT_NAME, '').replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start].toLocaleLowerCase().replace(/\.$/, ''))) start++;
  return words.slice(start).filter((word, index) => index === 0 || !TITLES.has(word.toLocaleLowerCase()));
}

/** "Dr. Anna-Liisa Virtanen, PhD" → "Anna-Liisa"; the person can correct it in the composer. */
export function firstNameOf(fullName: string): string {
  return nameParts(fullName)[0] ?? '';
}

/** "Dr. Anna-Liisa Virtanen, PhD" → "Virtanen"; empty for a one-word name. */
export function lastNameOf(fullName: string): string {
  const parts = nameParts(fullName);
  return parts.length > 1 ? parts[parts.length - 1] : '';
}

export type TemplateValues = Record<TemplateVariable, string>;

/**
 * The body with each known variable filled (one without a value as an empty one); unknown ones are left as
 * written (and block inserting).
 */
export function renderTemplate(body: string, values: Partial<TemplateValues>): string {
  return body
    .replace(VARIABLE, (whole, name: string) =>
      (TEMPLATE_VARIABLES as readonly string[]).includes(name)
        ? (values[name as TemplateVariable] ?? '').trim()
        : whole,
    )
    .replace(/[ \t]*\([ \t]*\)/g, '') // a variable left empty in brackets leaves no empty brackets
    .replace(/[ \t]+([,.!?])/g, '$1') // a variable left empty leaves no space before punctuation
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s*[–-]\s*$/, '') // no signature dash without a name after it
    .trim();
}

/** The length as LinkedIn's textarea counts it: UTF-16 code units (an emoji counts 2, a combining mark 1). */
export function noteLength(text: string): number {
  return text.length;
}

export type InsertBlocker = 'no-template' | 'unknown-variable' | 'empty-reason' | 'over-limit' | 'empty';

export interface NoteCheck {
  length: number;
  limit: number;
  /** How many characters to cut; 0 within the limit. */
  overBy: number;
  unknown: string[];
  blockers: InsertBlocker[];
}

/** What stands in the way of inserting this note; `template` is the chosen template's body, if one is chosen. */
export function checkNote(template: string | undefined, text: string, reason: string, limit: number): NoteCheck {
  if (template === undefined) return { length: 0, limit, overBy: 0, unknown: [], blockers: ['no-template'] };
  const { used, unknown } = variablesIn(template);
  const length = noteLength(text);
  const blockers: InsertBlocker[] = [];
  if (unknown.length > 0) blockers.push('unknown-variable');
  if (used.includes('reason') && !reason.trim()) blockers.push('empty-reason');
  if (length > limit) blockers.push('over-limit');
  if (!text.trim()) blockers.push('empty');
  return { length, limit, overBy: Math.max(0, length - limit), unknown, blockers };
}

/**
 * The template the composer starts with: the one the user last inserted or copied, while it exists; else none.
 * Never the first by name: each template states a premise ("we met at…", "I am looking for work…") that is
 * false for most people, and a wrong one would be one click from a stranger's inbox.
 */
export function preselectedTemplate(templates: readonly Template[], lastUsedId: string | null): string {
  return templates.some((template) => template.id === lastUsedId) ? lastUsedId! : '';
}

/**
 * Of the extension's two languages, the one for a locale: Finnish for a Finnish one, English for any other, as the
 * browser's i18n falls back to English. The templates offered first are in it, and the export's words.
 */
export function ourLanguageOf(locale: string): TemplateLanguage {
  return locale.startsWith('fi') ? 'fi' : 'en';
}

/** The templates written in `language` first, then the rest, each group in the order given. */
export function inLanguageFirst(templates: readonly Template[], language: TemplateLanguage): Template[] {
  return [
    ...templates.filter((template) => template.language === language),
    ...templates.filter((template) => template.language !== language),
  ];
}

/**
 * The bundled templates, each grounded in the advice: say where you met or what you share, greet by first
 * name, and give a reason typed each time. Short enough to leave most of the 200 characters for the reason.
 */
export const BUNDLED_TEMPLATES: readonly Template[] = [
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

/**
 * An example reason for each bundled template, in the template's language and in the form its sentence needs
 * ("tavata {reason}" wants "Slushissa", "luin {reason}" wants "kirjoituksesi …"): one hint for all would read
 * wrong in most of them. Keyed by id; a template of the user's own has none.
 */
const REASON_EXAMPLES: Readonly<Record<string, string>> = {
  'bundled-en-event': 'the Helsinki design meetup',
  'bundled-en-post': 'talk on design systems at Slush',
  'bundled-en-colleague': 'worked on the maps team at Nokia',
  'bundled-en-advice': 'moving from agency work to a product team',
  'bundled-en-help': 'you are hiring a Rust developer',
  'bundled-en-field': 'accessible public services',
  'bundled-fi-event': 'Slushissa',
  'bundled-fi-post': 'kirjoituksesi design-järjestelmistä',
  'bundled-fi-colleague': 'Nokian karttatiimissä',
  'bundled-fi-advice': 'miten siirtyä konsulttitalosta tuotetiimiin',
  'bundled-fi-help': 'ilmoituksenne Rust-kehittäjästä',
  'bundled-fi-field': 'kiinnostus saavutettaviin palveluihin',
};

/** The template with its example reason, if it has one. */
export function withReasonExample(template: Template): Template {
  const example = REASON_EXAMPLES[template.id];
  return example === undefined ? template : { ...template, reasonExample: example };
}
