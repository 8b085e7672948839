/**
 * One person in the dashboard: the same fields and timeline as the panel on their profile (the same components,
 * through the same messages), plus what only the dashboard does: delete with undo, and merge a duplicate in
 * (DangerZone.tsx).
 */
import { useMemo } from 'preact/hooks';
import { noteDraftKey } from '@/components/panel/drafts';
import { EntryForm } from '@/components/panel/EntryForm';
import { LastContact } from '@/components/panel/LastContact';
import { NextContact } from '@/components/panel/NextContact';
import { ProfileFields } from '@/components/panel/ProfileFields';
import { Reciprocity } from '@/components/panel/Reciprocity';
import { SameAsNotice } from '@/components/panel/SameAsNotice';
import { TagEditor } from '@/components/panel/TagEditor';
import { Timeline } from '@/components/panel/Timeline';
import { usePersonView } from '@/components/panel/use-person-view';
import { t, uiLocale } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { longDate } from '@/utils/time';
import { DangerZone } from './DangerZone';
import { PanelStyles } from './PanelStyles';
import type { Undoable } from '@/components/UndoBar';
import type { Profile } from '@/utils/model/profile';
import type { Summary } from '@/utils/model/summary';

interface Props {
  contactKey: string;
  contacts: Summary[];
  onUndoable: (undoable: Undoable) => void;
}

/** The panel's components ask for what the page showed; here that is what is stored. */
function profileOfSummary(contact: Summary): Profile {
  const { key, name, headline, company, location, photoUrl } = contact;
  return { layout: 'unknown', key, name, headline, company, location, photoUrl };
}

export function ContactPage({ contactKey, contacts, onUndoable }: Props) {
  const person = useMemo(() => ({ key: contactKey }), [contactKey]);
  const { view, loadFailed, error, load, mutate, join, separate } = usePersonView(person);
  const stored = contacts.some((contact) => contact.key === contactKey);
  const contact = view?.summary ?? null;
  const locale = uiLocale();

  if (!stored) {
    return (
      <section>
        <a href="#contacts">{t('backToContacts')}</a>
        <p role="status">{t('contactGone')}</p>
      </section>
    );
  }
  if (loadFailed) {
    return (
      <p class="error" role="alert">
        {t('errorLoad')}{' '}
        <button type="button" class="link" onClick={() => void load()}>
          {t('retry')}
        </button>
      </p>
    );
  }
  if (!view || !contact) return <p class="muted">{t('loading')}</p>;

  return (
    <article class="contact-page" aria-labelledby="contact-title" data-testid="contact-page">
      <a href="#contacts">{t('backToContacts')}</a>
      <h2 id="contact-title">{contact.name || contact.key}</h2>
      <p class="muted">
        <a href={profileUrlOf(contact.key)} target="_blank" rel="noopener noreferrer">
          {t('openOnLinkedIn')}
        </a>
        {contact.email && (
          <>
            {' · '}
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        )}
        {contact.connectedAt !== null && <> · {t('connectedOn', longDate(contact.connectedAt, locale))}</>}
      </p>
      <PanelStyles>
        <ProfileFields profile={profileOfSummary(contact)} contact={contact} mutate={mutate} />
        <SameAsNotice sameAs={view.sameAs} join={join} separate={separate} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <LastContact contact={contact} mutate={mutate} />
        <NextContact contact={contact} rhythm={view.rhythm} mutate={mutate} />
        <TagEditor tags={contact.tags} mutate={mutate} />
        <Reciprocity entries={view.entries} />
        <EntryForm
          textLabel="noteLabel"
          textTestId="note-input"
          saveTestId="note-save"
          draft={{ key: noteDraftKey(contact.key) }}
          onSave={(entry) => mutate('entry.add', entry)}
        />
        <Timeline items={view.entries} name={contact.name} mutate={mutate} />
      </PanelStyles>
      <DangerZone contact={contact} contacts={contacts} onUndoable={onUndoable} />
    </article>
  );
}
