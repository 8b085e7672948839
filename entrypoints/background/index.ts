import { ContactsDatabase } from '@/utils/db/database';
import { listenForMessages } from './messaging';
import { listenForReminders, refreshReminders } from './reminders';

export default defineBackground(() => {
  const db = new ContactsDatabase();
  // Any change to anyone's data: the badge and alarms follow at once, not at the next alarm.
  listenForMessages(db, () => refreshReminders(db));
  listenForReminders(db);
});
