/**
 * What the side panel takes from its tab's answer (utils/side-panel-link.ts). The answer comes from a LinkedIn
 * page, whose scripts may have forged it: the profile must be well formed (the same schema the background parses
 * a tab's messages with) and be the one the tab's own address names, as the router demands of a tab's messages;
 * anything else shows no one. Pure.
 */
import * as z from 'zod/mini';
import { contactKeyFromUrl } from '@/utils/linkedin/urls';
import { ProfileSchema } from '@/utils/messages/whom';
import { personText, text } from '@/utils/model/schemas';
import type { NoteBoxShown, TabPage } from '@/utils/side-panel-link';

const NoteBoxSchema: z.ZodMiniType<NoteBoxShown> = z.object({
  limit: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(10_000))),
  invitee: z.nullable(
    z.object({ slug: z.optional(text(200)), profileId: z.optional(text(200)), name: personText(300) }),
  ),
});

const NOTHING: TabPage = { profile: null, noteBox: null };

/** The page the tab says it shows, as far as it can be believed; `tabUrl` is the browser's word for its address. */
export function tabPageOf(answer: unknown, tabUrl: string | undefined): TabPage {
  if (typeof answer !== 'object' || answer === null) return NOTHING;
  const { profile, noteBox } = answer as Record<string, unknown>;
  const parsedProfile = ProfileSchema.safeParse(profile);
  const parsedBox = NoteBoxSchema.safeParse(noteBox);
  const named = tabUrl === undefined ? null : contactKeyFromUrl(tabUrl);
  return {
    profile: parsedProfile.success && named !== null && parsedProfile.data.key === named ? parsedProfile.data : null,
    noteBox: parsedBox.success ? parsedBox.data : null,
  };
}
