import type { KpiResult } from './types';

/**
 * The short note every face shows beside a KPI whose direction was guessed from a word in its name
 * (docs/scoring.md, KPI direction rule 5), or null when the direction was stated or read from the numbers.
 *
 * @example
 * guessedDirectionNote({ directionGuessed: true, directionGuessedFrom: 'churn' }) // 'lower is better, guessed from "churn" — add a Direction column'
 */
export function guessedDirectionNote(kpi: Pick<KpiResult, 'directionGuessed' | 'directionGuessedFrom'>): string | null {
  if (!kpi.directionGuessed) return null;
  const word = kpi.directionGuessedFrom ? ` from "${kpi.directionGuessedFrom}"` : ' from its name';
  return `lower is better, guessed${word} — add a Direction column`;
}
