/**
 * The columns the add-on owns in a scored sheet. `trend` holds up/down/flat as text; `sparkline` (KPI
 * sheets with periods, OKR sheets) holds the one formula the add-on ever writes, `=SPARKLINE(…)` over the KPI row's own
 * period cells (see sparklineFormula) or, on OKR sheets, over the KR's scores in the history tab
 * (krSparklineFormula). On OKR sheets `since` holds the score change since the last check-in and `id`
 * the KR's `Scorecard id` (written once, never changed). Each is marked with developer metadata on its column
 * (key `scorecard.output`, value the role), so a re-score finds it wherever it has moved.
 */
export type OutputRole = 'score' | 'status' | 'expected' | 'rollup' | 'rollupStatus' | 'trend' | 'sparkline' | 'since' | 'id';

/** The developer metadata key on every output column. */
export const OUTPUT_METADATA_KEY = 'scorecard.output';

/** All roles, in the order new columns are added (left to right). */
export const OUTPUT_ROLES: readonly OutputRole[] = ['score', 'status', 'expected', 'rollup', 'rollupStatus', 'trend', 'sparkline', 'since', 'id'];

/**
 * The header the add-on writes over each output column. They are chosen so that readSheet (in the
 * add-on or in the Chrome popup, which reads the same sheet) never takes them for a person's own
 * Score or Status column.
 */
export const OUTPUT_HEADERS: Readonly<Record<OutputRole, string>> = {
  score: 'Scorecard score',
  status: 'Scorecard status',
  expected: 'Expected by today',
  rollup: 'Objective roll-up',
  rollupStatus: 'Roll-up status',
  trend: 'Scorecard trend',
  sparkline: 'Trend',
  since: 'Since last check-in',
  id: 'Scorecard id',
};

/** Roles whose cells hold a status word (`green`, `amber`, `red`, `grey`) coloured by conditional formatting. */
export const STATUS_ROLES: readonly OutputRole[] = ['status', 'rollupStatus'];

/**
 * Whether a metadata value names an output role.
 *
 * @example
 * outputRole('score') // 'score'
 * outputRole('other') // null
 */
export function outputRole(value: string | null | undefined): OutputRole | null {
  return (OUTPUT_ROLES as readonly string[]).includes(value ?? '') ? (value as OutputRole) : null;
}
