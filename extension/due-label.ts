import { shortDay } from '../shared/short-day';

/**
 * A due date and the days left until it, from ISO dates: `Due Nov 30 · 12 days left`,
 * `Due today`, `Due Nov 2 · 3 days overdue`; null without a due date. A finished KR shows only its date.
 *
 * @example
 * dueLabel('2026-11-30', '2026-11-18') // 'Due Nov 30 · 12 days left'
 */
export function dueLabel(due: string | null | undefined, today: string, done = false): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(due ?? '');
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!d || !t) return null;
  const dueDay = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) / 86_400_000;
  const todayDay = Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3])) / 86_400_000;
  const sameYear = d[1] === t[1];
  const date = shortDay(d[0], !sameYear)!;
  const left = Math.round(dueDay - todayDay);
  if (done) return `Due ${date}`;
  if (left === 0) return `Due today (${date})`;
  if (left > 0) return `Due ${date} · ${left === 1 ? '1 day' : `${left} days`} left`;
  return `Due ${date} · ${-left === 1 ? '1 day' : `${-left} days`} overdue`;
}
