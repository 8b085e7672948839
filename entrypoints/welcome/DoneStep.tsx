/** The last step: where the extension shows up from now on, and Finish, which closes the welcome. */
import { t } from '@/utils/i18n';
import { leaveWelcome } from './leave';
import { StepHeading } from './StepForm';
import { stepFrom } from './steps';

export function DoneStep() {
  return (
    <section class="step" aria-labelledby="done-title">
      <StepHeading step="done" />
      <p>{t('welcomeDoneProfile')}</p>
      <p>{t('welcomeDoneDashboard')}</p>
      <ul>
        <li>
          <a href="/dashboard.html" target="_blank" data-testid="welcome-dashboard">
            {t('openDashboard')}
          </a>
        </li>
        <li>
          <a href="https://www.linkedin.com/feed/" target="_blank" rel="noreferrer">
            {t('welcomeDoneLinkedIn')}
          </a>
        </li>
      </ul>
      <div class="row step-buttons">
        <button type="button" data-testid="welcome-back" onClick={() => (location.hash = stepFrom('done', -1))}>
          {t('welcomeBack')}
        </button>
        <button type="button" class="primary" data-testid="welcome-done" onClick={() => void leaveWelcome()}>
          {t('welcomeFinish')}
        </button>
      </div>
    </section>
  );
}
