import type { KpiResult, ObjectiveResult } from '../../shared/types';
import { ownerMatches } from '../../shared/owner-matches';

export interface DashboardFilter {
  /** An owner from the list, or '' for everyone. */
  owner: string;
  /** A team from the list, or '' for all teams. */
  team: string;
  /** Only the key results of this identity (name or email), or '' for everyone's. */
  mine: string;
}

/**
 * The objectives and key results the sidebar shows under a filter: an objective stays when it or one
 * of its key results matches; its key results are narrowed to the matching ones when a KR-level filter
 * (owner, team or mine) is set. A KR with no owner belongs to its objective's owner.
 *
 * @example
 * filterObjectives(objectives, { owner: '', team: 'Growth', mine: '' })
 */
export function filterObjectives(objectives: readonly ObjectiveResult[], filter: DashboardFilter): ObjectiveResult[] {
  const out: ObjectiveResult[] = [];
  for (const o of objectives) {
    const keyResults = o.keyResults.filter((kr) => {
      const owner = kr.owner ?? o.owner;
      if (filter.owner && !ownerMatches(owner, [filter.owner])) return false;
      if (filter.mine && !ownerMatches(owner, [filter.mine])) return false;
      if (filter.team && (kr.team ?? o.team ?? '') !== filter.team) return false;
      return true;
    });
    const objectiveMatches =
      (!filter.owner || ownerMatches(o.owner, [filter.owner])) &&
      (!filter.mine || ownerMatches(o.owner, [filter.mine])) &&
      (!filter.team || (o.team ?? '') === filter.team);
    if (keyResults.length || (objectiveMatches && !o.keyResults.length)) out.push({ ...o, keyResults });
  }
  return out;
}

/** The KPIs under the same filter (owner, team, mine). */
export function filterKpis(kpis: readonly KpiResult[], filter: DashboardFilter): KpiResult[] {
  return kpis.filter(
    (k) =>
      (!filter.owner || ownerMatches(k.owner, [filter.owner])) &&
      (!filter.mine || ownerMatches(k.owner, [filter.mine])) &&
      (!filter.team || (k.team ?? '') === filter.team),
  );
}
