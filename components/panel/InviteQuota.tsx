/** How many of the month's invitation notes are used, with a warning when one or none is left. */
import { t, tPlural, uiLocale } from '@/utils/i18n';

export function InviteQuota({ used, quota }: { used: number; quota: number }) {
  const count = new Intl.NumberFormat(uiLocale());
  return (
    <p class={`hint ${used >= quota - 1 ? 'over' : ''}`} data-testid="invite-quota">
      {tPlural('inviteQuota', quota, count.format(used))}
      {used >= quota - 1 && ` ${t('inviteQuotaLow')}`}
    </p>
  );
}
