/**
 * Every template the extension ships: the invitation notes and the follow-up messages. A new database starts
 * with them (as old as can be, so that any edit wins), and so does one that is wiped.
 */
import { BUNDLED_FOLLOW_UPS } from './plan/followup-templates';
import { BUNDLED_TEMPLATES, type Template } from './templates';

export const SHIPPED_TEMPLATES: readonly Template[] = [...BUNDLED_TEMPLATES, ...BUNDLED_FOLLOW_UPS];
