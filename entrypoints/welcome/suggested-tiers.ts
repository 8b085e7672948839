/**
 * The tiers the welcome suggests, each with a rhythm to start from. Named in the user's language, as the tags
 * they become: a Finnish user tags people "mentorit".
 */
import type { MessageKey } from '@/utils/i18n';

export const SUGGESTED_TIERS: { name: MessageKey; days: number }[] = [
  { name: 'welcomeTierMentors', days: 30 },
  { name: 'welcomeTierFormerColleagues', days: 90 },
  { name: 'welcomeTierClients', days: 60 },
  { name: 'welcomeTierIndustryFriends', days: 180 },
];
