/**
 * Step 4: tiers, tags with a keep-in-touch rhythm of their own ("mentors" every month). The suggested ones are
 * ticked and their rhythms chosen; Next saves them into the settings beside any tiers the user already has.
 */
import { useState } from 'preact/hooks';
import { rhythmLabel } from '@/components/rhythm';
import { RHYTHM_CHOICES } from '@/utils/followups';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { StepForm } from './StepForm';
import { SUGGESTED_TIERS } from './suggested-tiers';

interface Row {
  /** The tag as the settings spell it, when the user has it already; else the suggestion's name. */
  tag: string;
  chosen: boolean;
  days: number;
}

/** The suggestions, each as the user has it already (ticked, with its rhythm) or as suggested (not ticked). */
function rowsFrom(tagCadences: Settings['tagCadences']): Row[] {
  return SUGGESTED_TIERS.map(({ name, days }) => {
    const suggested = t(name);
    const own = Object.keys(tagCadences).find((tag) => tag.toLocaleLowerCase() === suggested.toLocaleLowerCase());
    return own === undefined
      ? { tag: suggested, chosen: false, days }
      : { tag: own, chosen: true, days: tagCadences[own] };
  });
}

export function TiersStep({ settings }: { settings: Settings }) {
  const [rows, setRows] = useState(() => rowsFrom(settings.tagCadences));
  const change = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  // Unticking a tier the user had removes its rhythm (the tag stays on people); their other tiers are kept.
  const save = async () => {
    const { tagCadences } = await send('settings.get', {});
    const merged = { ...tagCadences };
    for (const { tag, chosen, days } of rows) {
      if (chosen) merged[tag] = days;
      else delete merged[tag];
    }
    if (JSON.stringify(merged) !== JSON.stringify(tagCadences)) {
      await send('settings.update', { patch: { tagCadences: merged } });
    }
  };

  return (
    <StepForm step="tiers" save={save}>
      <p>{t('welcomeTiersIntro')}</p>
      <ul class="tiers" data-testid="welcome-tiers">
        {rows.map((row, index) => (
          <li key={index} class="row" data-testid="welcome-tier">
            <label>
              <input
                type="checkbox"
                checked={row.chosen}
                onChange={(event) => change(index, { chosen: (event.currentTarget as HTMLInputElement).checked })}
              />{' '}
              {row.tag}
            </label>
            {/* Choosing a rhythm is choosing the tier. */}
            <select
              aria-label={t('tagCadenceOf', row.tag)}
              value={String(row.days)}
              onChange={(event) =>
                change(index, { chosen: true, days: Number((event.currentTarget as HTMLSelectElement).value) })
              }
            >
              {[...new Set([...RHYTHM_CHOICES, row.days])].map((days) => (
                <option key={days} value={days}>
                  {rhythmLabel(days)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <p class="muted">{t('welcomeTiersLater')}</p>
    </StepForm>
  );
}
