import { ContactsDatabase } from '@/utils/db/database';
import { listenForMessages } from './messaging';

export default defineBackground(() => {
  const db = new ContactsDatabase();
  listenForMessages(db);
});
