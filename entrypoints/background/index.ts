import { Database } from '@/utils/db/database';
import { listenForImports } from './imports';
import { afterChange } from './after-change';
import { listenForCommands } from './commands';
import { listenForMessages } from './router';
import { listenForReminders, refreshReminders } from './reminders';
import { offerDashboardMenu } from './dashboard-menu';
import { syncPanelPlace } from './panel-place';
import { syncLanguage } from './language';
import { listenForSync, syncSoon } from './sync';
import { welcomeOnInstall } from './welcome';

export default defineBackground(() => {
  const db = new Database();
  // Any change to anyone's data: the badge and alarms follow at once, not at the next alarm.
  const followChange = async () => {
    await syncLanguage(db);
    await syncPanelPlace(db);
    await refreshReminders(db);
  };
  // A change made here also goes to the user's other devices, when sync is on.
  const onChange = async () => {
    syncSoon(db);
    await followChange();
  };
  listenForMessages(db, onChange);
  listenForImports(db, onChange);
  // A change that came from another device: every open tab and page shows it, and the badge counts it.
  listenForSync(db, async () => afterChange({ people: 'all' }, followChange));
  // The badge's title and the notification in the language the user chose.
  void syncLanguage(db);
  void syncPanelPlace(db);
  listenForReminders(db);
  offerDashboardMenu();
  listenForCommands();
  welcomeOnInstall();
});
