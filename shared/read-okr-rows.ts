import type { Cell, Commitment, InitiativeResult, KeyResultResult, ObjectiveResult, Status } from './types';
import { cellText, isBlankCell } from './cell-text';
import { calendarDay, dayParts, isoDate, yearOf } from './calendar-day';
import { elapsedFraction } from './elapsed-fraction';
import { expectedScore } from './expected-score';
import { keyResultStatus } from './key-result-status';
import { parseDateDay } from './parse-date';
import { parseNumber } from './parse-number';
import type { Period } from './parse-period';
import { cachedPeriod } from './cached-period';
import { scoreKeyResultCells, type KeyResultColumn, type ScoreKeyResultOptions } from './score-key-result-cells';
import { kpiNameKey } from './kpi-name-key';
import { titleIndex } from './title-index';
import { stripMarkup } from './strip-markup';
import { parentRef, type ParentRef } from './parent-ref';
import { percentComplete, percentPointsColumn } from './percent-complete';
import { doneWord } from './done-word';
import { rowValueFormat } from './row-value-format';
import type { ValueFormatOptions } from './value-format';
import { keyResultKey } from './key-result-key';
import { parseConfidence } from './parse-confidence';
import { lowConfidenceProblem } from './low-confidence-problem';
import { addProblem, cellAt, forEachDataRow, conceptDecimal, conceptHeader, type SheetContext } from './sheet-context';

type RowRole = 'objective' | 'kr' | 'initiative';

interface ObjectiveDraft {
  result: ObjectiveResult;
  id: string;
  period: Period | null;
  /** An objective row with no values of its own in a one-title-column sheet: rows with values below are its KRs. */
  outlineHead?: boolean;
  /** The Parent / Aligned To cell of an objective row, linked once every row is read. */
  parentText?: string;
  parent?: ObjectiveDraft;
  children?: ObjectiveDraft[];
  /** 1 while its score is being rolled up from its children, 2 when finished. */
  state?: 1 | 2;
}

/** An initiative row, placed under its parent once every row is read. */
interface InitiativeDraft {
  result: InitiativeResult;
  parentText: string;
  /** The objective the row sits under, for an initiative that names no parent. */
  objective: ObjectiveDraft | null;
}

/** Objectives and key results by id and by title, for Parent / Aligned To cells. */
interface Links {
  byId: Map<string, ObjectiveDraft>;
  byTitle: Map<string, ObjectiveDraft>;
  krById: Map<string, { kr: KeyResultResult; draft: ObjectiveDraft }>;
  krByTitle: Map<string, { kr: KeyResultResult; draft: ObjectiveDraft }>;
}

const OBJECTIVE_ID = /^(o|obj|objective)[\s\-_.:#]*\d+[a-z]?\.?$/i;
const KR_ID = /^(kr|key\s*result)[\s\-_.:#]*\d+([.\-_]\d+)*\.?$/i;
const OBJECTIVE_PREFIX = /^(o|obj|objective)\s*\d+\s*[:.)\-–]\s*/i;
const KR_PREFIX = /^(kr|key\s*result)\s*\d+([.\-]\d+)*\s*[:.)\-–]\s*/i;
const OBJECTIVE_WORD = /^(objective|objectives|goal|goals|o|obj|theme|strategic theme|sub-?goal)$/i;
const KR_WORD = /^(key ?results?|kr|krs|milestone|result)$/i;
/** Rows of an OKR-tool export that are work, not outcomes: listed under their parent, never scored. */
/** A progress header that says percent (`Progress %`, `% complete`, `Percent done`): percent complete, a target of 100. */
const PERCENT_HEADER = /%|percent|prozent|pourcent|porcentaje/i;
const INITIATIVE_WORD = /^(initiatives?|deliverables?|tasks?|projects?|actions?|action items?|epics?)$/i;
const NEUTRAL_KIND = /^(number|numeric|dollar|currency|percent|percentage|custom percent|default progress|metric|auto rollup|manual)$/i;
const NO_KIND = '';
const DIGIT = /\d/;
const ASPIRATIONAL = /aspir|stretch|moon|roof|ambit/i;
const COMMITTED = /commit|verbindlich|engag|comprom/i;
/** A list bullet in front of a KR written under its objective in one title column (`• Raise CSAT…`, `- Cut…`). */
const BULLET = /^[•·▪◦‣*–—-]\s+/;

