import type { Cell } from '../../shared/types';
import type { SheetTemplate } from '../plans/sheet-template';

export const COMMITMENTS = ['Committed', 'Aspirational'];
export const KR_KINDS = ['increase', 'decrease', 'threshold', 'milestone', 'baseline'];
export const KPI_DIRECTIONS = ['higher', 'lower', 'range'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The OKR sheet template: headers readSheet maps without settings, and three example key results under
 * one objective (an increase in percent, a decrease, and a milestone with a checkbox) in the quarter
 * that holds `today` (ISO).
 *
 * @example
 * okrTemplate('2026-11-25').rows[1][4] // "'Q4 2026"
 */
export function okrTemplate(today: string): SheetTemplate {
  const { year, quarter } = quarterOf(today);
  const period = `Q${quarter} ${year}`;
  const endMonth = quarter * 3;
  const due = `${year}-${String(endMonth).padStart(2, '0')}-${endMonth === 6 || endMonth === 9 ? 30 : 31}`;
  const header = ['Objective', 'Key result', 'Owner', 'Team', 'Period', 'Commitment', 'Kind', 'Start', 'Target', 'Current', 'Due', 'Weight', 'Notes'];
  const rows: Cell[][] = [
    header,
    ['Delight new customers', 'Raise onboarding CSAT from 65% to 75%', 'ana@example.com', 'Growth', `'${period}`, 'Committed', 'increase', 0.65, 0.75, 0.71, '', 1, 'Survey on day 7'],
    ['', 'Cut time-to-first-value from 12 to 7 days', 'ben@example.com', 'Growth', `'${period}`, 'Committed', 'decrease', 12, 7, 9.5, '', 1, 'Median, in days'],
    ['', 'Ship self-serve billing', 'cara@example.com', 'Product', `'${period}`, 'Aspirational', 'milestone', '', 'done', false, `'${due}`, 1, 'Tick Current when it ships'],
  ];
  const formats = [
    { range: 'H2:J2', format: '0%' },
    { range: 'H3:J3', format: '0.##' },
  ];
  return {
    name: 'OKRs',
    rows,
    formats,
    validations: [
      { range: 'F2:F', type: 'list', values: COMMITMENTS },
      { range: 'G2:G', type: 'list', values: KR_KINDS },
      { range: 'J4', type: 'checkbox' },
    ],
  };
}

/**
 * The KPI sheet template: one row per KPI with a column per month (the last three months up to
 * `today`), so the latest month is the actual and the one before gives the trend.
 *
 * @example
 * kpiTemplate('2026-11-25').rows[0].slice(-3) // ["'Sep 2026", "'Oct 2026", "'Nov 2026"]
 */
export function kpiTemplate(today: string): SheetTemplate {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months = [2, 1, 0].map((back) => {
    const index = (y * 12 + (m - 1) - back);
    return `'${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
  });
  const header: Cell[] = ['KPI', 'Owner', 'Team', 'Direction', 'Target', 'Tolerance', 'Unit', ...months];
  const rows: Cell[][] = [
    header,
    ['Monthly recurring revenue', 'ana@example.com', 'Sales', 'higher', 120000, 0.1, 'USD', 104000, 109500, 112000],
    ['Logo churn', 'ben@example.com', 'Success', 'lower', 0.02, 0.1, '%', 0.024, 0.021, 0.019],
    ['Server utilisation', 'cara@example.com', 'Platform', 'range', `'70-80%`, 0.1, '%', 0.68, 0.74, 0.83],
  ];
  const formats = [
    { range: 'F2:F', format: '0%' },
    { range: 'E2', format: '$#,##0' },
    { range: 'H2:J2', format: '$#,##0' },
    { range: 'E3', format: '0.0%' },
    { range: 'H3:J3', format: '0.0%' },
    { range: 'H4:J4', format: '0%' },
  ];
  return {
    name: 'KPIs',
    rows,
    formats,
    validations: [{ range: 'D2:D', type: 'list', values: KPI_DIRECTIONS }],
  };
}

function quarterOf(today: string): { year: number; quarter: number } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { year: y, quarter: Math.floor((m - 1) / 3) + 1 };
}
