/** Name, headline and company: read from the page, editable by the person (saved when they leave the field). */
import { t, type MessageKey } from '@/utils/i18n';
import type { Mutate } from './use-person-view';
import type { Profile } from '@/utils/model/profile';
import type { Summary } from '@/utils/model/summary';

const FIELDS = [
  { field: 'name', label: 'fieldName', testId: 'contact-name' },
  { field: 'headline', label: 'fieldHeadline', testId: 'contact-headline' },
  { field: 'company', label: 'fieldCompany', testId: 'contact-company' },
] as const satisfies readonly { field: keyof Summary & keyof Profile; label: MessageKey; testId: string }[];

interface Props {
  profile: Profile;
  contact: Summary | null;
  mutate: Mutate;
}

export function ProfileFields({ profile, contact, mutate }: Props) {
  return (
    <div class="fields">
      {FIELDS.map(({ field, label, testId }) => {
        const value = contact ? contact[field] : profile[field];
        const save = (event: Event) => {
          const input = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
          if (input.value.trim() !== value) void mutate('person.update', { patch: { [field]: input.value } });
        };
        const attributes = {
          'data-testid': testId,
          defaultValue: value,
          placeholder: t(label),
          onChange: save,
          // Enter saves (by leaving the field); a headline is one line, however long.
          onKeyDown: (event: KeyboardEvent) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            (event.currentTarget as HTMLElement).blur();
          },
        };
        return (
          <label class={`field field-${field}`} key={`${profile.key}-${field}-${value}`}>
            <span class="visually-hidden">{t(label)}</span>
            {field === 'headline' ? (
              <textarea rows={1} maxLength={1000} {...attributes} />
            ) : (
              <input maxLength={300} {...attributes} />
            )}
          </label>
        );
      })}
    </div>
  );
}
