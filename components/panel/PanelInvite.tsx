/**
 * The panel's invitation composer, or the button that opens it. A Connect pressed for someone else on this page
 * (People also viewed) is written to them: their first name, and their timeline (by their card's link) when
 * sent, or none when the page does not say whose it is.
 */
import { t } from '@/utils/i18n';
import { invitedPerson } from '@/utils/linkedin/invitee';
import { InviteComposer, type NoteBox } from './InviteComposer';
import type { InviteOffer } from './use-invite-offer';
import type { Profile } from '@/utils/model/profile';
import type { Summary } from '@/utils/model/summary';

interface Props {
  profile: Profile;
  contact: Summary | null;
  /** The name the panel shows for the person on screen. */
  name: string;
  noteBox: NoteBox | null;
  offer: InviteOffer;
}

export function PanelInvite({ profile, contact, name, noteBox, offer }: Props) {
  if (!offer.open) {
    return (
      <button type="button" data-testid="invite-open" onClick={offer.compose}>
        {t('inviteOpen')}
      </button>
    );
  }
  const invitee = noteBox?.invitee ?? null;
  const invited = invitedPerson(invitee, profile);
  const forThisPerson = invited === profile;
  const recipient = forThisPerson
    ? { fullName: name, company: contact?.company || profile.company, headline: contact?.headline || profile.headline }
    : { fullName: invitee!.name, company: '', headline: '' };
  const notice = forThisPerson
    ? null
    : invited
      ? t('inviteForOther', invitee!.name || invited.key)
      : t('inviteNotLogged');
  return <InviteComposer recipient={recipient} noteBox={noteBox} notice={notice} onClose={offer.close} />;
}
