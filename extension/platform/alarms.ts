const ALARM = 'refresh';

/** The refresh schedule on chrome.alarms. */
export const alarms = {
  /** (Re)starts the periodic refresh every `minutes` (at least 1, Chrome's floor for packed extensions). */
  async schedule(minutes: number): Promise<void> {
    const period = Math.max(1, minutes);
    const existing = await chrome.alarms.get(ALARM);
    if (existing && existing.periodInMinutes === period) return;
    await chrome.alarms.clear(ALARM);
    await chrome.alarms.create(ALARM, { periodInMinutes: period, delayInMinutes: period });
  },
  onFire(listener: () => void): void {
    chrome.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) listener();
    });
  },
};
