/**
 * Where the panel lives: in LinkedIn's page (the default) or in the browser's side panel, beside the page and
 * outside it, for whoever would rather LinkedIn's page hold nothing of ours. Saved as soon as it is chosen.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { PanelPlaceField } from '@/components/PanelPlaceField';
import { send } from '@/utils/messaging';
import type { PanelPlace, Settings } from '@/utils/settings';
import { StepForm } from './StepForm';

export function PanelPlaceStep({ settings }: { settings: Settings }) {
  const [place, setPlace] = useState(settings.panelPlace);
  const [error, setError] = useState<string | null>(null);
  const choose = (next: PanelPlace) => {
    setPlace(next);
    send('settings.update', { patch: { panelPlace: next } }).then(
      () => setError(null),
      (failure: unknown) => setError(describeError(failure)),
    );
  };

  return (
    <StepForm step="place">
      <PanelPlaceField value={place} onChange={choose} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </StepForm>
  );
}
