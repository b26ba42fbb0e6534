const CHOICES = [15, 30, 60, 120, 240];

export interface RefreshSectionProps {
  minutes: number;
  onMinutes: (minutes: number) => void;
}

/** How often the background reads the sheets again. */
export function RefreshSection({ minutes, onMinutes }: RefreshSectionProps) {
  const choices = CHOICES.includes(minutes) ? CHOICES : [...CHOICES, minutes].sort((a, b) => a - b);
  return (
    <section aria-labelledby="refresh-title">
      <h2 id="refresh-title">Refresh</h2>
      <label for="refresh-minutes">Read the sheets again every</label>
      <select id="refresh-minutes" value={String(minutes)} onChange={(e) => onMinutes(Number((e.currentTarget as HTMLSelectElement).value))}>
        {choices.map((m) => (
          <option key={m} value={String(m)}>{m < 60 ? `${m} minutes` : m === 60 ? '1 hour' : `${m / 60} hours`}</option>
        ))}
      </select>
      <p class="hint">Opening the popup also refreshes.</p>
    </section>
  );
}