/**
 * Reads the data rows of an OKR sheet into scored objectives: long layouts with the objective filled down
 * or left blank under merged cells, outline layouts (objective rows with KR rows below, ids like `O1`,
 * `KR1.2`, `1.2`), `Type` columns naming objectives and key results, and parent-id links.
 */
export function readOkrRows(ctx: SheetContext): ObjectiveResult[] {
  const { columns } = ctx.map;
  const hasKr = columns.keyResult !== undefined;
  const hasRowType = columns.rowType !== undefined;
  const hasParent = columns.parent !== undefined;
  const titleConcept = columns.objective !== undefined ? 'objective' : 'title';
  const titleColumn = ctx.concepts[titleConcept];
  // `Title` and `Metric Name` (an OKR-tool export): the title is the text, the metric name stands in when it is blank.
  const metricColumn = titleConcept === 'title' ? ctx.concepts.kpi : -1;
  const drafts: ObjectiveDraft[] = [];
  const byId = new Map<string, ObjectiveDraft>();
  const links: Links = { byId, byTitle: new Map(), krById: new Map(), krByTitle: new Map() };
  const initiatives: InitiativeDraft[] = [];
  let current: ObjectiveDraft | null = null;
  // The same title in another period or team is another objective.
  const byTitle = titleIndex<ObjectiveDraft>();

  // Parent-linked layouts: a row that others name as parent (by id or title) is an objective.
  const parentIds = new Set<string>();
  if (hasParent) {
    for (let r = ctx.headerIndex + 1; r < ctx.values.length; r++) {
      const ref = parentRef(cellText(cellAt(ctx.values[r]!, ctx.concepts.parent)));
      for (const id of ref.ids) parentIds.add(id);
      if (ref.title) parentIds.add(ref.title);
    }
  }

  forEachDataRow(ctx, (row, sheetRow) => {
    let objText = cellText(cellAt(row, titleColumn));
    if (objText === '' && metricColumn >= 0) objText = cellText(cellAt(row, metricColumn));
    objText = stripMarkup(objText);
    const krText = hasKr ? stripMarkup(cellText(cellAt(row, ctx.concepts.keyResult))) : '';
    const idText = cellText(cellAt(row, ctx.concepts.id));
    const parentText = hasParent ? cellText(cellAt(row, ctx.concepts.parent)) : '';
    const typeText = hasRowType ? cellText(cellAt(row, ctx.concepts.rowType)) : '';

    let role: RowRole | null = null;
    if (OBJECTIVE_WORD.test(typeText)) role = 'objective';
    else if (KR_WORD.test(typeText)) role = 'kr';
    else if (hasRowType && INITIATIVE_WORD.test(typeText)) role = 'initiative';
    else if (hasKr) role = krText ? 'kr' : objText ? 'objective' : null;
    else if (hasParent) role = parentText && !parentIds.has(idText.toLowerCase()) && !parentIds.has(objText.toLowerCase()) ? 'kr' : 'objective';
    else if (OBJECTIVE_ID.test(idText) || OBJECTIVE_PREFIX.test(objText)) role = 'objective';
    else if (KR_ID.test(idText) || KR_PREFIX.test(objText)) role = 'kr';
    else if (/^\d+$/.test(idText)) role = 'objective';
    else if (/^\d+(\.\d+)+$/.test(idText)) role = 'kr';
    else if (objText) role = current?.outlineHead && hasKeyResultData(ctx, row) ? 'kr' : 'objective';

    if (role === null) {
      ctx.skipped.push({ row: sheetRow, reason: 'no objective or key result text' });
      return;
    }

    if (role === 'initiative') {
      initiatives.push({ result: readInitiative(ctx, row, sheetRow, objText || krText), parentText, objective: current });
      return;
    }

    const ref = hasParent ? parentRef(parentText) : null;
    if (role === 'objective') {
      current = newObjective(ctx, row, sheetRow, objText || krText, idText);
      drafts.push(current);
      if (idText) byId.set(idText.toLowerCase(), current);
      if (hasParent) {
        const title = current.result.title.toLowerCase();
        if (!links.byTitle.has(title)) links.byTitle.set(title, current);
        if (parentText) {
          current.parentText = parentText;
          if (ref!.weight !== null && isBlankCell(cellAt(row, ctx.concepts.weight))) current.result.weight = ref!.weight;
        }
      }
      if (hasKr && objText) byTitle.set(objText, cellText(cellAt(row, ctx.concepts.period)), cellText(cellAt(row, ctx.concepts.team)), current);
      if (!hasKr && !hasRowType && hasKeyResultData(ctx, row)) {
        // A goal measured on its own row (no KR rows under it): it is its own key result.
        addKeyResult(ctx, current, row, sheetRow, objText, null);
      } else if (!hasKr && !hasRowType && !hasParent) current.outlineHead = true;
      return;
    }

    // A key result row.
    let owner: ObjectiveDraft | null = current;
    if (hasKr && objText && (!current || objText !== current.result.title)) {
      // The same objective written again further down (a sheet sorted by owner): one objective.
      const periodText = cellText(cellAt(row, ctx.concepts.period));
      const teamText = cellText(cellAt(row, ctx.concepts.team));
      const seen = byTitle.get(objText, periodText, teamText);
      if (seen) current = seen;
      else {
        current = newObjective(ctx, row, sheetRow, objText, idText);
        drafts.push(current);
        byTitle.set(objText, periodText, teamText, current);
      }
      owner = current;
    } else if (hasParent && parentText) {
      const named = namedObjective(links, ref!);
      owner = named ?? current;
      if (!named) {
        addProblem(ctx, sheetRow, conceptHeader(ctx, 'parent', 'Parent'), parentText, 'warning', `"${parentText}" names no objective above — the key result is put under the objective before it`);
      }
    } else if (idText && /\./.test(idText)) {
      owner = lookup(byId, [idText.replace(/[.\-_][^.\-_]*$/, '')]) ?? current;
    }
    if (!owner) {
      owner = newObjective(ctx, row, sheetRow, '(no objective)', '');
      owner.result.owner = null;
      drafts.push(owner);
      current = owner;
      addProblem(ctx, sheetRow, conceptHeader(ctx, titleConcept, 'Objective'), '', 'warning', 'this key result has no objective above it — write the objective in the first key result row');
    }
    const krTitle = hasKr ? krText : objText.replace(BULLET, '');
    const kr = addKeyResult(ctx, owner, row, sheetRow, krTitle, hasKr && objText && owner.result.row === sheetRow ? null : owner);
    if (hasParent) {
      if (ref!.weight !== null && isBlankCell(cellAt(row, ctx.concepts.weight))) kr.weight = ref!.weight;
      const entry = { kr, draft: owner };
      if (idText && !links.krById.has(idText.toLowerCase())) links.krById.set(idText.toLowerCase(), entry);
      if (!links.krByTitle.has(kr.title.toLowerCase())) links.krByTitle.set(kr.title.toLowerCase(), entry);
    }
  });

  if (hasParent) linkObjectives(ctx, drafts, links);
  for (const initiative of initiatives) placeInitiative(ctx, initiative, links);
  return drafts.map((d) => finishObjective(ctx, d));
}

