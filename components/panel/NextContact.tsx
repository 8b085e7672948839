/** When to get in touch next: the person's status, their rhythm and where it comes from, an explicit date. */
import type { Contact, ContactView } from '@/utils/contacts';
import { dueStatus } from '@/utils/followups';
import { t } from '@/utils/i18n';
import { dayOf, noonOfDay } from '@/utils/time';
import { CadenceField } from '../CadenceField';
import { DateField } from '../DateField';
import { dueClass, dueText } from '../due-text';
import type { Mutate } from './useContactView';

/** The explicit follow-up day while it still counts: set, and after the last contact. */
function pendingFollowUp(contact: Contact | null): number | null {
  if (!contact?.followUpOn) return null;
  const after = contact.lastContactAt === null || dayOf(contact.followUpOn) > dayOf(contact.lastContactAt);
  return after ? contact.followUpOn : null;
}

interface Props {
  contact: Contact | null;
  cadence: ContactView['cadence'];
  mutate: Mutate;
}

export function NextContact({ contact, cadence, mutate }: Props) {
  const now = Date.now();
  const setCadence = (cadenceDays: number | null | 'inherit') => mutate('contact.update', { patch: { cadenceDays } });
  const setFollowUp = (followUpOn: number | null) => void mutate('contact.update', { patch: { followUpOn } });
  const followUp = pendingFollowUp(contact);
  const source = cadence.source;

  return (
    <section class="next-contact" aria-labelledby="next-contact-heading">
      <h3 id="next-contact-heading">{t('nextContact')}</h3>
      <p
        data-testid="due-status"
        data-kind={dueStatus(contact?.dueAt ?? null, now).kind}
        class={dueClass(contact?.dueAt ?? null, now)}
      >
        {dueText(contact?.dueAt ?? null, now)}
      </p>
      <CadenceField
        testId="cadence-select"
        label={t('cadence')}
        emptyLabel="cadenceNone"
        days={cadence.days}
        onSave={setCadence}
      />
      <p class="source" data-testid="cadence-source">
        {source.from === 'tag'
          ? t('cadenceFromTag', source.tag)
          : source.from === 'default'
            ? t('cadenceFromDefault')
            : source.from === 'tags-only'
              ? t('cadenceTagsOnly')
              : t('cadenceFromContact')}{' '}
        {source.from === 'contact' && contact && (
          <button type="button" class="link" data-testid="cadence-inherit" onClick={() => void setCadence('inherit')}>
            {t('cadenceInherit')}
          </button>
        )}
      </p>
      <div class="row">
        <span>{t('followUpOn')}</span>
        <DateField
          testId="followup-date"
          label={t('followUpOn')}
          bound="not-past"
          day={followUp === null ? null : dayOf(followUp)}
          onCommit={(day) => setFollowUp(noonOfDay(day))}
          onClear={followUp !== null ? () => setFollowUp(null) : undefined}
        />
      </div>
    </section>
  );
}
