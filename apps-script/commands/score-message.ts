import type { Problem, SheetReport } from '../../shared/types';
import { countStatuses } from '../../shared/count-statuses';

/**
 * The toast shown after scoring: what was scored, the colours, and how many problems.
 *
 * @example
 * scoreMessage(report, problems) // 'Scored 7 key results in 2 objectives: 3 green, 2 amber, 1 red, 1 grey. 2 problems — open … First: Row 5, Target: …'
 */
export function scoreMessage(report: SheetReport, problems: readonly Problem[]): string {
  const items = report.kind === 'okr' ? report.objectives.flatMap((o) => o.keyResults) : report.kpis;
  const n = countStatuses(items);
  const what =
    report.kind === 'okr'
      ? `${items.length} key result${items.length === 1 ? '' : 's'} in ${report.objectives.length} objective${report.objectives.length === 1 ? '' : 's'}`
      : `${items.length} KPI${items.length === 1 ? '' : 's'}${latestPeriods(report)}`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  const example = first ? ` First: ${first.message.length > 120 ? `${first.message.slice(0, 117)}…` : first.message}` : '';
  const tail = problems.length
    ? ` ${problems.length} problem${problems.length === 1 ? '' : 's'}${errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''} — open Extensions > Scorecard > Dashboard to see them.${example}`
    : '';
  return `Scored ${what}: ${n.green} green, ${n.amber} amber, ${n.red} red, ${n.grey} grey.${tail}`;
}

/** Wide KPI sheets: which period the statuses are of, e.g. ` (status of Oct 2026)`; '' otherwise. */
function latestPeriods(report: SheetReport): string {
  const periods = [...new Set(report.kpis.flatMap((k) => (k.actualPeriod ? [k.actualPeriod] : [])))];
  if (!periods.length) return '';
  const shown = periods.length > 3 ? `${periods.slice(0, 3).join(', ')}…` : periods.join(', ');
  return ` (status of ${periods.length === 1 ? '' : 'each KPI\'s latest period: '}${shown})`;
}
