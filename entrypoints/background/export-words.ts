/** The words of the entries an export import writes, in the user's language at the time of the import. */
import { t, tPlural } from '@/utils/i18n';
import type { ExportWords } from '@/utils/linkedin-export/plan';

export function exportWords(): ExportWords {
  return {
    connected: () => t('exportEntryConnected'),
    messages: (count, title) =>
      title ? tPlural('exportEntryGroupMessages', count, title) : tPlural('exportEntryMessages', count),
    invitationSent: (note) => (note ? t('exportEntryInvitationNote', note) : t('exportEntryInvitationSent')),
    invitedYou: (note) => (note ? t('exportEntryInvitedYouNote', note) : t('exportEntryInvitedYou')),
    endorsed: (skill) => t('exportEntryEndorsed', skill),
    endorsedYou: (skill) => t('exportEntryEndorsedYou', skill),
    recommended: (text) => t('exportEntryRecommended', text),
    recommendedYou: (text) => t('exportEntryRecommendedYou', text),
  };
}
