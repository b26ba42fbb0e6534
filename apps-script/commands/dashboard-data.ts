import type { KpiResult, ObjectiveResult, Problem, SheetReport } from '../../shared/types';
import type { DashboardHistory } from './history-view';

/** What the sidebar shows for one sheet; plain data (google.script.run passes it as JSON). */
export interface DashboardData {
  sheetName: string;
  kind: 'okr' | 'kpi';
  asOf: string;
  objectives: ObjectiveResult[];
  kpis: KpiResult[];
  problems: Problem[];
  /** The name or email the person saved as theirs ("my KRs"), or ''. */
  identity: string;
  owners: string[];
  teams: string[];
  /** Set on a tab the add-on writes itself: what to do instead (nothing is listed there). */
  notice?: string;
  /** OKR sheets: each KR's trend and each objective's burn-up, from the `Scorecard history` tab. */
  history?: DashboardHistory;
}

/**
 * The sidebar's data for one read sheet: objectives (with their key results), KPIs, problems, and the
 * owners and teams to filter by. Cell text goes through as text; the sidebar renders it escaped.
 *
 * @example
 * dashboardData('OKRs', report, problems, 'ana@example.com').owners // ['ana@example.com', 'Ben']
 */
export function dashboardData(sheetName: string, report: SheetReport, problems: Problem[], identity: string): DashboardData {
  const owners = new Set<string>();
  const teams = new Set<string>();
  const addOwners = (text: string | null | undefined): void => {
    for (const part of (text ?? '').split(/[,;\n]/)) if (part.trim()) owners.add(part.trim());
  };
  for (const o of report.objectives) {
    addOwners(o.owner);
    if (o.team) teams.add(o.team);
    for (const kr of o.keyResults) {
      addOwners(kr.owner);
      if (kr.team) teams.add(kr.team);
    }
  }
  for (const k of report.kpis) {
    addOwners(k.owner);
    if (k.team) teams.add(k.team);
  }
  const byName = (a: string, b: string): number => a.localeCompare(b);
  return {
    sheetName,
    kind: report.kind,
    asOf: report.asOf,
    objectives: report.objectives,
    kpis: report.kpis,
    problems,
    identity,
    owners: [...owners].sort(byName),
    teams: [...teams].sort(byName),
  };
}
