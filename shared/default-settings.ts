import type { Settings } from './types';

/**
 * The defaults of docs/scoring.md, "Status", "KPI status" and "Settings", used when the `Scorecard settings` tab is missing
 * or a setting is not listed there.
 *
 * @example
 * defaultSettings.aspirationalGreen // 0.7
 */
export const defaultSettings: Readonly<Settings> = Object.freeze({
  aspirationalGreen: 0.7,
  aspirationalAmber: 0.4,
  committedGreen: 1,
  committedAmber: 0.7,
  tolerance: 0.1,
  defaultCommitment: 'aspirational',
  asOf: null,
  locale: null,
  columns: Object.freeze({}) as Settings['columns'],
  ownerIdentity: 'email',
  fiscalYearStart: null,
});
