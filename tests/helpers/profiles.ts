/** Page profiles of fictional people, as the content script would send them. */
import type { Profile } from '@/utils/model/profile';

export const AINO_ID = 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy';

export function ainoProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    layout: 'voyager',
    key: 'aino-virtanen-4b2a1c',
    slug: 'aino-virtanen-4b2a1c',
    profileId: AINO_ID,
    memberId: '100200300',
    name: 'Aino Virtanen',
    headline: 'Product designer at Revontuli Oy',
    company: 'Revontuli Oy',
    location: 'Tampere, Pirkanmaa, Finland',
    photoUrl: '',
    ...overrides,
  };
}
