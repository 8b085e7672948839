/** One tag on the Tags page: its people and how many are due, its rhythm and colour, and renaming or removing it. */
import { useState } from 'preact/hooks';
import { RhythmField } from '@/components/RhythmField';
import type { TagSummary } from '@/utils/contact-list';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { entryOf, withEntry } from '@/utils/tag-maps';
import { TagChip } from './TagChip';

interface RowProps {
  summary: TagSummary;
  settings: Settings;
  /** Runs a change; the page shows what failed. */
  run: (action: () => Promise<unknown>) => Promise<void>;
}

export function TagRow({ summary, settings, run }: RowProps) {
  const { tag } = summary;
  const [name, setName] = useState(tag);
  const numbers = new Intl.NumberFormat(uiLocale());
  const rhythm = entryOf(settings.tagCadences, tag);
  const saveSettings = (patch: Partial<Settings>) => run(() => send('settings.update', { patch }));
  const rename = (to: string | null) => run(() => send('tags.rename', { from: tag, to }));

  return (
    <tr data-testid="tag-row" data-tag={tag}>
      <th scope="row">
        <TagChip tag={tag} settings={settings} />
      </th>
      <td>{numbers.format(summary.people)}</td>
      <td>{numbers.format(summary.overdue)}</td>
      <td>
        <RhythmField
          testId="tag-cadence"
          label={t('tagCadenceOf', tag)}
          emptyLabel="settingTagCadenceDefault"
          days={rhythm}
          onSave={(days) => saveSettings({ tagCadences: withEntry(settings.tagCadences, tag, days ?? undefined) })}
        />
      </td>
      <td>
        <input
          type="color"
          aria-label={t('tagColorOf', tag)}
          data-testid="tag-color"
          value={entryOf(settings.tagColors, tag) ?? '#dde6f0'}
          onChange={(event) =>
            void saveSettings({
              tagColors: withEntry(settings.tagColors, tag, (event.currentTarget as HTMLInputElement).value),
            })
          }
        />
      </td>
      <td>
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() && name.trim() !== tag) void rename(name.trim());
          }}
        >
          <input
            aria-label={t('tagNewName', tag)}
            data-testid="tag-name"
            value={name}
            maxLength={60}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="tag-rename">
            {t('tagRename')}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="tag-remove"
            aria-label={t('tagRemoveOf', tag)}
            onClick={() => {
              if (confirm(tPlural('tagRemoveConfirm', summary.people, tag))) void rename(null);
            }}
          >
            {t('tagDelete')}
          </button>
        </form>
      </td>
    </tr>
  );
}
