/**
 * The composer on its own, beside LinkedIn's note box on pages that are not a profile (search results,
 * My Network), where most invitations are sent. The invitation is logged, when sent, on the person whose card's
 * Connect was pressed (its /in/ link); when the card does not say whose it is, the card says it will not be.
 */
import { t } from '@/utils/i18n';
import { invitedPerson } from '@/utils/linkedin/invitee';
import { InviteComposer, type NoteBox } from './InviteComposer';
import type { Theme } from './Panel';

export function InviteCard({ noteBox, theme, onClose }: { noteBox: NoteBox; theme: Theme; onClose: () => void }) {
  const invitee = noteBox.invitee;
  const logged = invitedPerson(invitee, null) !== null;
  return (
    <aside class="root" data-theme={theme} data-testid="invite-card" aria-label={t('inviteTitle')}>
      <div class="body">
        <InviteComposer
          recipient={{ fullName: invitee?.name ?? '', company: '', headline: '' }}
          noteBox={noteBox}
          notice={logged ? null : t('inviteNotLogged')}
          onClose={onClose}
        />
      </div>
    </aside>
  );
}
