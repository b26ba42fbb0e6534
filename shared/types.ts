import type { ValueFormat } from './value-format';

/**
 * The engine's data types (docs/scoring.md, "Engine API"). Plain data only: every face of the
 * product (add-on, sidebar, popup, custom functions) passes these around.
 */

/** What `Range.getValues()` or the Sheets API returns for one cell; `''` is blank. */
export type Cell = string | number | boolean | Date | null;

/** Red/Amber/Green, plus grey for no data, baseline, or not started. */
export type Status = 'green' | 'amber' | 'red' | 'grey';

export type Commitment = 'committed' | 'aspirational';

export type KeyResultKind = 'increase' | 'decrease' | 'threshold' | 'milestone' | 'baseline';

export type KpiDirection = 'higher' | 'lower' | 'range';

export type Trend = 'up' | 'down' | 'flat';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** 1-based row as the sheet shows it. */
  row: number;
  /** The column's header text as written in the sheet, or null for a whole-row problem. */
  column: string | null;
  /** The offending value as text, or null. */
  value: string | null;
  severity: Severity;
  message: string;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

/** Team settings (docs/scoring.md, "Settings"), read from the `Scorecard settings` tab. */
export interface Settings {
  /** Green bar for aspirational KRs at the period's end (0.7). */
  aspirationalGreen: number;
  /** Amber bar for aspirational KRs at the period's end (0.4). */
  aspirationalAmber: number;
  /** Green bar for committed KRs at the period's end (1.0). */
  committedGreen: number;
  /** Amber bar for committed KRs at the period's end (0.7). */
  committedAmber: number;
  /** KPI tolerance as a fraction (0.1 = 10 %). */
  tolerance: number;
  defaultCommitment: Commitment;
  /** Fixed as-of date (ISO yyyy-mm-dd), or null for today. */
  asOf: string | null;
  /** Locale such as `en-US` or `de-DE`, or null to infer. */
  locale: string | null;
  /**
   * Column mapping overrides: concept name → header text in the sheet,
   * e.g. `{ owner: 'DRI' }` (written in the tab as `column: Owner` → `DRI`).
   */
  columns: Partial<Record<ColumnConcept, string>>;
  /** How the popup matches "me" to the owner column. */
  ownerIdentity: 'email' | 'name';
  /**
   * The month (1-12) the fiscal year starts in, for `FY` labels and split years (`2026/27`); null: `FY`
   * labels are calendar years and split years start in July.
   */
  fiscalYearStart: number | null;
}

/** The concepts a sheet column can map to. */
export type ColumnConcept =
  | 'id'
  | 'parent'
  | 'objective'
  | 'keyResult'
  | 'kpi'
  | 'title'
  | 'rowType'
  | 'owner'
  | 'team'
  | 'start'
  | 'target'
  | 'current'
  | 'due'
  | 'startDate'
  | 'period'
  | 'commitment'
  | 'kind'
  | 'weight'
  | 'confidence'
  | 'unit'
  | 'direction'
  | 'status'
  | 'score'
  | 'notes'
  | 'greenAt'
  | 'redAt'
  | 'linkedKpi'
  | 'tolerance'
  | 'date'
  | 'level'
  /** The add-on's own `Scorecard id` column: a KR's short id in the history (never an OKR tool's id). */
  | 'scorecardId';

export interface ReadSheetOptions {
  /** As-of date; default now. Tests always pass it. */
  asOf?: Date | string;
  /** e.g. `en-US`, `de-DE`; default: inferred per column. */
  locale?: string;
  settings?: Partial<Settings>;
  /**
   * The spreadsheet's time zone (IANA name) for `asOf` when it is a Date, and for Date cells (getValues()
   * returns local midnight in this zone); default UTC (Date cells: the nearest UTC midnight).
   */
  timeZone?: string;
  /**
   * KPIs a KR can link to (its `Linked KPI` column names one): the KR's current value becomes that
   * KPI's latest actual. Usually the `kpis` of readSheet on the spreadsheet's KPI tabs. A function is
   * called only for an OKR sheet with a Linked KPI column, so a caller that must read other tabs to
   * answer reads them only then.
   */
  kpis?: readonly { name: string; actual: number | null }[] | (() => readonly { name: string; actual: number | null }[]);
  /**
   * The same cells as the sheet shows them (`Range.getDisplayValues()`, the Sheets API's FORMATTED_VALUE),
   * used only to show values as the sheet does (`72%`, `$1.5M`): scoring reads `values`.
   */
  displayValues?: readonly (readonly Cell[])[];
}

