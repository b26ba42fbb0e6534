import type { Cell } from '../shared/types';

/** The owner name the demo key results carry. */
export const DEMO_OWNER = 'You (demo)';

/**
 * A small OKR sheet for the current quarter of `today` (ISO date), shown before any sheet is
 * connected. Values are set from the time elapsed so the demo always shows every colour.
 *
 * @example
 * demoSheet('2026-11-18')[1]?.[3] // 'Q4 2026'
 */
export function demoSheet(today: string): Cell[][] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const q = Math.floor((m - 1) / 3);
  const start = Date.UTC(y, q * 3, 1);
  const end = Date.UTC(y, q * 3 + 3, 1);
  const now = Date.UTC(y, m - 1, d);
  const t = Math.max(0.25, (now - start) / (end - start));
  const period = `Q${q + 1} ${y}`;
  const last = new Date(end - 86_400_000).toISOString().slice(0, 10);
  const mid = new Date(start + Math.round((now - start + (end - now) / 2) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    ['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current', 'Due'],
    ['Delight new customers', 'Raise onboarding CSAT from 60% to 80%', DEMO_OWNER, period, '60%', '80%', `${round(60 + 20 * Math.min(1, t * 0.95))}%`, last],
    ['', 'Cut time to first value from 12 to 7 days', DEMO_OWNER, period, 12, 7, round(12 - 5 * t * 0.5), last],
    ['', 'Ship the guided setup', DEMO_OWNER, period, '', 'done', 'in review', mid],
    ['Grow self-serve revenue', 'Increase trial-to-paid conversion from 4% to 6%', DEMO_OWNER, period, '4%', '6%', `${round(4 + 2 * t * 0.1)}%`, last],
    ['', 'Keep checkout uptime between 99.5% and 100%', DEMO_OWNER, period, '', '99.5-100%', '99.9%', last],
    ['', 'Establish a baseline for monthly expansion revenue', DEMO_OWNER, period, '', 'baseline', '', last],
  ];
}