/** The objective a Parent / Aligned To cell names: by id, else by title; a key result named stands for its objective. */
function namedObjective(links: Links, ref: ParentRef): ObjectiveDraft | null {
  const byId = lookup(links.byId, ref.ids);
  if (byId) return byId;
  if (ref.title) {
    const byTitle = links.byTitle.get(ref.title);
    if (byTitle) return byTitle;
  }
  for (const id of ref.ids) {
    const kr = links.krById.get(id);
    if (kr) return kr.draft;
  }
  return (ref.title && links.krByTitle.get(ref.title)?.draft) || null;
}

/** Objectives aligned to another objective become its children (nested objectives), once every row is read. */
function linkObjectives(ctx: SheetContext, drafts: ObjectiveDraft[], links: Links): void {
  for (const child of drafts) {
    if (!child.parentText) continue;
    const ref = parentRef(child.parentText);
    let parent = lookup(links.byId, ref.ids) ?? (ref.title ? links.byTitle.get(ref.title) ?? null : null);
    // Aligned to itself, or to one of its own descendants: not a parent.
    for (let p = parent; p; p = p.parent ?? null) {
      if (p === child) {
        parent = null;
        break;
      }
    }
    if (!parent) {
      addProblem(ctx, child.result.row, conceptHeader(ctx, 'parent', 'Parent'), child.parentText, 'warning', `"${child.parentText}" names no other objective — the objective is read as a top-level one`);
      continue;
    }
    child.parent = parent;
    child.result.parentRow = parent.result.row;
    (parent.children ??= []).push(child);
  }
}

