import { ContactsDatabase } from '@/utils/db/database';
import { listenForMessages } from './messaging';
import { listenForReminders, refreshReminders } from './reminders';
import { offerDashboardMenu } from './dashboard-menu';

export default defineBackground(() => {
  const db = new ContactsDatabase();
  // Any change to anyone's data: the badge and alarms follow at once, not at the next alarm.
  listenForMessages(db, () => refreshReminders(db));
  listenForReminders(db);
  offerDashboardMenu();
});
