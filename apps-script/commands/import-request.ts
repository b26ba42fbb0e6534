/** Where the import dialog puts the pasted table. */
export type ImportDestination =
  | { kind: 'new'; /** The new tab's name (a free name is found when taken). */ name: string }
  | {
      kind: 'existing';
      /** A KPI tab (one that readSheet reads as kind `kpi`). */
      sheetName: string;
      /** 0-based column of the pasted table holding the metric names. */
      nameColumn: number;
      /** 0-based column of the pasted table holding the values to add. */
      valueColumn: number;
      /** The new period column's header, e.g. `Nov 2026`. */
      period: string;
    };

/** What the import dialog sends: the text (pasted, or read from the chosen file) and where it goes. */
export interface ImportRequest {
  text: string;
  destination: ImportDestination;
}

/** What the import did, for the dialog. */
export interface ImportResult {
  sheetName: string;
  /** Data rows written (new tab) or values added (existing tab). */
  rows: number;
  /** Existing tab: pasted names that matched a KPI. */
  matched: number;
  /** Existing tab: pasted names that matched no KPI. */
  unmatched: string[];
  /** Existing tab: KPIs that got no value. */
  missing: string[];
  /** The 1-based column written (existing tab), or 1. */
  column: number;
  message: string;
}

/** One KPI tab the dialog can add a period column to. */
export interface ImportKpiTab {
  name: string;
  /** KPI names in sheet order. */
  kpis: string[];
  /** Period column headers, oldest first (empty when the tab has one Actual column). */
  periods: string[];
  /** Whether the tab is scored from an `Actual` column (a new period column then only adds history). */
  scoresActualColumn: boolean;
}

/** What the dialog needs before the user picks: the spreadsheet's locale and its KPI tabs. */
export interface ImportOptions {
  /** The locale readPastedTable uses (the team's Locale setting, else the spreadsheet's), e.g. `en-US`. */
  locale: string | null;
  kpiTabs: ImportKpiTab[];
  /** A suggested name for a new tab. */
  newTabName: string;
}
