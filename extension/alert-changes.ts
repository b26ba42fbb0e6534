import type { Status } from '../shared/types';
import { statusLabel } from '../shared/status-label';

/** One of my KRs or KPIs as alerts see it. */
export interface AlertItem {
  /** Stable across refreshes: sheet, kind and the KR's key or the KPI's name. */
  id: string;
  name: string;
  status: Status;
  /** Opens the sheet at its row. */
  url: string | null;
}

export interface AlertState {
  /** Each item's status at the last refresh. */
  statuses: Record<string, Status>;
  /** The day (ISO) each item was last alerted about. */
  alerted: Record<string, string>;
  /** The day (ISO) the weekly reminder was last shown. */
  remindedOn?: string | null;
}

export interface Alert {
  item: AlertItem;
  from: Status;
  title: string;
  message: string;
}

/**
 * The alerts for one refresh: an item that turned red (from green, amber or grey) or amber from green
 * since the last refresh, at most once per item per day. Items seen for the first time never alert.
 * Returns the alerts and the state to keep for the next refresh.
 *
 * @example
 * alertChanges({ statuses: { a: 'amber' }, alerted: {} }, [{ id: 'a', name: 'NPS', status: 'red', url: null }], '2026-11-30').alerts[0].title
 * // 'Off track: NPS'
 */
export function alertChanges(state: AlertState, items: AlertItem[], today: string): { alerts: Alert[]; state: AlertState } {
  const alerts: Alert[] = [];
  const alerted = { ...state.alerted };
  const statuses: Record<string, Status> = {};
  for (const item of items) {
    statuses[item.id] = item.status;
    const from = state.statuses[item.id];
    if (!from || alerted[item.id] === today) continue;
    const worse = (item.status === 'red' && from !== 'red') || (item.status === 'amber' && from === 'green');
    if (!worse) continue;
    alerted[item.id] = today;
    const now = statusLabel(item.status).text;
    alerts.push({ item, from, title: `${now}: ${item.name}`, message: `${item.name} is now ${now.toLowerCase()} (it was ${statusLabel(from).text.toLowerCase()}). Click to open its row in the sheet.` });
  }
  // Forget days older than today, so the state does not grow.
  for (const [id, day] of Object.entries(alerted)) if (day !== today) delete alerted[id];
  return { alerts, state: { ...state, statuses, alerted } };
}