/** Puts an initiative under the key result or objective its Parent cell names, else under the objective above it. */
function placeInitiative(ctx: SheetContext, initiative: InitiativeDraft, links: Links): void {
  const { result, parentText } = initiative;
  if (parentText) {
    const ref = parentRef(parentText);
    let kr: KeyResultResult | null = null;
    for (const id of ref.ids) kr ??= links.krById.get(id)?.kr ?? null;
    let objective = kr ? null : lookup(links.byId, ref.ids);
    if (!kr && !objective && ref.title) kr = links.krByTitle.get(ref.title)?.kr ?? null;
    if (!kr && !objective && ref.title) objective = links.byTitle.get(ref.title) ?? null;
    if (kr) {
      (kr.initiatives ??= []).push(result);
      return;
    }
    if (objective) {
      (objective.result.initiatives ??= []).push(result);
      return;
    }
  }
  const above = initiative.objective;
  if (parentText) {
    const where = above ? 'under the objective above it' : 'nowhere';
    addProblem(ctx, result.row, conceptHeader(ctx, 'parent', 'Parent'), parentText, 'warning', `"${parentText}" names no objective or key result — the initiative is listed ${where}`);
  }
  if (above) (above.result.initiatives ??= []).push(result);
  else ctx.skipped.push({ row: result.row, reason: 'an initiative with no objective above it' });
}

function readInitiative(ctx: SheetContext, row: readonly Cell[], sheetRow: number, title: string): InitiativeResult {
  const currentCell = cellAt(row, ctx.concepts.current);
  const currentText = cellText(currentCell);
  const progress = currentText === '' ? null : doneWord(currentText) ? 1 : percentComplete(currentCell, { decimal: conceptDecimal(ctx, 'current'), locale: ctx.locale, points: percentPoints(ctx) });
  return {
    row: sheetRow,
    title,
    owner: cellText(cellAt(row, ctx.concepts.owner)) || null,
    progress: progress === null ? null : Math.min(1, Math.max(0, progress)),
    status: cellText(cellAt(row, ctx.concepts.status)) || null,
  };
}

function newObjective(ctx: SheetContext, row: readonly Cell[], sheetRow: number, title: string, id: string): ObjectiveDraft {
  const periodText = cellText(cellAt(row, ctx.concepts.period));
  let period = periodText ? cachedPeriod(periodText, ctx.year, ctx.settings.fiscalYearStart) : null;
  if (!period) period = explicitPeriod(ctx, row);
  if (periodText && !period && !/^(quarterly|monthly|yearly|annual|annually|half-?yearly|weekly)$/i.test(periodText)) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'period', 'Period'), periodText, 'warning', `"${periodText}" is not a period — write one like Q3 2026, H2 2026, 2026 or 2026-03`);
  }
  const result: ObjectiveResult = {
    row: sheetRow,
    title,
    owner: cellText(cellAt(row, ctx.concepts.owner)) || null,
    period: period?.label ?? ctx.sheetPeriod?.label ?? null,
    commitment: readCommitment(cellText(cellAt(row, ctx.concepts.commitment))) ?? ctx.settings.defaultCommitment,
    score: null,
    status: 'grey',
    keyResults: [],
    team: cellText(cellAt(row, ctx.concepts.team)) || null,
    periodStart: null,
    periodEnd: null,
    weight: readWeight(ctx, row, sheetRow),
  };
  return { result, id, period: period ?? ctx.sheetPeriod };
}

