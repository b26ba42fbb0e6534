/**
 * Shared by the add-on tests: builds the add-on once per test worker (into a temporary folder, so
 * parallel workers never read a half-written dist/), loads the built Code.js into the local Apps Script
 * service, and reads sample sheets.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { buildAddOn, type BuildAddOnResult } from '../../apps-script/build/build-add-on';
import { createLocalAppsScript, type LocalAppsScriptOptions, type FixtureCell } from '../../apps-script/local/create-local-apps-script';
import { loadCode, type LoadedCode } from '../../apps-script/local/load-code';
import type { Cell } from '../../shared/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
export const samplesDir = path.join(fixturesDir, 'samples');

let building: Promise<BuildAddOnResult> | null = null;

/** The add-on built once for this worker. */
export function builtAddOn(): Promise<BuildAddOnResult> {
  building ??= buildAddOn({ outDir: mkdtempSync(path.join(tmpdir(), 'scorecard-addon-')) });
  return building;
}

export interface AddOn {
  local: ReturnType<typeof createLocalAppsScript>;
  code: LoadedCode;
}

/** A fresh spreadsheet (no Sheet1) with the built Code.js loaded; `sheets` are added in order, the first selected. */
export async function loadAddOn(sheets: Record<string, FixtureCell[][]> = {}, options: LocalAppsScriptOptions & { typed?: boolean } = {}): Promise<AddOn> {
  const built = await builtAddOn();
  const local = createLocalAppsScript({ htmlDir: built.outDir, ...options });
  for (const [name, values] of Object.entries(sheets)) local.addSheet(name, values, { typed: options.typed ?? false });
  local.removeSheet('Sheet1');
  const first = Object.keys(sheets)[0];
  if (first) local.select(first, 'A1');
  const code = loadCode(built.codePath, local);
  return { local, code };
}

/** A CSV or TSV file as a rectangular grid of strings (trailing blank lines dropped, BOM dropped). */
export function readGrid(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: file.endsWith('.tsv') ? '\t' : ',', skipEmptyLines: false });
  const rows = parsed.data.filter((r, i, all) => i < all.length - 1 || r.some((c) => c !== ''));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** The OKR samples of tests/fixtures/samples/okr. */
export function okrSamples(): string[] {
  return readdirSync(path.join(samplesDir, 'okr'))
    .filter((f) => /\.(csv|tsv)$/.test(f))
    .map((f) => path.join(samplesDir, 'okr', f));
}

/** The `Scorecard settings` rows that pin the as-of date (tests never depend on today). */
export function settingsWithAsOf(asOf: string): FixtureCell[][] {
  return [
    ['Setting', 'Value'],
    ['As-of date', `${asOf}`],
  ];
}

/** The 1-based columns that carry the add-on's output metadata on a sheet, by role. */
export function outputColumns(local: AddOn['local'], sheet: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of local.metadata()) {
    const loc = m.location as { type: string; sheet?: string | null; column?: number; index?: number; start?: number };
    if (m.key !== 'scorecard.output' || loc.type !== 'COLUMN' || loc.sheet !== sheet) continue;
    const column = loc.column ?? loc.index ?? loc.start;
    if (typeof column === 'number' && m.value) out.set(m.value, column);
  }
  return out;
}

/** A grid without some 1-based columns. */
export function withoutColumns(values: readonly (readonly Cell[])[], columns: Iterable<number>): Cell[][] {
  const drop = new Set([...columns].map((c) => c - 1));
  return values.map((row) => row.filter((_, c) => !drop.has(c)));
}

/** The one formula the add-on writes on OKR sheets: a KR's Trend sparkline over the history tab, by its id cell. */
export const KR_SPARKLINE = /^=IFERROR\(SPARKLINE\(FILTER\('Scorecard history'!\$H\$2:\$H,'Scorecard history'!\$C\$2:\$C=\$[A-Z]+\d+\)\),""\)$/;

/** The add-on's KPI trend sparkline over a KPI's own period cells: a range of one row, or an array of cells. */
export const KPI_SPARKLINE = /^=SPARKLINE\((?:[A-Z]+\d+:[A-Z]+\d+|\{[A-Z]+\d+(?:[;,][A-Z]+\d+)*\})\)$/;

/**
 * Formula cells (of one sheet, or all) other than the add-on's own sparklines (a KR's Trend over the
 * history tab, a KPI's trend over its period cells) written in the add-on's own output columns: what
 * must stay empty.
 */
export function otherFormulas(local: AddOn['local'], sheet?: string): ReturnType<AddOn['local']['formulaCells']> {
  const owned = new Map<string, Set<number>>();
  const ownedIn = (name: string) => owned.get(name) ?? owned.set(name, new Set(outputColumns(local, name).values())).get(name)!;
  return local.formulaCells(sheet).filter((f) => !((KR_SPARKLINE.test(f.formula) || KPI_SPARKLINE.test(f.formula)) && ownedIn(f.sheet).has(f.column)));
}
