/**
 * Whom a goal concerns: everyone with a tag (those tagged later join it), or people chosen by name. The tag box
 * offers the tags in use and the tiers, and takes a new one as well; the people are found by name (PeoplePicker).
 */
import { useId, useMemo } from 'preact/hooks';
import { t, uiLocale } from '@/utils/i18n';
import type { GoalDraft } from './goal-draft';
import { PeoplePicker } from './PeoplePicker';
import type { Summary } from '@/utils/model/summary';

interface Props {
  draft: GoalDraft;
  change: (patch: Partial<GoalDraft>) => void;
  contacts: Summary[];
  names: ReadonlyMap<string, Summary>;
  /** Every tag to offer, as written. */
  tags: string[];
}

export function GoalWhoFields({ draft, change, contacts, names, tags }: Props) {
  const tagList = useId();
  const group = useId(); // the two choices' radio group, one per form
  const byName = useMemo(() => {
    const collator = new Intl.Collator(uiLocale());
    return [...contacts].sort((a, b) => collator.compare(a.name || a.key, b.name || b.key));
  }, [contacts]);

  return (
    <fieldset>
      <legend>{t('goalWho')}</legend>
      <label class="setting">
        <input
          type="radio"
          name={group}
          checked={draft.whoKind === 'tag'}
          onChange={() => change({ whoKind: 'tag' })}
        />
        <span>{t('goalWhoByTag')}</span>
      </label>
      {draft.whoKind === 'tag' && (
        <label class="setting">
          <span>{t('goalTag')}</span>
          <input
            data-testid="goal-tag"
            list={tagList}
            maxLength={60}
            value={draft.tag}
            onInput={(event) => change({ tag: (event.currentTarget as HTMLInputElement).value })}
          />
          <datalist id={tagList}>
            {tags.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </label>
      )}
      <label class="setting">
        <input
          type="radio"
          name={group}
          checked={draft.whoKind === 'people'}
          onChange={() => change({ whoKind: 'people' })}
        />
        <span>{t('goalWhoByName')}</span>
      </label>
      {draft.whoKind === 'people' && (
        <PeoplePicker keys={draft.keys} onChange={(keys) => change({ keys })} people={byName} names={names} />
      )}
    </fieldset>
  );
}
