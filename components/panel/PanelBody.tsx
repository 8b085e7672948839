/**
 * What the panel holds, under its header: the person's fields and notices, the invitation composer, and, once
 * loaded, their last and next contact, tags, give and take, a new note, and the timeline.
 */
import { t } from '@/utils/i18n';
import { ChangeNotice } from './ChangeNotice';
import { ClaimedIdsNotice } from './ClaimedIdsNotice';
import { noteDraftKey } from './drafts';
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
import type { usePersonView } from './use-person-view';
import type { InviteOffer } from './use-invite-offer';
import type { Profile } from '@/utils/model/profile';

interface Props {
  profile: Profile;
  /** The person on screen's data, from the panel's usePersonView. */
  personView: ReturnType<typeof usePersonView>;
  /** The name the panel shows for them. */
  name: string;
  noteBox: NoteBox | null;
  offer: InviteOffer;
}

export function PanelBody({ profile, personView, name, noteBox, offer }: Props) {
  const { view, loadFailed, error, load, mutate, join, compare, separate } = personView;
  const contact = view?.summary ?? null;
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
            <NextContact contact={contact} rhythm={view.rhythm} mutate={mutate} />
            <TagEditor tags={contact?.tags ?? []} mutate={mutate} />
            <Reciprocity entries={view.entries} />
            <EntryForm
              textLabel="noteLabel"
              textTestId="note-input"
              saveTestId="note-save"
              draft={{ key: noteDraftKey(profile.key) }}
              dateTestId="note-date"
              onSave={(entry) => mutate('entry.add', entry)}
            />
            <Timeline items={view.entries} name={name} mutate={mutate} />
          </>
        )
      )}
      <p class="private">{t('panelPrivate')}</p>
    </div>
  );
}