/** Start date and due/end date columns on the row give an explicit period. */
function explicitPeriod(ctx: SheetContext, row: readonly Cell[]): Period | null {
  const startCell = cellAt(row, ctx.concepts.startDate);
  const endCell = cellAt(row, ctx.concepts.due);
  if (cellText(startCell) === '' || cellText(endCell) === '') return null;
  const start = parseDateDay(startCell, { locale: ctx.locale, year: ctx.year });
  const end = parseDateDay(endCell, { locale: ctx.locale, year: ctx.year });
  if (start === null || end === null || end < start) return null;
  return { label: `${isoDate(start)} – ${isoDate(end)}`, start, end: end + 1 };
}

function hasKeyResultData(ctx: SheetContext, row: readonly Cell[]): boolean {
  return cellText(cellAt(row, ctx.concepts.target)) !== '' || cellText(cellAt(row, ctx.concepts.current)) !== '';
}

function addKeyResult(ctx: SheetContext, draft: ObjectiveDraft, row: readonly Cell[], sheetRow: number, title: string, inheritFrom: ObjectiveDraft | null): KeyResultResult {
  const objective = draft.result;
  const kindCell = cellAt(row, ctx.concepts.kind);
  const kindText = cellText(kindCell);
  const neutralKind = kindText !== '' && NEUTRAL_KIND.test(kindText);
  const unitCell = cellAt(row, ctx.concepts.unit);
  const unit = cellText(unitCell) || (kindText !== '' && /percent/i.test(kindText) ? '%' : '');

  // Period: the row's own, else the objective's, else one named above the header.
  const periodText = cellText(cellAt(row, ctx.concepts.period));
  let period: Period | null = (periodText ? cachedPeriod(periodText, ctx.year, ctx.settings.fiscalYearStart) : null) ?? explicitPeriod(ctx, row) ?? draft.period ?? ctx.sheetPeriod;
  const year = period ? yearOf(period.start) : ctx.year;

  // Due: a date, or a period written in the due column (`Q3`, `2026-Q3`) meaning its last day.
  const dueCell = cellAt(row, ctx.concepts.due);
  const dueText = cellText(dueCell);
  let dueDay: number | null = null;
  if (dueText) {
    dueDay = parseDateDay(dueCell, { locale: ctx.locale, year });
    if (dueDay === null) {
      const duePeriod = cachedPeriod(dueText, year, ctx.settings.fiscalYearStart);
      if (duePeriod) {
        dueDay = duePeriod.end - 1;
        period = period ?? duePeriod;
      }
    }
  }

  const linkedKpi = cellText(cellAt(row, ctx.concepts.linkedKpi));
  let current = cellAt(row, ctx.concepts.current);
  if (linkedKpi && ctx.kpiActuals) {
    const actual = ctx.kpiActuals.get(kpiNameKey(linkedKpi));
    if (actual === undefined) {
      addProblem(ctx, sheetRow, conceptHeader(ctx, 'linkedKpi', 'Linked KPI'), linkedKpi, 'warning', `"${linkedKpi}" names no KPI on the KPI tabs — check the spelling; the Current cell is used`);
    } else current = actual ?? '';
  }
  const scored = scoreKeyResultCells(
    {
      start: cellAt(row, ctx.concepts.start),
      target: cellAt(row, ctx.concepts.target),
      current,
      kind: neutralKind ? NO_KIND : kindCell,
      due: dueDay === null ? (dueText ? dueCell : '') : isoDate(dueDay),
      unit,
      title,
    },
    scoreOptions(ctx, year),
  );
  if (scored.due) dueDay = parseDateDay(scored.due);
  let guessed = false;
  if (!period && dueDay !== null) {
    guessed = true;
    // Only a due date: the quarter that holds it (or from the start date column) is the period.
    const { year: y, month } = dayParts(dueDay);
    const q = Math.floor((month - 1) / 3) * 3 + 1;
    const startCell = cellAt(row, ctx.concepts.startDate);
    const startDay = cellText(startCell) ? parseDateDay(startCell, { locale: ctx.locale, year: y }) : null;
    period = { label: `Q${(q + 2) / 3} ${y}`, start: startDay ?? calendarDay(y, q, 1), end: calendarDay(y, q + 3, 1) };
  }
  const end = period ? (dueDay !== null && dueDay + 1 < period.end && dueDay + 1 > period.start ? dueDay + 1 : period.end) : null;
  let t = period ? elapsedFraction(period.start, end, ctx.asOfDay) : null;
  // A quarter guessed from the due date alone is no proof that the KR has not started: t is 0, not "not started".
  if (guessed && t !== null && t < 0) t = 0;

  const rowCommitment = readCommitment(cellText(cellAt(row, ctx.concepts.commitment)));
  const commitment: Commitment = rowCommitment ?? objective.commitment;
  const settings = ctx.settings;
  let status: Status;
  let expected: number | null = null;
  if (scored.error) {
    const concept = ({ start: 'start', target: 'target', current: 'current', kind: 'kind', due: 'due' } as const)[scored.error.column as KeyResultColumn];
    const header = conceptHeader(ctx, concept, concept[0]!.toUpperCase() + concept.slice(1));
    addProblem(ctx, sheetRow, header, scored.error.value, 'error', scored.error.message.slice(scored.error.message.indexOf(':') + 2));
  }
  if (scored.warning) {
    const header = conceptHeader(ctx, 'current', 'Current');
    addProblem(ctx, sheetRow, header, scored.warning.value, 'warning', scored.warning.message.slice(scored.warning.message.indexOf(':') + 2));
  }
  if (scored.kind === 'baseline') {
    status = 'grey';
  } else {
    const notStarted = t !== null && t < 0;
    const tt = scored.kind === 'threshold' ? 1 : t;
    expected = notStarted ? 0 : expectedScore(commitment, tt, settings);
    if (scored.kind === 'milestone' && scored.done) status = 'green';
    else if (scored.score === null || notStarted) status = 'grey';
    else if (scored.kind === 'milestone' && scored.pending) {
      const passed = dueDay !== null ? ctx.asOfDay > dueDay : t === null || t >= 1;
      status = passed ? 'red' : 'grey';
    } else status = keyResultStatus(scored.score, commitment, tt, settings);
  }

  const owner = cellText(cellAt(row, ctx.concepts.owner)) || (inheritFrom ? inheritFrom.result.owner : null);
  const weight = readWeight(ctx, row, sheetRow);
  const kr: KeyResultResult = {
    row: sheetRow,
    title,
    owner: owner || null,
    kind: scored.kind,
    start: scored.start,
    target: scored.target,
    current: scored.current,
    low: scored.low,
    high: scored.high,
    due: dueDay === null ? null : isoDate(dueDay),
    progress: scored.progress,
    score: scored.score,
    expected,
    status,
    done: scored.done,
    late: scored.late,
    weight,
    commitment,
    elapsed: t === null ? null : Math.max(0, t),
    notStarted: t !== null && t < 0,
    unit: unit || null,
    format: rowValueFormat(ctx, row, sheetRow, valueColumns(ctx), unit ? { unit, percent: scored.percent } : scored.percent ? PERCENT_NO_UNIT : NO_UNIT),
    team: cellText(cellAt(row, ctx.concepts.team)) || objective.team || null,
    periodStart: period ? isoDate(period.start) : null,
    periodEnd: end === null ? null : isoDate(end),
    note: scored.note,
    linkedKpi: linkedKpi || null,
    key: keyResultKey(cellText(cellAt(row, ctx.concepts.scorecardId)), objective.title, title),
  };
  if (ctx.concepts.confidence >= 0) {
    const confidenceCell = cellAt(row, ctx.concepts.confidence);
    kr.confidence = parseConfidence(confidenceCell);
    const low = lowConfidenceProblem(kr, kr.confidence, conceptHeader(ctx, 'confidence', 'Confidence'));
    if (low) addProblem(ctx, sheetRow, low.column, cellText(confidenceCell), 'warning', low.message);
  }
  if (scored.startNote) kr.startNote = scored.startNote;
  if (scored.targetNote) kr.targetNote = scored.targetNote;
  if (scored.currentNote) kr.currentNote = scored.currentNote;
  objective.keyResults.push(kr);

  if (scored.unknownKind && !neutralKind) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'kind', 'Kind'), kindText, 'warning', `"${kindText}" is not a KR kind — write increase, decrease, threshold, milestone or baseline; the kind was inferred as ${scored.kind}`);
  }
  if (!kr.owner) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'owner', 'Owner'), '', 'warning', `"${title}" has no owner — write who is accountable for it`);
  }
  if (!DIGIT.test(title) && isBlankCell(cellAt(row, ctx.concepts.target)) && scored.kind !== 'baseline' && !(scored.kind === 'milestone' && scored.current !== null)) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'target', 'Target'), '', 'warning', `"${title}" has no number and no target, so it cannot be measured — write a target`);
  }
  if (draft.period && dueDay !== null && (dueDay < draft.period.start || dueDay >= draft.period.end)) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'due', 'Due'), dueText || isoDate(dueDay), 'warning', `due ${isoDate(dueDay)} is outside the objective's period ${draft.period.label} — move the date or the KR`);
  }
  return kr;
}

