/**
 * One person in the dashboard: the same fields and timeline as the panel on their profile (the same components,
 * through the same messages), plus what only the dashboard does: delete with undo, and merge a duplicate in.
 */
import { useMemo, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { EntryForm } from '@/components/panel/EntryForm';
import { LastContact } from '@/components/panel/LastContact';
import { NextContact } from '@/components/panel/NextContact';
import { ProfileFields } from '@/components/panel/ProfileFields';
import { Reciprocity } from '@/components/panel/Reciprocity';
import { SameAsNotice } from '@/components/panel/SameAsNotice';
import { TagEditor } from '@/components/panel/TagEditor';
import { Timeline } from '@/components/panel/Timeline';
import { useContactView } from '@/components/panel/useContactView';
import type { Contact } from '@/utils/contacts';
import { t, uiLocale } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { send } from '@/utils/messaging';
import { search } from '@/utils/search';
import { longDate } from '@/utils/time';
import { PanelStyles } from './PanelStyles';
import { searchIndexOf } from './search-index';
import type { Undoable } from '@/components/UndoBar';
import type { Profile } from '@/utils/model/profile';

interface Props {
  contactKey: string;
  contacts: Contact[];
  onUndoable: (undoable: Undoable) => void;
}

/** The panel's components ask for what the page showed; here that is what is stored. */
function asPageProfile(contact: Contact): Profile {
  const { key, name, headline, company, location, photoUrl } = contact;
  return { layout: 'unknown', key, name, headline, company, location, photoUrl };
}

export function ContactPage({ contactKey, contacts, onUndoable }: Props) {
  const person = useMemo(() => ({ key: contactKey }), [contactKey]);
  const { view, loadFailed, error, load, mutate, join, separate } = useContactView(person);
  const [actionError, setActionError] = useState<string | null>(null);
  const stored = contacts.some((contact) => contact.key === contactKey);
  const contact = view?.contact ?? null;
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

  const remove = async () => {
    try {
      const deleted = await send('contact.delete', { key: contact.key });
      location.hash = '#contacts';
      onUndoable({
        message: t('contactDeleted', contact.name || contact.key),
        undo: () => send('contact.restore', { deleted }),
      });
    } catch (failure) {
      setActionError(describeError(failure));
    }
  };

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
        <ProfileFields profile={asPageProfile(contact)} contact={contact} mutate={mutate} />
        <SameAsNotice sameAs={view.sameAs} join={join} separate={separate} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <LastContact contact={contact} mutate={mutate} />
        <NextContact contact={contact} cadence={view.cadence} mutate={mutate} />
        <TagEditor tags={contact.tags} mutate={mutate} />
        <Reciprocity interactions={view.interactions} />
        <EntryForm
          textLabel="noteLabel"
          textTestId="note-input"
          saveTestId="note-save"
          draftKey={contact.key}
          onSave={(entry) => mutate('interaction.add', entry)}
        />
        <Timeline items={view.interactions} name={contact.name} mutate={mutate} />
      </PanelStyles>
      <section class="danger-zone" aria-labelledby="manage-title">
        <h3 id="manage-title">{t('contactManage')}</h3>
        {actionError && (
          <p class="error" role="alert">
            {actionError}
          </p>
        )}
        <MergePicker keep={contact} contacts={contacts} onError={setActionError} onUndoable={onUndoable} />
        <button type="button" class="danger" data-testid="contact-delete" onClick={() => void remove()}>
          {t('contactDelete')}
        </button>
      </section>
    </article>
  );
}

/** Finding the other copy of this person, and joining it into this one after a confirmation. */
function MergePicker({
  keep,
  contacts,
  onError,
  onUndoable,
}: {
  keep: Contact;
  contacts: Contact[];
  onError: (message: string | null) => void;
  onUndoable: (undoable: Undoable) => void;
}) {
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Contact | null>(null);
  const found = search(searchIndexOf(contacts), query);
  const candidates = found
    ? contacts.filter((contact) => found.has(contact.key) && contact.key !== keep.key).slice(0, 8)
    : [];

  const merge = async (duplicate: Contact) => {
    try {
      const { undoToken } = await send('contacts.merge', { keep: keep.key, other: duplicate.key });
      onUndoable({
        message: t('sameAsJoined', duplicate.name || duplicate.key),
        undo: () => send('contact.separate', { undoToken }),
      });
      setOther(null);
      setQuery('');
      onError(null);
    } catch (failure) {
      onError(describeError(failure));
    }
  };

  if (other) {
    return (
      <div class="row" role="group" aria-label={t('mergeTitle')}>
        <span>{t('mergeConfirm', other.name || other.key, keep.name || keep.key)}</span>
        <button type="button" class="primary" data-testid="merge-confirm" onClick={() => void merge(other)}>
          {t('merge')}
        </button>
        <button type="button" onClick={() => setOther(null)}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div class="merge">
      <label>
        {t('mergeTitle')}{' '}
        <input
          type="search"
          data-testid="merge-search"
          placeholder={t('mergeSearch')}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {candidates.length > 0 && (
        <ul class="candidates">
          {candidates.map((candidate) => (
            <li key={candidate.key}>
              <button type="button" data-testid="merge-candidate" onClick={() => setOther(candidate)}>
                {candidate.name || candidate.key}
              </button>{' '}
              <span class="muted">{candidate.headline}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
