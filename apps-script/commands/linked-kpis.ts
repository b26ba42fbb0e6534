import type { KpiIndex } from './kpi-actual-from-tabs';
import type { LinkedKpi } from './plan-scoring';

/**
 * The KPIs of a KPI index (kpiIndex, as KPI_ACTUAL reads them) as readSheet's `kpis` option: each KPI's
 * name and latest actual. Pure.
 *
 * @example
 * linkedKpis(kpiIndex(readAllTabs())) // [{ name: 'Monthly revenue', actual: 112000 }, …]
 */
export function linkedKpis(index: KpiIndex): LinkedKpi[] {
  return [...index.values()].map((kpi) => ({ name: kpi.name, actual: kpi.actual }));
}