function finishObjective(ctx: SheetContext, draft: ObjectiveDraft): ObjectiveResult {
  const o = draft.result;
  if (draft.state !== undefined) return o;
  draft.state = 1;
  let sum = 0;
  let weights = 0;
  const seen = new Map<string, number>();
  o.keyResults.forEach((kr, i) => {
    const w = kr.weight ?? 1;
    if (kr.score !== null) {
      sum += w * kr.score;
      weights += w;
    }
    const key = kr.title.trim().toLowerCase();
    if (key && seen.has(key)) {
      addProblem(ctx, kr.row, conceptHeader(ctx, ctx.map.columns.keyResult !== undefined ? 'keyResult' : 'objective', 'Key result'), kr.title, 'warning', `the same key result is written twice under "${o.title}" (also row ${seen.get(key)}) — remove or reword one`);
    } else seen.set(key, kr.row);
  });
  if (o.keyResults.length === 0 && draft.children) {
    // No key results of its own: the weighted mean of its child objectives (nested objectives). Children
    // aligned with weight 0 only (`weight: 0%`, common in exports) count equally rather than not at all.
    let plain = 0;
    let scored = 0;
    for (const child of draft.children) {
      const c = finishObjective(ctx, child);
      const w = c.weight ?? 1;
      if (c.score !== null) {
        sum += w * c.score;
        weights += w;
        plain += c.score;
        scored++;
      }
    }
    if (weights === 0 && scored > 0) {
      sum = plain;
      weights = scored;
    }
  }
  o.score = weights > 0 ? sum / weights : null;
  let period = draft.period;
  if (!period && o.keyResults.length > 0) {
    const starts = o.keyResults.map((k) => k.periodStart).filter((s): s is string => !!s);
    const ends = o.keyResults.map((k) => k.periodEnd).filter((s): s is string => !!s);
    if (starts.length && ends.length) {
      const start = parseDateDay(starts.sort()[0]!)!;
      const end = parseDateDay(ends.sort()[ends.length - 1]!)!;
      period = { label: o.period ?? '', start, end };
    }
  }
  let t = period ? elapsedFraction(period.start, period.end, ctx.asOfDay) : null;
  if (!draft.period && t !== null && t < 0 && o.keyResults.some((k) => k.elapsed !== null && k.status !== 'grey')) t = 0;
  o.status = keyResultStatus(o.score, o.commitment, t, ctx.settings);
  o.periodStart = period ? isoDate(period.start) : null;
  o.periodEnd = period ? isoDate(period.end) : null;
  const titleHeader = conceptHeader(ctx, ctx.map.columns.objective !== undefined ? 'objective' : 'title', 'Objective');
  draft.state = 2;
  if (o.keyResults.length === 0 && !draft.children) {
    addProblem(ctx, o.row, titleHeader, o.title, 'warning', `"${o.title}" has no key results — add 3 to 5 measurable ones`);
  } else if (o.keyResults.length > 5) {
    addProblem(ctx, o.row, titleHeader, o.title, 'warning', `"${o.title}" has ${o.keyResults.length} key results — 3 to 5 keep an objective focused`);
  }
  return o;
}

