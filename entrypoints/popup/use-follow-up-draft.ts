/**
 * The follow-up message for one person, drafted: their timeline, the follow-up templates (the one that fits
 * them first) and the user's name, loaded; the chosen template filled in; and the user's edits, kept per
 * template, so that switching to another template and back keeps what they wrote.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { send } from '@/utils/messaging';
import { followUpBody, followUpValues, suggestFollowUp } from '@/utils/plan/followup-templates';
import type { Settings } from '@/utils/settings';
import { renderTemplate, type Template, type TemplateLanguage } from '@/utils/templates';
import type { PersonView } from '@/utils/model/summary';

interface Loaded {
  view: PersonView;
  templates: Template[];
  settings: Settings;
}

/** Follow-ups in the order offered: the one that fits the person first, then the rest in the user's language, then the other language's. */
function offered(templates: Template[], suggestedId: string, language: TemplateLanguage): Template[] {
  const rank = (template: Template) => (template.id === suggestedId ? 0 : template.language === language ? 1 : 2);
  return templates
    .filter((template) => template.kind === 'follow-up')
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** `onFailure` hears what stopped the person or the templates from loading. */
export function useFollowUpDraft(
  contactKey: string,
  now: number,
  language: TemplateLanguage,
  onFailure: (message: string) => void,
) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [edits, setEdits] = useState<Record<string, string>>({});

  useEffect(() => {
    Promise.all([
      send('person.view', { person: { key: contactKey } }),
      send('templates.list', {}),
      send('settings.get', {}),
    ])
      .then(([view, templates, settings]) => setLoaded({ view, templates, settings }))
      .catch((failure) => onFailure(describeError(failure)));
  }, [contactKey]);

  const templates = useMemo(() => {
    if (!loaded?.view.summary) return [];
    const purpose = suggestFollowUp(loaded.view.summary, loaded.view.entries, now);
    return offered(loaded.templates, `bundled-${language}-${purpose}`, language);
  }, [loaded]);
  const template = templates.find((option) => option.id === templateId) ?? templates[0];

  const drafted = useMemo(() => {
    const contact = loaded?.view.summary;
    if (!template || !contact) return '';
    const values = followUpValues(contact, loaded.view.entries, loaded.settings.myName, template.language, now);
    return renderTemplate(followUpBody(template, contact, loaded.view.entries), values);
  }, [template?.id, loaded]);
  const text = (template && edits[template.id]) ?? drafted;
  const edit = (value: string) => template && setEdits({ ...edits, [template.id]: value });

  return {
    ready: loaded !== null,
    contact: loaded?.view.summary ?? null,
    templates,
    template,
    setTemplateId,
    text,
    edit,
  };
}
