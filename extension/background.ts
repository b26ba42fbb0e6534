import { checkInNow, previewCheckIn, refreshSheets, rescoreCache, resolveCheckIn } from './refresh-sheets';
import { alarms } from './platform/alarms';
import { lifecycle } from './platform/lifecycle';
import { messages } from './platform/messages';
import { notifications } from './platform/notifications';
import { storage } from './platform/storage';

/**
 * Service worker: refreshes on the alarm schedule (options.refreshMinutes), when the popup asks,
 * and when the options change; keeps the badge in step with the cache.
 */
async function start(): Promise<void> {
  const options = await storage.readOptions();
  await alarms.schedule(options.refreshMinutes);
  await rescoreCache();
}

alarms.onFire(() => void refreshSheets());
messages.onRefreshRequest((interactive, maxAgeMs) => refreshSheets({ interactive, maxAgeMs }));
messages.onCheckIn({ checkIn: checkInNow, resolve: resolveCheckIn });
messages.onPreviewCheckIn(previewCheckIn);
notifications.listen();
storage.onChange((change) => {
  if (!change.options) return;
  void alarms.schedule(change.options.refreshMinutes);
  void refreshSheets();
});
lifecycle(() => void start().then(() => refreshSheets()));
void start();
