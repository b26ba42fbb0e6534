import type { Commitment, Settings, Status } from './types';
import { amberScore, expectedScore } from './expected-score';

/**
 * The RAG status of a score at the elapsed fraction `t` of its period (docs/scoring.md, "Status"):
 * green when `score ≥ G·t`, amber when `score ≥ A·t`, red otherwise; grey when the score is null.
 * `elapsed` null means `t = 1`; a negative `elapsed` means the period has not begun (grey).
 *
 * @example
 * keyResultStatus(0.5, 'aspirational', 0.5) // 'green' (bar 0.35)
 * keyResultStatus(0.7, 'committed', 1) // 'amber'
 * keyResultStatus(0.2, 'aspirational', null) // 'red'
 */
export function keyResultStatus(
  score: number | null,
  commitment: Commitment,
  elapsed: number | null,
  settings: Partial<Settings> = {},
): Status {
  if (score === null || Number.isNaN(score)) return 'grey';
  if (elapsed !== null && elapsed < 0) return 'grey';
  if (score >= expectedScore(commitment, elapsed, settings) - 1e-12) return 'green';
  if (score >= amberScore(commitment, elapsed, settings) - 1e-12) return 'amber';
  return 'red';
}
