import { jitteredMinutes } from '../jittered-minutes';

const ALARM = 'refresh';
const RETRY = 'retry';

/** The refresh schedule on chrome.alarms. */
export const alarms = {
  /**
   * (Re)starts the periodic refresh every `minutes` (at least 1, Chrome's floor for packed extensions),
   * jittered by ±10 % (period and first delay), so browsers started together do not read together.
   * An alarm already running within 10 % of `minutes` is kept.
   */
  async schedule(minutes: number, random: () => number = Math.random): Promise<void> {
    const period = Math.max(1, minutes);
    const existing = await chrome.alarms.get(ALARM);
    if (existing?.periodInMinutes !== undefined && Math.abs(existing.periodInMinutes - period) <= period * 0.1 + 1e-9) return;
    await chrome.alarms.clear(ALARM);
    const jittered = Math.max(1, jitteredMinutes(period, random()));
    await chrome.alarms.create(ALARM, { periodInMinutes: jittered, delayInMinutes: Math.max(1, jitteredMinutes(period, random())) });
  },
  /** A one-off read at `when` (ms since epoch): the end of a backoff after a busy answer. */
  async retryAt(when: number): Promise<void> {
    await chrome.alarms.create(RETRY, { when: Math.max(when, Date.now() + 30_000) });
  },
  onFire(listener: () => void): void {
    chrome.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM || alarm.name === RETRY) listener();
    });
  },
};
