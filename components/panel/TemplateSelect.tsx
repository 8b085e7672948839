/** The choice of invitation template, by its name; none until the user picks one or has used one. */
import { t } from '@/utils/i18n';
import type { Template } from '@/utils/templates';

interface Props {
  templates: Template[];
  value: string;
  onChange: (templateId: string) => void;
}

export function TemplateSelect({ templates, value, onChange }: Props) {
  return (
    <select
      data-testid="template-select"
      aria-label={t('inviteTemplate')}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
    >
      <option value="" disabled>
        {t('inviteTemplateChoose')}
      </option>
      {templates.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
