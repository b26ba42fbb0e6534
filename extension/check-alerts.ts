import type { CachedView, ExtensionCache, ExtensionOptions } from './types';
import { alertChanges } from './alert-changes';
import { alertItems } from './alert-items';
import { checkInReminder } from './check-in-reminder';
import { localDate } from './local-date';
import { notifications } from './platform/notifications';
import { storage } from './platform/storage';

/**
 * After a refresh: a notification for each of my KRs or KPIs that turned red (or amber from green),
 * at most one per item per day, unless alerts are off; and the weekly check-in reminder on its day.
 * Statuses are remembered either way, so turning alerts on does not alert about old changes.
 */
export async function checkAlerts(options: ExtensionOptions, cache: ExtensionCache, view: CachedView, now: Date): Promise<void> {
  if (view.mine.mode !== 'ready') return;
  const today = localDate(now, null);
  const state = await storage.readAlertState();
  const { alerts, state: next } = alertChanges(state, alertItems(options, cache, view.mine, now), today);
  if (options.alerts !== false) for (const alert of alerts) await notifications.show(`alert:${alert.item.id}`, alert.title, alert.message, alert.item.url).catch(() => undefined);
  const reminder = checkInReminder(view.mine, options.reminderDay, today, state.remindedOn);
  if (reminder) {
    next.remindedOn = today;
    await notifications.show('reminder', reminder.title, reminder.message, reminder.url).catch(() => undefined);
  }
  await storage.writeAlertState(next);
}
