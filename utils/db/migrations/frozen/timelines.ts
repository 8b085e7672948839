/** Version 4's timeline rows grouped by the contact they belong to, in the order they were read. Pure. */
import type { InteractionV4 } from './v4-types';

export function timelinesByContact(interactions: readonly InteractionV4[]): Map<string, InteractionV4[]> {
  const timelines = new Map<string, InteractionV4[]>();
  for (const interaction of interactions) {
    const timeline = timelines.get(interaction.contactKey);
    if (timeline) timeline.push(interaction);
    else timelines.set(interaction.contactKey, [interaction]);
  }
  return timelines;
}
