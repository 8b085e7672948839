/**
 * The composer on its own, beside LinkedIn's note box on pages that are not a profile (search results,
 * My Network), where most invitations are sent. It logs the invitation on the person's timeline when the
 * Connect pressed said whose profile it is (SDUI links carry the slug); otherwise it says it cannot.
 */
import type { PageProfile } from '@/utils/contacts';
import { t } from '@/utils/i18n';
import type { Invitee } from '@/utils/linkedin/invite';
import { send } from '@/utils/messaging';
import { InviteComposer, type NoteBox } from './InviteComposer';
import type { Theme } from './Panel';

/** The invitee as a profile the background can key a contact by. */
function inviteeProfile(invitee: Invitee & { slug: string }): PageProfile {
  return {
    layout: 'unknown',
    key: invitee.slug,
    slug: invitee.slug,
    name: invitee.name,
    headline: '',
    company: '',
    location: '',
    photoUrl: '',
  };
}

export function InviteCard({ noteBox, theme, onClose }: { noteBox: NoteBox; theme: Theme; onClose: () => void }) {
  const invitee = noteBox.invitee;
  const slug = invitee?.slug;
  const log = slug
    ? async (text: string) => {
        try {
          const profile = inviteeProfile({ ...invitee!, slug });
          await send('interaction.add', { person: profile, type: 'invitation', text, at: Date.now() });
          return true;
        } catch {
          return false;
        }
      }
    : null;
  return (
    <aside class="root" data-theme={theme} data-testid="invite-card" aria-label={t('inviteTitle')}>
      <div class="body">
        <InviteComposer
          recipient={{ fullName: invitee?.name ?? '', company: '', headline: '' }}
          noteBox={noteBox}
          log={log}
          notice={log ? null : t('inviteNotLogged')}
          onClose={onClose}
        />
      </div>
    </aside>
  );
}