export interface ObjectiveResult {
  row: number;
  title: string;
  owner: string | null;
  period: string | null;
  commitment: Commitment;
  score: number | null;
  status: Status;
  keyResults: KeyResultResult[];
  /** Extra: team or department when a column holds it. */
  team?: string | null;
  /** Extra: ISO start (inclusive) and end (exclusive) of the period, when known. */
  periodStart?: string | null;
  periodEnd?: string | null;
  /** Extra: the objective's own weight (roll-ups), default 1. */
  weight?: number;
  /** Extra: the sheet row of the objective this one is aligned to (OKR-tool exports), when it names one. */
  parentRow?: number | null;
  /** Extra: initiatives (deliverables, tasks) listed under this objective; never counted in its score. */
  initiatives?: InitiativeResult[];
}

/** An initiative, deliverable or task of an OKR-tool export: listed under its parent, never scored. */
export interface InitiativeResult {
  row: number;
  title: string;
  owner: string | null;
  /** Fraction complete from its Current / Progress % cell (0..1, `done` → 1), or null. */
  progress: number | null;
  /** Its Status cell as written (`On track`), or null. */
  status: string | null;
}

export interface KeyResultResult {
  row: number;
  title: string;
  owner: string | null;
  kind: KeyResultKind;
  start: number | null;
  target: number | null;
  current: number | null;
  low?: number | null;
  high?: number | null;
  /** ISO date. */
  due?: string | null;
  /** Unclamped, increase/decrease only. */
  progress: number | null;
  /** 0..1 or null. */
  score: number | null;
  /** The green bar at asOf (0.7·t or 1.0·t). */
  expected: number | null;
  status: Status;
  done?: boolean;
  late?: boolean;
  /** Extra: weight within the objective (default 1). */
  weight?: number;
  /** Extra: commitment (inherited from the objective unless the row says). */
  commitment?: Commitment;
  /** Extra: elapsed fraction t of the period at asOf, clamped to [0, 1]. */
  elapsed?: number | null;
  /** Extra: the KR's period has not begun at asOf (its status is grey; shown as `Not started`). */
  notStarted?: boolean;
  /** Extra: unit as written (`%`, `days`, `USD`...). */
  unit?: string | null;
  /** Extra: how its values are written in the sheet (percent, currency, scale, decimals, unit), for formatValue. */
  format?: ValueFormat;
  /** Extra: team when a column holds it (else the objective's). */
  team?: string | null;
  /** Extra: ISO start/end (exclusive) of the KR's period. */
  periodStart?: string | null;
  periodEnd?: string | null;
  /** Extra: `baseline set` once a baseline KR has a value. */
  note?: string | null;
  /** Extra: the KPI name this KR's current value is linked to. */
  linkedKpi?: string | null;
  /** Extra: a note written with a value (`90 (31.5% of 286)` → `31.5% of 286`, `~40` → `~`), kept for display. */
  startNote?: string | null;
  targetNote?: string | null;
  currentNote?: string | null;
  /** Extra: initiatives (deliverables, tasks) aligned to this KR; never counted in its score. */
  initiatives?: InitiativeResult[];
  /** The KR's key in the history: its `Scorecard id`, else its objective and KR titles (keyResultKey). */
  key: string;
  /** Extra: the Confidence column as a fraction 0..1 (parseConfidence), when there is one. */
  confidence?: number | null;
}

