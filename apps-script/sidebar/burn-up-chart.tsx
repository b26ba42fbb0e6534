import type { BurnUp } from '../../shared/objective-burn-up';
import { formatScore } from '../../shared/format-score';
import { parseDateDay } from '../../shared/parse-date';
import { dayLabel } from './kr-trend';

const WIDTH = 240;
const HEIGHT = 80;
const PAD = 4;

/**
 * An objective's burn-up as an accessible SVG: its score by day (solid) against the expected line for the
 * period (dashed), 0 to 1 upwards. Screen readers get a title and a text summary; the summary is also in
 * the page as visually hidden text.
 */
export function BurnUpChart(props: { burnUp: BurnUp | undefined; title: string; id: string }) {
  const burnUp = props.burnUp;
  if (!burnUp || !burnUp.points.length) return null;
  const days = [...burnUp.points.map((p) => p.date), ...burnUp.expected.map((e) => e.date)].map((d) => parseDateDay(d) ?? 0);
  const from = Math.min(...days);
  const to = Math.max(...days);
  const span = to - from || 1;
  const x = (iso: string): number => PAD + (((parseDateDay(iso) ?? from) - from) / span) * (WIDTH - 2 * PAD);
  const y = (v: number): number => HEIGHT - PAD - Math.max(0, Math.min(1, v)) * (HEIGHT - 2 * PAD);
  const line = burnUp.points.map((p) => `${x(p.date).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const expected = burnUp.expected.map((e) => `${x(e.date).toFixed(1)},${y(e.value).toFixed(1)}`).join(' ');
  const latest = burnUp.points[burnUp.points.length - 1]!;
  const ahead = latest.score >= burnUp.expectedNow - 1e-9;
  const summary = `Burn-up of ${props.title}: score ${formatScore(latest.score)} on ${dayLabel(latest.date)}, expected ${formatScore(burnUp.expectedNow)} by now — ${ahead ? 'on or above' : 'below'} the expected line; ${burnUp.points.length} days recorded since ${dayLabel(burnUp.points[0]!.date)}.`;
  return (
    <figure class="burn-up">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
        <title id={`${props.id}-t`}>{`Burn-up: ${props.title}`}</title>
        <desc id={`${props.id}-d`}>{summary}</desc>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#fafafa" stroke="#e8eaed" />
        <polyline class="burn-up-expected" points={expected} fill="none" stroke="#9aa0a6" stroke-dasharray="4 3" stroke-width="1.5" />
        <polyline class="burn-up-score" points={line} fill="none" stroke={ahead ? '#34a853' : '#ea4335'} stroke-width="2" />
        {burnUp.points.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.score)} r="2" fill={ahead ? '#34a853' : '#ea4335'} />
        ))}
      </svg>
      <figcaption class="sr-only">{summary}</figcaption>
    </figure>
  );
}
