/** The page the route asks for, given what it needs of the dashboard's data. */
import type { Undoable } from '@/components/UndoBar';
import type { Settings } from '@/utils/settings';
import { BackupPage } from './BackupPage';
import { ComparePage } from './ComparePage';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';
import { PlanPage } from './PlanPage';
import { ReviewPage } from './ReviewPage';
import type { Route } from './route';
import { SettingsPage } from './SettingsPage';
import { SyncPage } from './SyncPage';
import { TagsPage } from './TagsPage';
import { TemplatesPage } from './TemplatesPage';
import type { Summary } from '@/utils/model/summary';

interface PageProps {
  route: Route;
  contacts: Summary[];
  settings: Settings;
  onUndoable: (undoable: Undoable) => void;
}

export function Page({ route, contacts, settings, onUndoable }: PageProps) {
  switch (route.page) {
    case 'contacts':
      return <ContactsPage contacts={contacts} settings={settings} />;
    case 'contact':
      return <ContactPage key={route.key} contactKey={route.key} contacts={contacts} onUndoable={onUndoable} />;
    case 'compare':
      return <ComparePage key={route.token} token={route.token} onUndoable={onUndoable} />;
    case 'tags':
      return <TagsPage contacts={contacts} settings={settings} />;
    case 'plan':
      return <PlanPage contacts={contacts} settings={settings} onUndoable={onUndoable} />;
    case 'review':
      return <ReviewPage month={route.month} contacts={contacts} settings={settings} />;
    case 'templates':
      return <TemplatesPage />;
    case 'settings':
      return <SettingsPage settings={settings} />;
    case 'backup':
      return <BackupPage settings={settings} contactCount={contacts.length} />;
    case 'sync':
      return <SyncPage />;
  }
}
