/** Messages of the user's settings, templates and tags. */
import * as z from 'zod/mini';
import { FocusSizingSchema, PanelPlaceSchema, SettingsFields, TemplateFields, text } from '../model/schemas';
import type { Settings } from '../settings';
import type { Template } from '../templates';
import { answers, message } from './define';

/**
 * A change of some settings: the fields given, each as strict as the stored settings' own, without the defaults
 * that fill in what older saved settings lack (a patch that leaves a field out must not reset it).
 */
const SettingsPatchSchema = z.partial(
  z.object({ ...SettingsFields, focusSize: FocusSizingSchema, panelPlace: PanelPlaceSchema }),
);

export const settingsMessages = {
  'settings.get': message({
    request: z.object({}),
    answer: answers<Settings>(),
    from: 'linkedin-tab',
    changes: 'nothing',
  }),
  'settings.update': message({
    request: z.object({ patch: SettingsPatchSchema }),
    answer: answers<Settings>(),
    from: 'extension',
    changes: 'data',
  }),
  'templates.list': message({
    request: z.object({}),
    answer: answers<Template[]>(),
    from: 'linkedin-tab',
    changes: 'nothing',
  }),
  'templates.save': message({
    request: z.object({ template: z.object(TemplateFields) }),
    answer: answers<Template[]>(),
    from: 'extension',
    changes: 'data',
  }),
  'templates.delete': message({
    request: z.object({ id: text(100) }),
    answer: answers<Template[]>(),
    from: 'extension',
    changes: 'data',
  }),
  /** Every tag in use, for autocomplete. */
  'tags.list': message({
    request: z.object({}),
    answer: answers<string[]>(),
    from: 'linkedin-tab',
    changes: 'nothing',
  }),
  /** Rename a tag on everyone (merging it into `to` if that exists); null removes it. */
  'tags.rename': message({
    request: z.object({ from: text(60).check(z.minLength(1)), to: z.nullable(text(60).check(z.minLength(1))) }),
    answer: answers<number>(),
    from: 'extension',
    changes: 'everyone',
  }),
};
