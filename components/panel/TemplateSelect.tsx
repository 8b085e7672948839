/**
 * The choice of invitation template, by its name, grouped by the language each is written in; none until the
 * user picks one or has used one.
 */
import { t, uiLocale } from '@/utils/i18n';
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
      <option value="">{t('inviteTemplateChoose')}</option>
      {languagesOf(templates).map((language) => (
        <optgroup key={language} label={languageNames().of(language) ?? language}>
          {templates
            .filter((option) => option.language === language)
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

/** The templates' languages, in the order the templates come (the user's own language first). */
function languagesOf(templates: readonly Template[]): Template['language'][] {
  return [...new Set(templates.map((template) => template.language))];
}

/** "English", "Finnish", in the user's language ("englanti", "suomi"). */
const languageNames = () => new Intl.DisplayNames(uiLocale(), { type: 'language' });
