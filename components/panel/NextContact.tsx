/** When to get in touch next: the person's status, their rhythm and where it comes from, an explicit date. */
import { dueStatus } from '@/utils/followups';
import { t } from '@/utils/i18n';
import { dayOf, noonOfDay } from '@/utils/time';
import { RhythmField } from '../RhythmField';
import { DateField } from '../DateField';
import { dueClass, dueText } from '../due-text';
import type { Mutate } from './use-person-view';
import type { Summary, PersonView } from '@/utils/model/summary';

/** The explicit follow-up day while it still counts: set, and after the last contact. */
function pendingFollowUp(contact: Summary | null): number | null {
  if (!contact?.followUpOn) return null;
  const after = contact.lastContactAt === null || dayOf(contact.followUpOn) > dayOf(contact.lastContactAt);
  return after ? contact.followUpOn : null;
}

interface Props {
  contact: Summary | null;
  rhythm: PersonView['rhythm'];
  mutate: Mutate;
}

export function NextContact({ contact, rhythm, mutate }: Props) {
  const now = Date.now();
  const setRhythm = (cadenceDays: number | null | 'inherit') => mutate('person.update', { patch: { cadenceDays } });
  const setFollowUp = (followUpOn: number | null) => void mutate('person.update', { patch: { followUpOn } });
  const followUp = pendingFollowUp(contact);
  const source = rhythm.source;

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
      <RhythmField
        testId="cadence-select"
        label={t('cadence')}
        emptyLabel="cadenceNone"
        days={rhythm.days}
        onSave={setRhythm}
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
          <button type="button" class="link" data-testid="cadence-inherit" onClick={() => void setRhythm('inherit')}>
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
