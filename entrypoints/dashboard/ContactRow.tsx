/** One person in the contacts list, a link to their page: name, headline, tags, last contact and when due. */
import { dueClass, dueText } from '@/components/due-text';
import { t, uiLocale } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { relativeDay } from '@/utils/time';
import { hrefOf } from './route';
import { TagChip } from './TagChip';
import type { Summary } from '@/utils/model/summary';

export function ContactRow({ contact, settings, now }: { contact: Summary; settings: Settings; now: number }) {
  const locale = uiLocale();
  const lastContact =
    contact.lastContactAt === null
      ? t('lastContactNeverLong')
      : t('lastContactWhen', relativeDay(contact.lastContactAt, now, locale));
  const due = dueText(contact.dueAt, now);
  return (
    <a
      class="contact-row"
      data-testid="contact-row"
      data-key={contact.key}
      href={hrefOf({ page: 'contact', key: contact.key })}
    >
      <span class="row-main">
        <strong class="row-name">{contact.name || contact.key}</strong>
        <span class="row-sub">{[contact.headline, contact.company].filter(Boolean).join(' · ')}</span>
      </span>
      <span class="row-tags">
        {contact.tags.map((name) => (
          <TagChip key={name} tag={name} settings={settings} />
        ))}
      </span>
      {/* Each line's title is its whole text, for a window so narrow that it is cut. */}
      <span class="row-when">
        <span title={lastContact}>{lastContact}</span>
        <span class={dueClass(contact.dueAt, now)} title={due}>
          {due}
        </span>
      </span>
    </a>
  );
}
