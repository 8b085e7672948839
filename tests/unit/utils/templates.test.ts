import { describe, expect, it } from 'vitest';
import {
  BUNDLED_TEMPLATES,
  checkNote,
  firstNameOf,
  inLanguageFirst,
  lastNameOf,
  noteLength,
  preselectedTemplate,
  withReasonExample,
  renderTemplate,
  ourLanguageOf,
  variablesIn,
  type TemplateValues,
} from '@/utils/templates';

const values = (overrides: Partial<TemplateValues> = {}): TemplateValues => ({
  firstName: 'Aino',
  lastName: 'Virtanen',
  fullName: 'Aino Virtanen',
  company: 'Revontuli Oy',
  headline: 'Product designer',
  myName: 'Matti',
  reason: 'the Helsinki design meetup',
  lastContactWhen: '',
  newRole: '',
  helpedWith: '',
  ...overrides,
});

describe('first and last names', () => {
  it.each([
    ['Aino Virtanen', 'Aino', 'Virtanen'],
    ['Dr. Anna-Liisa Virtanen, PhD', 'Anna-Liisa', 'Virtanen'],
    ['Prof. Dr. Jukka Mäkinen', 'Jukka', 'Mäkinen'],
    ['Liisa Mäkelä (She/Her)', 'Liisa', 'Mäkelä'],
    ['🚀 Mikko Korhonen 🚀', 'Mikko', 'Korhonen'],
    ['Jaana Tuntematon, MBA, CPA', 'Jaana', 'Tuntematon'],
    ['Sri Lalitha Jeevanige', 'Sri', 'Jeevanige'],
    ['Seán O’Brien | Recruiter', 'Seán', 'O’Brien'],
    ['Madonna', 'Madonna', ''],
    ['tri Eeva Koskinen', 'Eeva', 'Koskinen'],
    ['', '', ''],
  ])('%j → %j %j', (name, first, last) => {
    expect(firstNameOf(name)).toBe(first);
    expect(lastNameOf(name)).toBe(last);
  });
});

describe('rendering', () => {
  it('fills every variable, and leaves unknown ones as written', () => {
    expect(renderTemplate('Hi {firstName} of {company}, re {reason}. – {myName}', values())).toBe(
      'Hi Aino of Revontuli Oy, re the Helsinki design meetup. – Matti',
    );
    expect(renderTemplate('Hi {firstName} {nickname}', values())).toBe('Hi Aino {nickname}');
    expect(variablesIn('Hi {firstName} {nickname} {reason} {firstName}')).toEqual({
      used: ['firstName', 'reason'],
      unknown: ['nickname'],
    });
  });

  it('knows each kind’s variables: the reason is an invitation’s, the timeline’s details a follow-up’s', () => {
    const body = 'Hi {firstName}, since we talked {lastContactWhen}: {reason}';
    expect(variablesIn(body, 'invitation')).toEqual({ used: ['firstName', 'reason'], unknown: ['lastContactWhen'] });
    expect(variablesIn(body, 'follow-up')).toEqual({ used: ['firstName', 'lastContactWhen'], unknown: ['reason'] });
  });

  it('leaves no stray space or signature dash where a value is empty', () => {
    expect(renderTemplate('Hi {firstName}, thanks. – {myName}', values({ firstName: '', myName: '' }))).toBe(
      'Hi, thanks.',
    );
  });

  it('fills a variable without a value as an empty one, and leaves no empty brackets', () => {
    expect(renderTemplate('Thanks for your help ({helpedWith}). – {myName}', { myName: 'Matti' })).toBe(
      'Thanks for your help. – Matti',
    );
  });
});

describe('counting as the textarea counts', () => {
  it.each([
    ['plain', 'Hei Aino', 8],
    ['Finnish letters, precomposed', 'Hyvää päivää', 12],
    ['a combining mark counts on its own', 'A\u0308iti', 5],
    ['an emoji counts twice', 'Kiitos 🙏', 9],
    ['a flag counts four', '🇫🇮', 4],
  ])('%s', (_, text, length) => expect(noteLength(text)).toBe(length));
});

