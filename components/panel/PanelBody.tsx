import { t } from '@/utils/i18n';
import { ChangeNotice } from './ChangeNotice';
import { ClaimedIdsNotice } from './ClaimedIdsNotice';
import { EntryForm } from './EntryForm';
import type { NoteBox } from './InviteComposer';
import { LastContact } from './LastContact';
import { NextContact } from './NextContact';
import { PanelInvite } from './PanelInvite';
import { ProfileFields } from './ProfileFields';
import { Reciprocity } from './Reciprocity';
import { SameAsNotice } from './SameAsNotice';
import { TagEditor } from './TagEditor';
import { Timeline } from './Timeline';
import type { useContactView } from './useContactView';
import type { InviteOffer } from './use-invite-offer';
import type { Profile } from '@/utils/model/profile';

interface Props {
  profile: Profile;
  /** The person on screen's data, from the panel's useContactView. */
  contactView: ReturnType<typeof useContactView>;
  /** The name the panel shows for them. */
  name: string;
  noteBox: NoteBox | null;
  offer: InviteOffer;
}

export function PanelBody({ profile, contactView, name, noteBox, offer }: Props) {
  const { view, loadFailed, error, load, mutate, join, compare, separate } = contactView;
  const contact = view?.contact ?? null;
  return (
    <div class="body">
      {profile.layout === 'unknown' && (
        <p class="notice" data-testid="unknown-layout">
          {t('unknownLayout')}
        </p>
      )}
      <ProfileFields profile={profile} contact={contact} mutate={mutate} />
      <ChangeNotice changes={view?.changes ?? []} />
      {view?.keptAfterDeletion && (
        <p class="notice" role="status" data-testid="kept-after-deletion">
          {t('keptAfterDeletion')}
        </p>
      )}
      <SameAsNotice sameAs={view?.sameAs ?? []} join={join} separate={separate} />
      <ClaimedIdsNotice count={view?.samePageIds ?? 0} compare={compare} />
      {view && <PanelInvite profile={profile} contact={contact} name={name} noteBox={noteBox} offer={offer} />}
      {error && (
        <p class="error" role="alert" data-testid="panel-error">
          {error}
        </p>
      )}
      {loadFailed ? (
        <p class="error" role="alert" data-testid="panel-error">
          {t('errorLoad')}{' '}
          <button type="button" class="link" onClick={() => void load()}>
            {t('retry')}
          </button>
        </p>
      ) : (
        view && (
          <>
            <LastContact contact={contact} mutate={mutate} />
            <NextContact contact={contact} cadence={view.cadence} mutate={mutate} />
            <TagEditor tags={contact?.tags ?? []} mutate={mutate} />
            <Reciprocity interactions={view.interactions} />
            <EntryForm
              textLabel="noteLabel"
              textTestId="note-input"
              saveTestId="note-save"
              draftKey={profile.key}
              dateTestId="note-date"
              onSave={(entry) => mutate('interaction.add', entry)}
            />
            <Timeline items={view.interactions} name={name} mutate={mutate} />
          </>
        )
      )}
      <p class="private">{t('panelPrivate')}</p>
    </div>
  );
}