export interface KpiResult {
  row: number;
  name: string;
  owner: string | null;
  direction: KpiDirection;
  target: number | null;
  low?: number | null;
  high?: number | null;
  actual: number | null;
  previous?: number | null;
  trend?: Trend | null;
  status: Status;
  /** Extra: whether the trend is good for this direction. */
  trendGood?: boolean | null;
  /** Extra: unit as written. */
  unit?: string | null;
  /** Extra: how its values are written in the sheet (percent, currency, scale, decimals, unit), for formatValue. */
  format?: ValueFormat;
  /** Long and wide layouts: each period's actual and target, oldest first. */
  history?: KpiHistoryPoint[];
  /** Whether the direction was guessed from a word in the name (direction rule 5); a warning says so. */
  directionGuessed?: boolean;
  /** Extra: the word of the name the direction was guessed from (`churn`, `days to`). */
  directionGuessedFrom?: string | null;
  /** Extra: the label of the period the actual came from (wide and long sheets). */
  actualPeriod?: string | null;
  team?: string | null;
  /**
   * Extra: long layouts (one row per KPI per period): the KPI's sheet rows, in `history` order. `row` is
   * the latest one, the row whose actual the KPI reports.
   */
  rows?: number[];
}

/** One period of a KPI's history. */
export interface KpiHistoryPoint {
  period: string;
  actual: number | null;
  target: number | null;
}

export interface SheetReport {
  kind: 'okr' | 'kpi';
  /** 1-based. */
  headerRow: number;
  objectives: ObjectiveResult[];
  kpis: KpiResult[];
  problems: Problem[];
  skipped: SkippedRow[];
  /** Extra: 0-based column index of each mapped concept. */
  columns: Partial<Record<ColumnConcept, number>>;
  /** Extra: header texts as found (merged two-row headers joined by a space). */
  headers: string[];
  /** Extra: wide KPI sheets: 0-based indexes of the period columns, oldest first. */
  periodColumns?: number[];
  /** Extra: the as-of date used, ISO. */
  asOf: string;
}

export interface ParseNumberOptions {
  locale?: string;
  /**
   * Accepted for the documented signature (docs/scoring.md, "Engine API"); parseNumber never rescales a bare number (`75` stays 75, `75%` is
   * always 0.75). Reading bare numbers as percent points next to `%` cells is the caller's job.
   */
  percent?: boolean;
  /** Decimal separator decided elsewhere (per column or per paste); overrides locale. */
  decimal?: '.' | ',';
}

export interface PastedTable {
  /** Cleaned grid: header first, numbers as numbers. */
  values: Cell[][];
  /** 1-based line of the header in the pasted text. */
  headerRow: number;
  skipped: SkippedRow[];
  problems: Problem[];
  /** Extra: the delimiter detected. */
  delimiter?: '\t' | ',' | ';' | '|';
  /** Extra: the decimal separator decided for the whole paste. */
  decimal?: '.' | ',';
  /** Extra: for each output row after the header, its 1-based line in the text. */
  sourceRows?: number[];
  /** Extra: per column, a number format hint: `currency`, `percent`, `number`, `date` or `text`. */
  columnFormats?: ('currency' | 'percent' | 'number' | 'date' | 'text')[];
  /** Extra: currency symbol or code seen, e.g. `$`, `€`. */
  currency?: string | null;
}

/**
 * One row of the `Scorecard history` tab: a KR's state on a day, recorded by a scoring (`by` is `''`)
 * or by a person's check-in (`by` names them).
 */
export interface CheckIn {
  /** ISO `yyyy-mm-dd`, the day in the spreadsheet's time zone. */
  date: string;
  /** The tab the KR lives on. */
  sheet: string;
  /** The KR's `Scorecard id`, or its objective + KR text key (keyResultKey). */
  key: string;
  objective: string;
  keyResult: string;
  owner: string | null;
  current: number | string | null;
  /** 0..1 or null. */
  score: number | null;
  status: Status;
  /** Fraction 0..1 or null. */
  confidence: number | null;
  note: string;
  /** `''` when recorded by a scoring, else the person. */
  by: string;
  /** 1-based row in the tab, when read from it. */
  row?: number;
}
