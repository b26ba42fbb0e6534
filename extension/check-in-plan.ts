import type { Cell, CheckIn, KeyResultResult } from '../shared/types';
import { HISTORY_COLUMNS, HISTORY_SHEET_NAME } from '../shared/history-columns';
import { checkInRow } from '../shared/check-in-row';
import { columnLetter } from '../shared/column-letter';
import { historyRow } from '../shared/history-row';
import { readHistory } from '../shared/read-history';
import type { PendingCheckIn } from './types';
import { quoteSheetName } from './quote-sheet-name';
import { scoreSheet } from './score-sheet';

/** The three tabs as read just before writing (one values:batchGet). */
export interface FreshValues {
  values: Cell[][];
  settingsValues: Cell[][] | null;
  /** Null when the spreadsheet has no history tab yet. */
  historyValues: Cell[][] | null;
}

export type CheckInPlan =
  /** Write `data` in one values:batchUpdate (after adding the history tab when `addHistoryTab`). */
  | { kind: 'write'; data: { range: string; values: Cell[][] }[]; addHistoryTab: boolean; values: Cell[][]; historyValues: Cell[][]; kr: KeyResultResult; row: number }
  /** The history tab already holds this check-in (a retry after a write whose answer was lost). */
  | { kind: 'already-sent' }
  /** The Current cell changed since the popup showed it: ask the person. */
  | { kind: 'conflict'; sheetCurrent: Cell; row: number }
  /** The KR is not in the sheet any more (or the sheet has no Current column). */
  | { kind: 'not-found'; message: string };

/**
 * What to write for a check-in, from the values read just before: finds the KR again by its key when
 * its row moved, refuses to overwrite a Current cell someone else changed (unless the person said so),
 * treats a check-in already in the history as sent, and otherwise plans ONE values:batchUpdate: the
 * Current cell, the Confidence cell (when the sheet has that column and a confidence was given) and the
 * history row (today's row by the same person for that KR is replaced, else the next row; a missing
 * history tab gets its header first). The new score is the engine's, from the values as written.
 */
export function checkInPlan(fresh: FreshValues, pending: PendingCheckIn, now: Date, timeZone: string | null): CheckInPlan {
  const { report } = scoreSheet(fresh.values, fresh.settingsValues, now, timeZone);
  const krs = report.objectives.flatMap((o) => o.keyResults.map((kr) => ({ kr, objective: o.title })));
  const found = krs.find((k) => k.kr.row === pending.row && k.kr.key === pending.key) ?? krs.find((k) => k.kr.key === pending.key);
  const currentColumn = report.columns.current;
  if (!found || currentColumn === undefined) {
    return { kind: 'not-found', message: `"${pending.keyResult}" is not in the tab "${pending.tab}" any more: it may have been renamed or deleted.` };
  }
  const row = found.kr.row;
  const history = fresh.historyValues ? readHistory(fresh.historyValues, timeZone ? { timeZone } : {}).entries : [];
  if (history.some((e) => isSameCheckIn(e, pending))) return { kind: 'already-sent' };
  const sheetCurrent = fresh.values[row - 1]?.[currentColumn] ?? '';
  if (!pending.overwrite && !sameCell(sheetCurrent, pending.shownCurrent) && !sameCell(sheetCurrent, pending.current)) {
    return { kind: 'conflict', sheetCurrent, row };
  }
  const values = fresh.values.map((r) => [...r]);
  const data: { range: string; values: Cell[][] }[] = [];
  const setCell = (column: number, value: Cell) => {
    const cells = (values[row - 1] ??= []);
    while (cells.length < column) cells.push('');
    cells[column] = value;
    data.push({ range: `${quoteSheetName(pending.tab)}!${columnLetter(column + 1)}${row}`, values: [[value]] });
  };
  setCell(currentColumn, pending.current);
  const confidenceColumn = report.columns.confidence;
  if (confidenceColumn !== undefined && pending.confidenceText.trim() !== '') setCell(confidenceColumn, confidenceCell(pending.confidenceText));
  const scored = scoreSheet(values, fresh.settingsValues, now, timeZone).report.objectives.flatMap((o) => o.keyResults).find((k) => k.row === row) ?? found.kr;
  const entry: CheckIn = {
    date: pending.date,
    sheet: pending.tab,
    key: found.kr.key,
    objective: found.objective,
    keyResult: found.kr.title,
    owner: found.kr.owner,
    current: pending.current,
    score: scored.score,
    status: scored.status,
    confidence: pending.confidence,
    note: pending.note,
    by: pending.by,
  };
  const historyValues = (fresh.historyValues ?? []).map((r) => [...r]);
  const addHistoryTab = fresh.historyValues === null;
  const lastColumn = columnLetter(HISTORY_COLUMNS.length);
  const tab = quoteSheetName(HISTORY_SHEET_NAME);
  if (addHistoryTab || historyValues.length === 0) {
    historyValues.splice(0, historyValues.length, [...HISTORY_COLUMNS], historyRow(entry));
    data.push({ range: `${tab}!A1:${lastColumn}2`, values: historyValues.map((r) => [...r]) });
  } else {
    const at = checkInRow(history, entry) ?? historyValues.length + 1;
    while (historyValues.length < at) historyValues.push([]);
    historyValues[at - 1] = historyRow(entry);
    data.push({ range: `${tab}!A${at}:${lastColumn}${at}`, values: [historyRow(entry)] });
  }
  return { kind: 'write', data, addHistoryTab, values, historyValues, kr: scored, row };
}

/** A history row that is this check-in: same day, KR and person, with the same current value and note. */
function isSameCheckIn(entry: CheckIn, pending: PendingCheckIn): boolean {
  return (
    entry.date === pending.date &&
    entry.key === pending.key &&
    entry.sheet === pending.tab &&
    entry.by.trim().toLowerCase() === pending.by.trim().toLowerCase() &&
    sameCell(entry.current, pending.current) &&
    entry.note === pending.note
  );
}

/** A confidence as typed: `7` as a number, words as text. */
function confidenceCell(text: string): Cell {
  const trimmed = text.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Two cells hold the same value (numbers to 1e-9, text without surrounding spaces, blank = null). */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  const blank = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return String(a).trim() === String(b).trim();
}
