import type { FetchError, ExtensionCache, ExtensionOptions } from './types';
import type { MyObjective } from '../shared/my-key-results';
import type { SheetReport } from '../shared/types';
import type { StatusCounts } from '../shared/count-statuses';
import { myKeyResults } from '../shared/my-key-results';
import { countStatuses } from '../shared/count-statuses';
import { demoSheet, DEMO_OWNER } from './demo-sheet';
import { keyResultTrends, type TrendSummary } from './key-result-trends';
import { localDate } from './local-date';
import { scoreSheet } from './score-sheet';
import { sheetKey } from './sheet-key';

export interface SheetView {
  key: string;
  title: string;
  spreadsheetId: string;
  gid: number | null;
  /** The objectives and KRs shown: mine, or everyone's when the whole team is asked for. */
  groups: MyObjective[];
  /** How many current KRs are mine / the whole team's. */
  mine: number;
  team: number;
  fetchedAt: number | null;
  error: FetchError | null;
  /** The as-of date the sheet was scored at (ISO). */
  asOf: string;
  /** The sheet's `As-of date` setting when it fixes one: due dates count from it instead of today. */
  fixedAsOf: string | null;
  /** Why a sheet that was read shows no key results at all (a KPI tab, no header...), or null. */
  note: string | null;
  /** The tab and the spreadsheet's time zone (check-ins are dated there). */
  tab?: string;
  timeZone?: string | null;
  /** Each shown KR's trend from the `Scorecard history` tab, by KR key (absent: no history). */
  trends?: Record<string, TrendSummary>;
}

export interface PopupView {
  /** `demo` before any sheet is connected; `loading` until the first read of a connected sheet. */
  mode: 'demo' | 'loading' | 'ready';
  sheets: SheetView[];
  /** Statuses of the KRs shown. */
  counts: StatusCounts;
  /** Statuses of my KRs (the badge). */
  mineCounts: StatusCounts;
  /** Connected and read, but none of the current KRs is mine. */
  nothingMine: boolean;
  everyone: boolean;
  identities: string[];
  /** The oldest read among the sheets shown (ms since epoch), or null. */
  fetchedAt: number | null;
  /** Today (ISO) in the browser's time zone. */
  today: string;
}

/**
 * Everything the popup shows, from the options and the cached sheet values: each sheet scored with its
 * own settings, my current KRs (or everyone's), their status counts, errors and ages. Pure, so the
 * background (badge) and the popup (paint) compute the same thing.
 */
export function popupView(options: ExtensionOptions, cache: ExtensionCache, now: Date, everyone = false): PopupView {
  const today = localDate(now, null);
  const identities = [...(cache.email ? [cache.email] : []), ...options.names];
  if (options.sheets.length === 0) {
    const { report } = scoreSheet(demoSheet(today), null, now, null);
    const groups = myKeyResults(report, [DEMO_OWNER], report.asOf);
    const krs = groups.flatMap((g) => g.keyResults);
    const counts = countStatuses(krs);
    return {
      mode: 'demo',
      sheets: [{ key: 'demo', title: 'Demo', spreadsheetId: '', gid: null, groups, mine: krs.length, team: krs.length, fetchedAt: null, error: null, asOf: report.asOf, fixedAsOf: null, note: null }],
      counts,
      mineCounts: counts,
      nothingMine: false,
      everyone: false,
      identities,
      fetchedAt: null,
      today,
    };
  }
  const sheets: SheetView[] = [];
  let anyRead = false;
  const mineKrs: { status: SheetView['groups'][number]['keyResults'][number]['status'] }[] = [];
  const shownKrs: typeof mineKrs = [];
  for (const source of options.sheets) {
    const key = sheetKey(source);
    const cached = cache.sheets[key];
    const base = { key, title: source.title ?? 'Sheet', spreadsheetId: source.spreadsheetId, gid: source.gid, fetchedAt: cached?.fetchedAt ?? null, error: cached?.error ?? null };
    if (!cached?.values) {
      if (cached?.error) anyRead = true;
      sheets.push({ ...base, title: source.title ?? source.tab, groups: [], mine: 0, team: 0, asOf: today, fixedAsOf: null, note: null });
      continue;
    }
    anyRead = true;
    const { report, settings } = scoreSheet(cached.values, cached.settingsValues, now, source.timeZone, cached.displayValues);
    const mine = slim(myKeyResults(report, identities, report.asOf));
    const team = slim(myKeyResults(report, null, report.asOf));
    const groups = everyone ? team : mine;
    const mineList = mine.flatMap((g) => g.keyResults);
    mineKrs.push(...mineList);
    shownKrs.push(...groups.flatMap((g) => g.keyResults));
    const teamCount = team.reduce((n, g) => n + g.keyResults.length, 0);
    sheets.push({
      ...base,
      title: source.title ? `${source.title} · ${source.tab}` : source.tab,
      groups,
      mine: mineList.length,
      team: teamCount,
      asOf: report.asOf,
      fixedAsOf: settings.asOf,
      note: teamCount > 0 ? null : emptyNote(report, source.tab),
      tab: source.tab,
      timeZone: source.timeZone,
      // The history holds real days: its trend runs to today even when the settings fix an as-of date for scoring.
      trends: keyResultTrends(cached.historyValues, source.tab, source.timeZone, groups, localDate(now, source.timeZone)),
    });
  }
  const read = sheets.filter((s) => s.fetchedAt !== null);
  const fetchedAt = read.length ? Math.min(...read.map((s) => s.fetchedAt!)) : null;
  const withKrs = sheets.filter((s) => s.team > 0);
  return {
    mode: anyRead ? 'ready' : 'loading',
    sheets,
    counts: countStatuses(shownKrs),
    mineCounts: countStatuses(mineKrs),
    nothingMine: withKrs.length > 0 && mineKrs.length === 0,
    everyone,
    identities,
    fetchedAt,
    today,
  };
}

/** Groups without the objective's full KR list (kept in storage and painted by the popup: only what it shows). */
function slim(groups: MyObjective[]): MyObjective[] {
  return groups.map((g) => ({ objective: { ...g.objective, keyResults: [] }, keyResults: g.keyResults }));
}

/** Why a tab that was read has no key results to show. */
function emptyNote(report: SheetReport, tab: string): string {
  if (report.kind === 'kpi' && report.kpis.length > 0) return `The tab "${tab}" holds KPIs, not key results. Pick the tab with your OKRs in options.`;
  const error = report.problems.find((p) => p.severity === 'error');
  if (error) return `The tab "${tab}" has no key results the scorecard can read: ${error.message}`;
  return `The tab "${tab}" has no key results for this period yet.`;
}
