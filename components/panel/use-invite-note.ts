/**
 * The invitation note as the templates make it: the invitation templates (the user's language's listed first, the
 * one last used chosen, else none),
 * the user's name and note limit, how many notes the month has used (kept current as invitations are sent),
 * and the note for this recipient with what the user typed, checked against the limit.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeError } from '../describe-error';
import { uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { lastInviteTemplateItem } from '@/utils/storage-items';
import type { Settings } from '@/utils/settings';
import {
  checkNote,
  inLanguageFirst,
  lastNameOf,
  ourLanguageOf,
  preselectedTemplate,
  renderTemplate,
  type Template,
} from '@/utils/templates';
import { onPeopleChanged } from './people-changes';

/** Who the note is for, as far as the page tells. */
export interface Recipient {
  fullName: string;
  company: string;
  headline: string;
}

/** What the user typed into the composer. */
interface Typed {
  firstName: string;
  reason: string;
}

/**
 * `boxLimit`: the limit LinkedIn's note box shows, if it shows one. `onFailure` hears what stopped the
 * templates or settings from loading.
 */
export function useInviteNote(
  recipient: Recipient,
  boxLimit: number | null,
  { firstName, reason }: Typed,
  onFailure: (message: string) => void,
) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [month, setMonth] = useState<{ used: number; quota: number } | null>(null);
  const [templateId, setTemplateId] = useState('');

  useEffect(() => {
    Promise.all([
      send('templates.list', {}),
      send('settings.get', {}),
      send('invitations.month', {}),
      lastInviteTemplateItem.getValue(),
    ]).then(
      ([list, loaded, used, lastUsed]) => {
        const invitations = list.filter((template) => template.kind === 'invitation');
        setTemplates(inLanguageFirst(invitations, ourLanguageOf(uiLocale())));
        setTemplateId(preselectedTemplate(invitations, lastUsed));
        setSettings(loaded);
        setMonth(used);
      },
      (failure) => onFailure(describeError(failure)),
    );
  }, []);
  // A sent invitation (here or in another tab) is one more of the month's notes used.
  useEffect(() => onPeopleChanged(() => void send('invitations.month', {}).then(setMonth, () => undefined)), []);

  const { fullName } = recipient;
  const template = templates.find((candidate) => candidate.id === templateId);
  const limit = boxLimit ?? settings?.noteLimit ?? 200;
  const text = useMemo(
    () =>
      template
        ? renderTemplate(template.body, {
            firstName,
            lastName: lastNameOf(fullName),
            fullName,
            company: recipient.company,
            headline: recipient.headline,
            myName: settings?.myName ?? '',
            // Until a reason is typed, the preview shows where it goes, not a sentence broken off ("your.").
            reason: reason.trim() ? reason : '…',
          })
        : '',
    [template, firstName, fullName, recipient, settings, reason],
  );
  const check = checkNote(template?.body, text, reason, limit);
  /** The template inserted or copied is the one the next composer starts with. */
  const rememberTemplate = () => void lastInviteTemplateItem.setValue(templateId).catch(() => undefined);
  return { templates, template, templateId, setTemplateId, month, limit, text, check, rememberTemplate };
}
