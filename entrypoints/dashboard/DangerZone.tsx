/** What a person's page can undo but not take lightly: merging a duplicate in, and deleting the person. */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import type { Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { JoinPicker } from './JoinPicker';
import type { Summary } from '@/utils/model/summary';

interface Props {
  contact: Summary;
  contacts: Summary[];
  onUndoable: (undoable: Undoable) => void;
}

export function DangerZone({ contact, contacts, onUndoable }: Props) {
  const [actionError, setActionError] = useState<string | null>(null);

  const remove = async () => {
    try {
      const deleted = await send('person.delete', { key: contact.key });
      location.hash = '#contacts';
      onUndoable({
        message: t('contactDeleted', contact.name || contact.key),
        undo: () => send('person.restore', { deleted }),
      });
    } catch (failure) {
      setActionError(describeError(failure));
    }
  };

  return (
    <section class="danger-zone" aria-labelledby="manage-title">
      <h3 id="manage-title">{t('contactManage')}</h3>
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      <JoinPicker keep={contact} contacts={contacts} onError={setActionError} onUndoable={onUndoable} />
      <button type="button" class="danger" data-testid="contact-delete" onClick={() => void remove()}>
        {t('contactDelete')}
      </button>
    </section>
  );
}
