/**
 * Tags as tiers (docs/ARCHITECTURE.md: plan the network, which groups matter): how many people each has and how many are
 * due, its rhythm and colour, and renaming, merging (rename onto an existing tag) or removing it.
 */
import { useMemo, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { summarizeTags } from '@/utils/contact-list';
import { t, uiLocale } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { TagRow } from './TagRow';
import type { Summary } from '@/utils/model/summary';

export function TagsPage({ contacts, settings }: { contacts: Summary[]; settings: Settings }) {
  const locale = uiLocale();
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const tiers = useMemo(() => Object.keys(settings.tagCadences), [settings.tagCadences]);
  const summaries = useMemo(() => summarizeTags(contacts, Date.now(), collator, tiers), [contacts, collator, tiers]);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <section aria-labelledby="tags-title">
      <h2 id="tags-title">{t('dashboardTags')}</h2>
      <p class="muted">{t('tagsIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {summaries.length === 0 ? (
        <p class="muted">{t('tagsEmpty')}</p>
      ) : (
        <table class="tags">
          <thead>
            <tr>
              <th scope="col">{t('tagName')}</th>
              <th scope="col">{t('tagPeople')}</th>
              <th scope="col">{t('tagDue')}</th>
              <th scope="col">{t('cadence')}</th>
              <th scope="col">{t('tagColor')}</th>
              <th scope="col">{t('tagRename')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => (
              <TagRow key={summary.tag} summary={summary} settings={settings} run={run} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
