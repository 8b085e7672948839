/** Where the user chose the panel to live (storage's copy of the setting, kept by the background), as it changes. */
import { useEffect, useState } from 'preact/hooks';
import type { PanelPlace } from '@/utils/settings';
import { panelPlaceItem } from '@/utils/storage-items';

export function usePanelPlace(): PanelPlace | null {
  const [place, setPlace] = useState<PanelPlace | null>(null);
  useEffect(() => {
    void panelPlaceItem.getValue().then(setPlace);
    return panelPlaceItem.watch(setPlace);
  }, []);
  return place;
}
