import type { Commitment, Settings } from './types';
import { defaultSettings } from './default-settings';

/**
 * The green bar a score must clear at the elapsed fraction `t` of its period (docs/scoring.md, "Status"):
 * `0.7·t` for aspirational, `1.0·t` for committed (with the team's thresholds). `t` null means 1.
 *
 * @example
 * expectedScore('aspirational', 0.5) // 0.35
 * expectedScore('committed', null) // 1
 */
export function expectedScore(commitment: Commitment, elapsed: number | null, settings: Partial<Settings> = {}): number {
  const t = clampElapsed(elapsed);
  const green = commitment === 'committed' ? settings.committedGreen ?? defaultSettings.committedGreen : settings.aspirationalGreen ?? defaultSettings.aspirationalGreen;
  return green * t;
}

/** The amber bar (`0.4·t` aspirational, `0.7·t` committed). */
export function amberScore(commitment: Commitment, elapsed: number | null, settings: Partial<Settings> = {}): number {
  const t = clampElapsed(elapsed);
  const amber = commitment === 'committed' ? settings.committedAmber ?? defaultSettings.committedAmber : settings.aspirationalAmber ?? defaultSettings.aspirationalAmber;
  return amber * t;
}

/** `t` clamped to [0, 1]; null and NaN mean 1 (no period known). */
export function clampElapsed(elapsed: number | null | undefined): number {
  if (elapsed === null || elapsed === undefined || Number.isNaN(elapsed)) return 1;
  return Math.min(1, Math.max(0, elapsed));
}
