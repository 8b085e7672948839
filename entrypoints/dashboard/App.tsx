/**
 * The dashboard: every contact, search, tags, templates, settings and backups, on one page of the extension.
 * The sections are in the URL's hash (route.ts), so that Back works and the popup can open one directly.
 */
import { useEffect, useState } from 'preact/hooks';
import { UndoBar, type Undoable } from '@/components/UndoBar';
import { backupReminderDue } from '@/utils/backup/reminders';
import { loadSettings } from '@/utils/db/settings-store';
import { t, type MessageKey } from '@/utils/i18n';
import type { Summary } from '@/utils/model/summary';
import { db } from './database';
import { Page } from './Page';
import { hrefOf, SECTIONS, type Route } from './route';
import { useLiveQuery } from './use-live-query';
import { useRoute } from './use-route';

const SECTION_LABELS: Record<(typeof SECTIONS)[number], MessageKey> = {
  contacts: 'dashboardContacts',
  tags: 'dashboardTags',
  plan: 'dashboardPlan',
  templates: 'dashboardTemplates',
  settings: 'dashboardSettings',
  backup: 'dashboardBackup',
  sync: 'dashboardSync',
};

/**
 * The pages that show no one (their own data, read live by themselves): they are not handed everyone's summary,
 * kept up to date. Reading every summary again after each change is what a page does while sync or an import
 * writes thousands of people: with 10,000 people, a third of a joining computer's time with the Sync page open.
 */
const SHOWS_NO_ONE: ReadonlySet<Route['page']> = new Set(['sync', 'templates', 'settings', 'compare']);

export function App() {
  const route = useRoute();
  const showsPeople = !SHOWS_NO_ONE.has(route.page);
  const contacts = useLiveQuery(() => (showsPeople ? db.contacts.toArray() : Promise.resolve([])), [showsPeople]);
  const oldestSaved = useOldestSaved(showsPeople);
  const settings = useLiveQuery(() => loadSettings(db), []);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const now = Date.now();

  // Each page starts at its top, and says where the user is.
  // A person's page belongs to the contacts, the monthly review to the plan.
  const section =
    route.page === 'contact' || route.page === 'compare' ? 'contacts' : route.page === 'review' ? 'plan' : route.page;
  useEffect(() => scrollTo(0, 0), [route.page]);

  const oldest = showsPeople ? (contacts.state === 'ready' ? oldestOf(contacts.value) : null) : oldestSaved;
  const remindBackup = settings.state === 'ready' && backupReminderDue(settings.value.lastBackupAt, oldest, now);

  return (
    <div class="dashboard">
      <header class="top">
        <h1>{t('extName')}</h1>
        <nav aria-label={t('dashboardSections')}>
          {SECTIONS.map((page) => (
            <a key={page} href={hrefOf({ page } as Route)} aria-current={page === section ? 'page' : undefined}>
              {t(SECTION_LABELS[page])}
            </a>
          ))}
        </nav>
      </header>
      {remindBackup && route.page !== 'backup' && (
        <p class="banner" role="status" data-testid="backup-reminder">
          {t('backupReminder')} <a href="#backup">{t('backupReminderAction')}</a>
        </p>
      )}
      <main>
        {contacts.state === 'failed' && (
          <p class="error" role="alert">
            {db.hasFailed() ? t('errorUnavailable', String(contacts.error)) : t('errorLoad')}
          </p>
        )}
        {contacts.state === 'loading' && <p class="muted">{t('loading')}</p>}
        {contacts.state === 'ready' && settings.state === 'ready' && (
          <Page route={route} contacts={contacts.value} settings={settings.value} onUndoable={setUndoable} />
        )}
      </main>
      {undoable && <UndoBar undoable={undoable} onDone={() => setUndoable(null)} />}
    </div>
  );
}

/** When the first of these people was saved: how long the user has had data to lose (the backup reminder). */
function oldestOf(contacts: readonly Summary[]): number | null {
  return contacts.length > 0 ? contacts.reduce((min, contact) => Math.min(min, contact.createdAt), Infinity) : null;
}

/** For a page that shows no one: when the first person was saved, read once as the page opens. */
function useOldestSaved(showsPeople: boolean): number | null {
  const [oldest, setOldest] = useState<number | null>(null);
  useEffect(() => {
    if (showsPeople) return;
    let current = true;
    void db.contacts.toArray().then((contacts) => current && setOldest(oldestOf(contacts)));
    return () => {
      current = false;
    };
  }, [showsPeople]);
  return oldest;
}
