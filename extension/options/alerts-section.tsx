const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface AlertsSectionProps {
  alerts: boolean;
  reminderDay: number | null;
  onAlerts: (on: boolean) => void;
  onReminderDay: (day: number | null) => void;
}

/** Notifications: when one of my KRs or KPIs turns red (or amber), and a weekly reminder to check in. */
export function AlertsSection({ alerts, reminderDay, onAlerts, onReminderDay }: AlertsSectionProps) {
  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      <label>
        <input type="checkbox" checked={alerts} onChange={(e) => onAlerts(e.currentTarget.checked)} /> Tell me when one of my key results or KPIs turns red, or amber
        from green (at most once a day for each)
      </label>
      <p>
        <label for="reminder-day">Weekly reminder to check in</label>{' '}
        <select id="reminder-day" value={reminderDay === null ? '' : String(reminderDay)} onChange={(e) => onReminderDay(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
          <option value="">Off</option>
          {DAYS.map((d, i) => (
            <option key={d} value={String(i)}>{d}</option>
          ))}
        </select>
      </p>
      <p class="hint">The reminder lists your key results with no check-in for 7 days.</p>
    </section>
  );
}
