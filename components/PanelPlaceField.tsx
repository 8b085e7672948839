/**
 * Where the panel lives (the setting `panelPlace`): in LinkedIn's page, or in the browser's side panel, with the
 * trade-off in one sentence each. In the dashboard's settings and on the welcome page; it saves as it changes.
 */
import { t } from '@/utils/i18n';
import type { PanelPlace } from '@/utils/settings';

interface Props {
  value: PanelPlace;
  onChange: (place: PanelPlace) => void;
  /** The select's own label; without it the field is labelled by the heading around it. */
  label?: string;
}

export function PanelPlaceField({ value, onChange, label }: Props) {
  return (
    <div class="panel-place">
      <label class="setting">
        <span>{label ?? t('settingsPanelPlace')}</span>
        <select
          data-testid="settings-panel-place"
          value={value}
          onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as PanelPlace)}
        >
          <option value="in-page">{t('settingsPanelInPage')}</option>
          <option value="side-panel">{t('settingsPanelSidePanel')}</option>
        </select>
      </label>
      <ul class="muted">
        <li>{t('panelPlaceInPageHint')}</li>
        <li>{t('panelPlaceSidePanelHint')}</li>
      </ul>
    </div>
  );
}
