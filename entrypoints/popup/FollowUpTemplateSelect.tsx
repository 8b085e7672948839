/** The choice of follow-up template: both languages' templates, grouped, the user's own language first. */
import { t } from '@/utils/i18n';
import type { Template, TemplateLanguage } from '@/utils/templates';

/** Both languages' templates are offered, the user's own first. */
function languagesFirst(language: TemplateLanguage): TemplateLanguage[] {
  return language === 'fi' ? ['fi', 'en'] : ['en', 'fi'];
}

interface Props {
  templates: Template[];
  value: string;
  language: TemplateLanguage;
  onChange: (templateId: string) => void;
}

export function FollowUpTemplateSelect({ templates, value, language, onChange }: Props) {
  return (
    <select
      data-testid="followup-template"
      aria-label={t('followupTemplate')}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
    >
      {languagesFirst(language).map((group) => (
        <optgroup key={group} label={group === 'fi' ? 'suomi' : 'English'}>
          {templates
            .filter((option) => option.language === group)
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
