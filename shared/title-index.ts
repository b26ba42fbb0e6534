/** Values by title, period text and team text (see `titleIndex`). */
export interface TitleIndex<T> {
  get(title: string, period: string, team: string): T | undefined;
  /** Sets the value of a title, period and team, replacing any value they had. */
  set(title: string, period: string, team: string, value: T): void;
}

/**
 * A map keyed by a title together with its period and team texts, without building one joined key
 * string per lookup: a sheet sorted by owner names the same objective on many rows.
 *
 * The map holds only entry numbers (no object per entry for the garbage collector to trace); the
 * entries of one title are chained through `next`.
 *
 * @example
 * const index = titleIndex<number>();
 * index.set('Delight customers', 'Q3 2026', '', 1);
 * index.get('Delight customers', 'Q3 2026', '') // 1
 * index.get('Delight customers', 'Q4 2026', '') // undefined
 */
export function titleIndex<T>(): TitleIndex<T> {
  const firstEntry = new Map<string, number>();
  const periods: string[] = [];
  const teams: string[] = [];
  const values: T[] = [];
  /** The next entry with the same title, or -1. */
  const next: number[] = [];
  /** The entry of a title, period and team, or -1. */
  const find = (title: string, period: string, team: string): number => {
    let e = firstEntry.get(title) ?? -1;
    while (e >= 0 && (periods[e] !== period || teams[e] !== team)) e = next[e]!;
    return e;
  };
  return {
    get: (title, period, team) => {
      const e = find(title, period, team);
      return e < 0 ? undefined : values[e];
    },
    set: (title, period, team, value) => {
      const found = find(title, period, team);
      if (found >= 0) {
        values[found] = value;
        return;
      }
      const e = values.length;
      periods.push(period);
      teams.push(team);
      values.push(value);
      next.push(-1);
      const first = firstEntry.get(title);
      if (first === undefined) firstEntry.set(title, e);
      else {
        let last = first;
        while (next[last]! >= 0) last = next[last]!;
        next[last] = e;
      }
    },
  };
}
