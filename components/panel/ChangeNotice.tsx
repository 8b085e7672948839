/** "Now at X": what LinkedIn shows differently since the person's last visit to this profile. */
import { t } from '@/utils/i18n';
import type { ProfileChange } from '@/utils/model/profile';

export function ChangeNotice({ changes }: { changes: ProfileChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul class="changes" data-testid="profile-changes" aria-live="polite">
      {changes.map((change) => (
        <li key={change.field}>
          {change.field === 'company' ? t('changeCompany', change.to, change.from) : t('changeHeadline', change.to)}
        </li>
      ))}
    </ul>
  );
}
