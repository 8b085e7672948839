import { ContactsDatabase } from '@/utils/db/database';
import { listenForImports } from './imports';
import { listenForMessages } from './messaging';
import { listenForReminders, refreshReminders } from './reminders';
import { offerDashboardMenu } from './dashboard-menu';
import { syncLanguage } from './language';

export default defineBackground(() => {
  const db = new ContactsDatabase();
  // Any change to anyone's data: the badge and alarms follow at once, not at the next alarm.
  const onChange = async () => {
    await syncLanguage(db);
    await refreshReminders(db);
  };
  listenForMessages(db, onChange);
  listenForImports(db, onChange);
  // The badge's title and the notification in the language the user chose.
  void syncLanguage(db);
  listenForReminders(db);
  offerDashboardMenu();
});
