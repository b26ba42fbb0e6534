import { emptyCell, hasContent, type CellData, type GridBox, type RuleData } from './model-types';

/** The data of one sheet (no logging, no strictness: the facades add those). */
export class SheetModel {
  /** cells[row - 1][column - 1]; sparse. */
  cells: ((CellData | undefined)[] | undefined)[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: (number | undefined)[] = [];
  hiddenColumns: boolean[] = [];
  hiddenRows: boolean[] = [];
  rules: RuleData[] = [];
  tabColor: string | null = null;
  hidden = false;

  constructor(
    public readonly id: number,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  cell(row: number, column: number): CellData | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  ensureCell(row: number, column: number): CellData {
    let r = this.cells[row - 1];
    if (!r) {
      r = [];
      this.cells[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = emptyCell();
      r[column - 1] = c;
    }
    return c;
  }

  /** Last row with content (0 when the sheet is empty). */
  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) {
      const row = this.cells[r - 1];
      if (row && row.some((c) => hasContent(c))) return r;
    }
    return 0;
  }

  /** Last column with content (0 when the sheet is empty). */
  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Inserts `count` empty columns so that the first new one is column `at`. The new cells take the
   * formatting and data validation (not values or notes) of column `inheritFrom` (counted before the
   * insert), as Sheets does.
   */
  insertColumns(at: number, count: number, inheritFrom: number | null = null): void {
    for (const row of this.cells) if (row && row.length >= at) row.splice(at - 1, 0, ...new Array<CellData | undefined>(count));
    if (this.columnWidths.length >= at) this.columnWidths.splice(at - 1, 0, ...new Array<number | undefined>(count));
    if (this.hiddenColumns.length >= at) this.hiddenColumns.splice(at - 1, 0, ...new Array<boolean>(count).fill(false));
    this.maxColumns += count;
    if (this.frozenColumns >= at) this.frozenColumns += count;
    this.rules.forEach((rule) => (rule.boxes = rule.boxes.map((b) => growBox(b, 'column', at, count))));
    if (inheritFrom !== null) {
      const source = inheritFrom >= at ? inheritFrom + count : inheritFrom;
      this.cells.forEach((row) => {
        const from = row?.[source - 1];
        if (!row || !from) return;
        for (let c = at; c < at + count; c++) row[c - 1] = inheritedCell(from);
      });
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.cells) if (row) row.splice(at - 1, count);
    this.columnWidths.splice(at - 1, count);
    this.hiddenColumns.splice(at - 1, count);
    this.maxColumns -= count;
    if (this.frozenColumns >= at) this.frozenColumns = Math.max(at - 1, this.frozenColumns - count);
    this.rules = this.rules
      .map((rule) => ({ ...rule, boxes: rule.boxes.map((b) => shrinkBox(b, 'column', at, count)).filter((b): b is GridBox => b !== null) }))
      .filter((rule) => rule.boxes.length > 0);
  }

  /** Inserts `count` empty rows at `at`, inheriting formats and validation from row `inheritFrom`. */
  insertRows(at: number, count: number, inheritFrom: number | null = null): void {
    if (this.cells.length >= at) this.cells.splice(at - 1, 0, ...new Array<undefined>(count).fill(undefined));
    if (this.hiddenRows.length >= at) this.hiddenRows.splice(at - 1, 0, ...new Array<boolean>(count).fill(false));
    this.maxRows += count;
    if (this.frozenRows >= at) this.frozenRows += count;
    this.rules.forEach((rule) => (rule.boxes = rule.boxes.map((b) => growBox(b, 'row', at, count))));
    if (inheritFrom !== null) {
      const source = this.cells[(inheritFrom >= at ? inheritFrom + count : inheritFrom) - 1];
      if (source) {
        for (let r = at; r < at + count; r++) {
          const row: (CellData | undefined)[] = [];
          source.forEach((from, c) => {
            if (from) row[c] = inheritedCell(from);
          });
          this.cells[r - 1] = row;
        }
      }
    }
  }

  deleteRows(at: number, count: number): void {
    this.cells.splice(at - 1, count);
    this.hiddenRows.splice(at - 1, count);
    this.maxRows -= count;
    if (this.frozenRows >= at) this.frozenRows = Math.max(at - 1, this.frozenRows - count);
    this.rules = this.rules
      .map((rule) => ({ ...rule, boxes: rule.boxes.map((b) => shrinkBox(b, 'row', at, count)).filter((b): b is GridBox => b !== null) }))
      .filter((rule) => rule.boxes.length > 0);
  }
}

function inheritedCell(from: CellData): CellData {
  return {
    ...emptyCell(),
    numberFormat: from.numberFormat,
    background: from.background,
    fontColor: from.fontColor,
    fontWeight: from.fontWeight,
    fontStyle: from.fontStyle,
    horizontalAlignment: from.horizontalAlignment,
    wrap: from.wrap,
    validation: from.validation ? { ...from.validation, values: [...from.validation.values] } : null,
  };
}

function growBox(b: GridBox, dim: 'row' | 'column', at: number, count: number): GridBox {
  const start = dim === 'row' ? b.row : b.column;
  const size = dim === 'row' ? b.numRows : b.numColumns;
  let newStart = start;
  let newSize = size;
  if (at <= start) newStart = start + count;
  else if (at < start + size) newSize = size + count;
  return dim === 'row' ? { ...b, row: newStart, numRows: newSize } : { ...b, column: newStart, numColumns: newSize };
}

function shrinkBox(b: GridBox, dim: 'row' | 'column', at: number, count: number): GridBox | null {
  const start = dim === 'row' ? b.row : b.column;
  const end = start + (dim === 'row' ? b.numRows : b.numColumns) - 1;
  const delEnd = at + count - 1;
  const keptBefore = Math.max(0, Math.min(end, at - 1) - start + 1);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd + 1) + 1);
  const size = keptBefore + keptAfter;
  if (size === 0) return null;
  const newStart = start < at ? start : start > delEnd ? start - count : at;
  return dim === 'row' ? { ...b, row: newStart, numRows: size } : { ...b, column: newStart, numColumns: size };
}