describe('what blocks inserting', () => {
  const template = 'Hi {firstName}, {reason}';
  it.each([
    ['nothing, within the limit', template, 'Hi Aino, we met', 'we met', 200, []],
    ['an empty reason', template, 'Hi Aino,', ' ', 200, ['empty-reason']],
    ['an unknown variable', 'Hi {frstName}', 'Hi {frstName}', '', 200, ['unknown-variable']],
    ['over the limit', template, 'x'.repeat(201), 'x', 200, ['over-limit']],
    ['an empty note', 'Hello', '', '', 200, ['empty']],
  ])('%s', (_, body, text, reason, limit, blockers) => {
    expect(checkNote(body, text, reason, limit).blockers).toEqual(blockers);
  });

  it('a note with no template chosen', () => {
    expect(checkNote(undefined, '', 'we met', 200).blockers).toEqual(['no-template']);
  });

  it('says how much to cut', () => {
    expect(checkNote('{reason}', 'x'.repeat(305), 'x', 300)).toMatchObject({ length: 305, overBy: 5 });
  });
});

describe('the template the composer starts with', () => {
  const invitations = BUNDLED_TEMPLATES.filter((template) => template.kind === 'invitation');

  it('is none until the user has used one: every template states a premise that may be false', () => {
    expect(preselectedTemplate(invitations, null)).toBe('');
  });

  it('is the one the user used last', () => {
    expect(preselectedTemplate(invitations, 'bundled-fi-event')).toBe('bundled-fi-event');
  });

  it('is none when the one used last has been deleted', () => {
    expect(preselectedTemplate(invitations, 'my-deleted-template')).toBe('');
  });
});

describe('the bundled templates', () => {
  it('come in English and Finnish, six of each', () => {
    expect(BUNDLED_TEMPLATES.filter((template) => template.language === 'en')).toHaveLength(6);
    expect(BUNDLED_TEMPLATES.filter((template) => template.language === 'fi')).toHaveLength(6);
  });

  it.each(BUNDLED_TEMPLATES.map((template) => [template.name, template]))(
    '%s has an example reason of its own, which makes a note within the limit',
    (_, template) => {
      const reason = withReasonExample(template).reasonExample!;
      expect(reason).toBeTruthy();
      const text = renderTemplate(template.body, values({ reason }));
      expect(checkNote(template.body, text, reason, 200).blockers).toEqual([]);
    },
  );

  it('give the same example to no two templates of one language', () => {
    for (const language of ['en', 'fi']) {
      const examples = BUNDLED_TEMPLATES.filter((template) => template.language === language).map(
        (template) => withReasonExample(template).reasonExample,
      );
      expect(new Set(examples).size).toBe(examples.length);
    }
    const mine = { ...BUNDLED_TEMPLATES[0]!, id: 'a-template-of-my-own' };
    expect(withReasonExample(mine)).toEqual(mine);
  });

  it.each(BUNDLED_TEMPLATES.map((template) => [template.name, template]))(
    '%s greets by first name, asks a reason, and leaves room for one in 200 characters',
    (_, template) => {
      expect(variablesIn(template.body)).toMatchObject({ unknown: [] });
      expect(variablesIn(template.body).used).toEqual(expect.arrayContaining(['firstName', 'reason']));
      const reason = 'x'.repeat(80);
      const text = renderTemplate(
        template.body,
        values({ firstName: 'Anna-Liisa', myName: 'Matti Meikäläinen', reason }),
      );
      expect(checkNote(template.body, text, reason, 200).blockers).toEqual([]);
    },
  );
});

describe('the user’s language first', () => {
  it('is Finnish for a Finnish locale, else English', () => {
    expect(ourLanguageOf('fi')).toBe('fi');
    expect(ourLanguageOf('fi-FI')).toBe('fi');
    expect(ourLanguageOf('en-US')).toBe('en');
    expect(ourLanguageOf('sv-FI')).toBe('en');
  });

  it('lists the templates in that language first, each group in the order given', () => {
    const ids = (language: 'en' | 'fi') => inLanguageFirst(BUNDLED_TEMPLATES, language).map((template) => template.id);
    const byLanguage = (language: string) =>
      BUNDLED_TEMPLATES.filter((template) => template.language === language).map((template) => template.id);
    expect(ids('fi')).toEqual([...byLanguage('fi'), ...byLanguage('en')]);
    expect(ids('en')).toEqual([...byLanguage('en'), ...byLanguage('fi')]);
  });
});