function readCommitment(text: string): Commitment | null {
  if (!text) return null;
  if (ASPIRATIONAL.test(text)) return 'aspirational';
  if (COMMITTED.test(text)) return 'committed';
  return null;
}

function readWeight(ctx: SheetContext, row: readonly Cell[], sheetRow: number): number {
  const cell = cellAt(row, ctx.concepts.weight);
  if (typeof cell === 'number' && cell >= 0 && Number.isFinite(cell)) return cell;
  const text = cellText(cell);
  if (!text) return 1;
  const w = parseNumber(cell, { locale: ctx.locale, decimal: conceptDecimal(ctx, 'weight') });
  if (w === null || w < 0) {
    addProblem(ctx, sheetRow, conceptHeader(ctx, 'weight', 'Weight'), text, 'warning', `"${text}" is not a weight — write a number like 2 or a percentage like 30%; 1 is used`);
    return 1;
  }
  return w;
}

function lookup(byId: Map<string, ObjectiveDraft>, ids: string[]): ObjectiveDraft | null {
  for (const id of ids) {
    const d = byId.get(id);
    if (d) return d;
  }
  return null;
}

/** Whether a sheet with only a title column is an OKR outline (`O1 …` / `KR1.1 …` ids or title prefixes). */
export function looksLikeOutline(ctx: SheetContext): boolean {
  const limit = Math.min(ctx.values.length, ctx.headerIndex + 200);
  let objectives = 0;
  let krs = 0;
  for (let r = ctx.headerIndex + 1; r < limit; r++) {
    const row = ctx.values[r]!;
    const id = cellText(cellAt(row, ctx.concepts.id));
    const title = cellText(cellAt(row, ctx.concepts.title));
    if (OBJECTIVE_ID.test(id) || OBJECTIVE_PREFIX.test(title)) objectives++;
    if (KR_ID.test(id) || KR_PREFIX.test(title)) krs++;
  }
  return objectives > 0 && krs > 0;
}

