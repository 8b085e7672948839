/** The side panel on a profile page: what the person knows about whoever is on screen. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { invitedPerson } from '@/utils/linkedin/invitee';
import { ChangeNotice } from './ChangeNotice';
import { ClaimedIdsNotice } from './ClaimedIdsNotice';
import { EntryForm } from './EntryForm';
import { InviteComposer, type NoteBox } from './InviteComposer';
import { LastContact } from './LastContact';
import { NextContact } from './NextContact';
import { ProfileFields } from './ProfileFields';
import { Reciprocity } from './Reciprocity';
import { SameAsNotice } from './SameAsNotice';
import { TagEditor } from './TagEditor';
import { Timeline } from './Timeline';
import { useContactView } from './useContactView';
import type { Profile } from '@/utils/model/profile';

export type Theme = 'light' | 'dark';

interface Props {
  profile: Profile;
  theme: Theme;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** LinkedIn's invitation note box, while its dialog is open. */
  noteBox: NoteBox | null;
}

export function Panel({ profile, theme, collapsed, onCollapsedChange, noteBox }: Props) {
  const { view, loadFailed, error, shownAt, load, mutate, join, compare, separate } = useContactView(profile);
  const contact = view?.contact ?? null;
  const name = contact?.name || profile.name;
  // Collapsing or expanding removes the button that was pressed: keep keyboard focus on its counterpart.
  const toggle = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useLayoutEffect(() => {
    if (toggled.current) toggle.current?.focus();
    toggled.current = false;
  }, [collapsed]);
  const setCollapsed = (next: boolean) => {
    toggled.current = true;
    onCollapsedChange(next);
  };
  // The composer opens on request, and by itself when LinkedIn's note box appears (until closed for that box).
  const [composing, setComposing] = useState(false);
  const [dismissedBox, setDismissedBox] = useState<NoteBox | null>(null);
  const boxOffered = noteBox !== null && noteBox !== dismissedBox;
  const showComposer = composing || boxOffered;
  const closeComposer = () => {
    setComposing(false);
    setDismissedBox(noteBox);
  };
  // A Connect pressed for someone else on this page (People also viewed): their first name, and their timeline
  // (by their card's link) when sent, or none when the page does not say whose it is.
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

  // While LinkedIn's note box is open, the panel shows itself (without changing the remembered choice).
  if (collapsed && !boxOffered) {
    return (
      <div class="root collapsed" data-theme={theme} data-testid="panel" data-state="collapsed">
        <button
          ref={toggle}
          type="button"
          class="expand"
          data-testid="panel-expand"
          aria-expanded="false"
          onClick={() => setCollapsed(false)}
        >
          {t('panelExpand', name || t('panelTitle'))}
        </button>
      </div>
    );
  }

  return (
    <aside
      class="root"
      data-theme={theme}
      data-testid="panel"
      data-state={view ? 'ready' : 'loading'}
      data-contact-key={profile.key}
      data-shown-at={shownAt ?? undefined}
      aria-label={t('panelTitle')}
    >
      <header class="header">
        <h2>{t('panelTitle')}</h2>
        <button
          ref={toggle}
          type="button"
          class="icon"
          data-testid="panel-collapse"
          aria-expanded="true"
          aria-label={t('panelCollapse')}
          title={t('panelCollapse')}
          onClick={() => setCollapsed(true)}
        >
          ›
        </button>
      </header>
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
        {view &&
          (showComposer ? (
            <InviteComposer recipient={recipient} noteBox={noteBox} notice={notice} onClose={closeComposer} />
          ) : (
            <button type="button" data-testid="invite-open" onClick={() => setComposing(true)}>
              {t('inviteOpen')}
            </button>
          ))}
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
    </aside>
  );
}
