/**
 * Where the panel lives (the setting `panelPlace`), made known to the LinkedIn tabs: kept in storage.local, which
 * each tab reads as it starts and watches, so that a change takes effect on open tabs without a reload.
 */
import type { Database } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import { panelPlaceItem } from '@/utils/storage-items';

/** Brings storage.local in line with the settings (after a change, an import, or at start). */
export async function syncPanelPlace(db: Database): Promise<void> {
  const { panelPlace } = await loadSettings(db);
  if ((await panelPlaceItem.getValue()) !== panelPlace) await panelPlaceItem.setValue(panelPlace);
}
