/**
 * `sidepanel.html?tab=<id>`: a side panel that follows that one tab only, whichever is active (tests open it so,
 * since automation cannot open the browser's side panel, and it serves a panel popped out into a window). Pure.
 */
export function pinnedTabOf(search: string): number | null {
  const tab = new URLSearchParams(search).get('tab');
  return tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : null;
}
