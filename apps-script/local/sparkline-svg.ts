import { columnNumber } from './a1-notation';
import { sparklinePoints } from '../../shared/sparkline-points';
import type { createLocalAppsScript } from './create-local-apps-script';

type Local = ReturnType<typeof createLocalAppsScript>;

const KR_HISTORY = /^=IFERROR\(SPARKLINE\(FILTER\('([^']+)'!\$([A-Z]+)\$2:\$[A-Z]+,'[^']+'!\$([A-Z]+)\$2:\$[A-Z]+=\$([A-Z]+)(\d+)\)\),""\)$/;
const RANGE = /^=SPARKLINE\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/;
const LIST = /^=SPARKLINE\(\{([A-Z]+\d+(?:[,;][A-Z]+\d+)*)\}\)$/;

/**
 * The numbers a SPARKLINE formula the add-on writes would draw, read from the local spreadsheet: a KR's
 * scores in the history tab (FILTER by its id cell), a row or column range, or a list of cells. Null for
 * any other formula. The preview draws them; the local service itself leaves SPARKLINE cells blank.
 */
export function sparklineValues(local: Local, sheetName: string, formula: string): number[] | null {
  const cell = (sheet: string, row: number, column: number): unknown => (local.values(sheet)[row - 1] ?? [])[column - 1];
  let m = KR_HISTORY.exec(formula);
  if (m) {
    const [, tab, valueLetters, keyLetters, idLetters, idRow] = m;
    const id = cell(sheetName, Number(idRow), columnNumber(idLetters!));
    if (id === '' || id === undefined || !local.sheetNames().includes(tab!)) return [];
    const rows = local.values(tab!);
    const valueColumn = columnNumber(valueLetters!) - 1;
    const keyColumn = columnNumber(keyLetters!) - 1;
    return rows.slice(1).filter((r) => r[keyColumn] === id).map((r) => r[valueColumn]).filter((v): v is number => typeof v === 'number');
  }
  m = RANGE.exec(formula);
  const refs: [number, number][] = [];
  if (m) {
    const [c1, r1, c2, r2] = [columnNumber(m[1]!), Number(m[2]), columnNumber(m[3]!), Number(m[4])];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) refs.push([r, c]);
  } else {
    m = LIST.exec(formula);
    if (!m) return null;
    for (const ref of m[1]!.split(/[,;]/)) {
      const parts = /^([A-Z]+)(\d+)$/.exec(ref)!;
      refs.push([Number(parts[2]), columnNumber(parts[1]!)]);
    }
  }
  return refs.map(([r, c]) => cell(sheetName, r, c)).filter((v): v is number => typeof v === 'number');
}

/** A SPARKLINE formula's line as a small inline SVG (for the preview's grid), or null for other formulas. */
export function sparklineSvg(local: Local, sheetName: string, formula: string): string | null {
  const values = sparklineValues(local, sheetName, formula);
  if (values === null) return null;
  if (values.length < 2) return '';
  const width = 80;
  const height = 16;
  const { points } = sparklinePoints(values, { width, height, padX: 1, padY: 1 });
  return `<svg class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="sparkline of ${values.length} values"><polyline points="${points}" fill="none" stroke="#1a73e8" stroke-width="1.5"/></svg>`;
}
