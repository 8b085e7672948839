/**
 * The records of versions 1 to 4 as they were stored, frozen here for the upgrades that read them: a person was
 * a contact row, their timeline rows of `interactions`, and the settings and templates plain records.
 */

export type InteractionTypeV4 =
  | 'note'
  | 'message'
  | 'meeting'
  | 'call'
  | 'event'
  | 'gave_help'
  | 'received_help'
  | 'invitation'
  | 'headline_change'
  | 'company_change';

export interface SeenProfileV4 {
  headline: string;
  company: string;
}

/** A contact as version 4 kept it (versions 1 to 3 kept fewer of these fields). */
export interface ContactV4 {
  key: string;
  aliases: string[];
  profileId?: string;
  memberId?: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
  tags: string[];
  contactedAt: number | null;
  lastContactAt: number | null;
  /** Absent: inherit (tags, then settings); null: none. */
  cadenceDays?: number | null;
  cadenceFromTagsOnly?: true;
  followUpOn: number | null;
  snoozedUntil: number | null;
  dueAt: number | null;
  lastSeen: SeenProfileV4 | null;
  connectedAt: number | null;
  email: string;
  timelineWords: string;
  createdAt: number;
  updatedAt: number;
}

/** One row of the `interactions` table (versions 1 to 4). */
export interface InteractionV4 {
  id: string;
  contactKey: string;
  type: InteractionTypeV4;
  text: string;
  at: number;
  createdAt: number;
  updatedAt: number;
}

/** What scheduling read of the settings. */
export interface CadenceSettingsV4 {
  defaultCadenceDays: number | null;
  tagCadences: Record<string, number>;
}

export interface TemplateV4 {
  id: string;
  name: string;
  kind: 'invitation' | 'follow-up';
  language: 'en' | 'fi';
  body: string;
}
