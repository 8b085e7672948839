/**
 * The Plan (docs/ARCHITECTURE.md: "plan the network: what you want from it, what you can give, which groups matter; review
 * it regularly"): the user's goals and where they stand, give and take across the network, the size of the
 * weekly focus, and the way to the monthly review.
 */
import { useMemo } from 'preact/hooks';
import type { Undoable } from '@/components/UndoBar';
import { summarizeTags } from '@/utils/contact-list';
import { listGoals } from '@/utils/db/goals-store';
import { t, uiLocale } from '@/utils/i18n';
import { tiersOf } from '@/utils/plan/tiers';
import type { Settings } from '@/utils/settings';
import { db } from './database';
import { FocusSizeField } from './FocusSizeField';
import { GiveTake } from './GiveTake';
import { GoalsSection } from './GoalsSection';
import { readTimelines } from '@/utils/db/people/read';
import { useLiveQuery } from './use-live-query';
import type { Summary } from '@/utils/model/summary';

interface Props {
  contacts: Summary[];
  settings: Settings;
  onUndoable: (undoable: Undoable) => void;
}

/** The tags a goal can be for: those in use and the tiers (which may have no one yet), each once. */
function tagsToOffer(contacts: Summary[], settings: Settings): string[] {
  const collator = new Intl.Collator(uiLocale());
  const tags = new Map<string, string>();
  for (const tag of [
    ...tiersOf(settings).map((tier) => tier.tag),
    ...summarizeTags(contacts, 0, collator).map((s) => s.tag),
  ])
    if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
  return [...tags.values()].sort(collator.compare);
}

export function PlanPage({ contacts, settings, onUndoable }: Props) {
  const goals = useLiveQuery(() => listGoals(db), []);
  const timelines = useLiveQuery(() => readTimelines(db), []);
  const byKey = useMemo(() => new Map(contacts.map((contact) => [contact.key, contact])), [contacts]);
  const tags = useMemo(() => tagsToOffer(contacts, settings), [contacts, settings]);

  return (
    <section aria-labelledby="plan-title" class="plan-page">
      <h2 id="plan-title">{t('dashboardPlan')}</h2>
      <p class="muted">{t('planIntro')}</p>
      <p>
        <a href="#review" data-testid="review-open">
          {t('reviewOpen')}
        </a>
      </p>
      {goals.state === 'failed' || timelines.state === 'failed' ? (
        <p class="error" role="alert">
          {t('errorLoad')}
        </p>
      ) : goals.state === 'ready' && timelines.state === 'ready' ? (
        <>
          <GoalsSection
            goals={goals.value}
            timelines={timelines.value}
            names={byKey}
            {...{ contacts, tags, onUndoable }}
          />
          <GiveTake contacts={contacts} byKey={byKey} timelines={timelines.value} />
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      <FocusSizeField sizing={settings.focusSize} />
    </section>
  );
}