const POINTS_CACHE = new WeakMap<SheetContext, { points: boolean | undefined }>();

/** Whether the sheet's progress column holds 0–100 (percentPointsColumn), read once per sheet. */
function percentPoints(ctx: SheetContext): boolean | undefined {
  let seen = POINTS_CACHE.get(ctx);
  if (!seen) POINTS_CACHE.set(ctx, (seen = { points: percentPointsColumn(ctx.values, ctx.headerIndex + 1, ctx.concepts.current) }));
  return seen.points;
}

/** The value-format options of a KR with no unit (only the truthiness of `percent` counts): no object per row. */
const NO_UNIT: ValueFormatOptions = { unit: '', percent: false };
const PERCENT_NO_UNIT: ValueFormatOptions = { unit: '', percent: true };
const VALUE_COLUMNS = new WeakMap<SheetContext, readonly number[]>();

/** The columns a KR's value format is read from, current first (rowValueFormat): one array per sheet. */
function valueColumns(ctx: SheetContext): readonly number[] {
  let columns = VALUE_COLUMNS.get(ctx);
  if (!columns) VALUE_COLUMNS.set(ctx, (columns = [ctx.concepts.current, ctx.concepts.target, ctx.concepts.start]));
  return columns;
}

const OPTIONS_CACHE = new WeakMap<SheetContext, Map<number, ScoreKeyResultOptions>>();

/** The scoring options of a sheet for one period year: the same object for every row (no per-row garbage). */
function scoreOptions(ctx: SheetContext, year: number): ScoreKeyResultOptions {
  let byYear = OPTIONS_CACHE.get(ctx);
  if (!byYear) OPTIONS_CACHE.set(ctx, (byYear = new Map()));
  let options = byYear.get(year);
  if (!options) {
    options = {
      locale: ctx.locale,
      year,
      currentIsProgress: ctx.map.currentIsProgress,
      currentIsPercentComplete: ctx.map.currentIsProgress && PERCENT_HEADER.test(conceptHeader(ctx, 'current', '')),
      percentCompletePoints: ctx.map.currentIsProgress ? percentPoints(ctx) : undefined,
      asOf: isoDate(ctx.asOfDay),
      decimals: { start: conceptDecimal(ctx, 'start'), target: conceptDecimal(ctx, 'target'), current: conceptDecimal(ctx, 'current') },
    };
    byYear.set(year, options);
  }
  return options;
}
