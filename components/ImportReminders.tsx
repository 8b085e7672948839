/**
 * What an import of LinkedIn's export (or of its Connections.csv alone) does about reminders for the people it
 * adds: none until the user tags them or gives them a rhythm (the default: an import of hundreds must not bring
 * hundreds of follow-ups), or a tier, a tag whose rhythm counts from each one's last contact, with those it makes
 * due at once spread over that rhythm.
 */
import { useEffect, useState } from 'preact/hooks';
import { rhythmLabel } from '@/components/rhythm';
import type { ReminderChoice } from '@/utils/import-transfer';
import { RHYTHM_CHOICES } from '@/utils/followups';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

/** The form's state: the tier's tag and rhythm are kept while "none" is chosen, in case the user switches back. */
export interface RemindersDraft {
  tier: boolean;
  tag: string;
  cadenceDays: number;
}

export const NO_REMINDERS: RemindersDraft = { tier: false, tag: '', cadenceDays: 90 };

/** The tag's own rhythm, whatever its case, or undefined when it has none. */
function rhythmOf(tag: string, settings: Settings): number | undefined {
  const folded = tag.trim().toLocaleLowerCase();
  return Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded)?.[1];
}

/** The tiers chosen (tags with a rhythm, even with nobody tagged yet) and the tags in use, each once. */
function tiersAndTags(settings: Settings, tags: readonly string[]): string[] {
  const all = new Map<string, string>();
  for (const tag of [...Object.keys(settings.tagCadences), ...tags]) {
    if (!all.has(tag.toLocaleLowerCase())) all.set(tag.toLocaleLowerCase(), tag);
  }
  return [...all.values()];
}

/** The choice to import with, or null when a tier is chosen without a tag. */
export function reminderChoice(draft: RemindersDraft): ReminderChoice | null {
  if (!draft.tier) return { kind: 'none-until-tagged' };
  const tag = draft.tag.trim();
  return tag ? { kind: 'tier', tag, cadenceDays: draft.cadenceDays } : null;
}

interface Props {
  draft: RemindersDraft;
  onChange: (draft: RemindersDraft) => void;
  settings: Settings;
  disabled: boolean;
}

export function ImportReminders({ draft, onChange, settings, disabled }: Props) {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    send('tags.list', {}).then(setTags, () => setTags([]));
  }, []);
  const own = rhythmOf(draft.tag, settings);

  return (
    <fieldset class="import-reminders" disabled={disabled}>
      <legend>{t('importRemindersTitle')}</legend>
      <label>
        <input
          type="radio"
          name="import-reminders"
          data-testid="import-reminders-none"
          checked={!draft.tier}
          onChange={() => onChange({ ...draft, tier: false })}
        />{' '}
        {t('importRemindersNone')}
      </label>
      <label>
        <input
          type="radio"
          name="import-reminders"
          data-testid="import-reminders-tier"
          checked={draft.tier}
          onChange={() => onChange({ ...draft, tier: true })}
        />{' '}
        {t('importRemindersTier')}
      </label>
      {draft.tier && (
        <div class="row">
          <input
            list="import-tier-tags"
            data-testid="import-tier-tag"
            aria-label={t('importTierTag')}
            placeholder={t('importTierTag')}
            value={draft.tag}
            onInput={(event) => onChange({ ...draft, tag: (event.currentTarget as HTMLInputElement).value })}
          />
          <datalist id="import-tier-tags">
            {tiersAndTags(settings, tags).map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          {own !== undefined ? (
            <span class="muted">{t('importTierRhythmOfTag', rhythmLabel(own))}</span>
          ) : (
            <select
              data-testid="import-tier-cadence"
              aria-label={t('importTierRhythm')}
              value={String(draft.cadenceDays)}
              onChange={(event) =>
                onChange({ ...draft, cadenceDays: Number((event.currentTarget as HTMLSelectElement).value) })
              }
            >
              {RHYTHM_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {rhythmLabel(days)}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <p class="muted">{t('importRemindersSpread')}</p>
    </fieldset>
  );
}
