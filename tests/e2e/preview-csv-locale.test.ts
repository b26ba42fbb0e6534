/**
 * `npm start -- file.csv` loads an export the way Sheets imports it in the file's own locale: the
 * engine's decimal-mark vote picks the preview spreadsheet's locale, and typed-input parsing reads the
 * numbers. A German export (`1.234,5`, `2.000`) and a French one (`;`, no-break-space thousands, `€`)
 * score as by hand, in the grid Chromium shows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileLocale } from '../../apps-script/local/file-locale';
import { preview, readTable, sheetCells } from '../../apps-script/local/preview';
import { fixturesDir } from '../apps-script/addon-harness';
import { openChromium } from './open-chromium';

const german = path.join(fixturesDir, 'preview/german-okrs.csv');
const french = path.join(fixturesDir, 'preview/french-okrs.csv');
const demoOkrs = path.join(fixturesDir, 'addon-demo-okr.tsv');

/** A score as the grid shows it in a decimal-comma locale: two decimals, `,`. */
const byHand = (start: number, target: number, current: number) => ((current - start) / (target - start)).toFixed(2).replace('.', ',');

describe('reading the file', () => {
  it('splits with the detected delimiter, drops the BOM and keeps no-break spaces inside cells', () => {
    const rows = readTable(french);
    expect(rows[0]![0]).toBe('Objectifs');
    expect(rows[1]![4]).toBe('1\u00a0234,5\u00a0€');
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(readTable(german)[3]![4]).toBe('1.234,5');
  });

  it("reads Excel's plain CSV (Windows-1252) as well as UTF-8", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'scorecard-cp1252-')), 'export.csv');
    // ü, ö, ß as Latin-1 bytes and € as Windows-1252's 0x80: not valid UTF-8.
    writeFileSync(file, Buffer.from('Ziel;Schlüsselergebnis;Zielwert\r\nUmsatz;Größer werden;2.000 \x80\r\n', 'latin1'));
    expect(readTable(file)).toEqual([
      ['Ziel', 'Schlüsselergebnis', 'Zielwert'],
      ['Umsatz', 'Größer werden', '2.000 €'],
    ]);
  });

  it('picks the locale from the decimal mark the engine finds', () => {
    expect(fileLocale(readTable(german).flat())).toBe('de_DE');
    expect(fileLocale(readTable(french).flat())).toBe('fr_FR');
    expect(fileLocale(readTable(demoOkrs).flat())).toBe('en_US');
    expect(fileLocale(['Target', '2.000', '1.250'])).toBe('en_US'); // nothing decides: a decimal point
  });

  it('keeps formulas and relative targets as text, hands everything else to typed input', () => {
    expect(sheetCells([['+10%', '- note', '=HYPERLINK("x")', '1.234,5', '-5', 'Q4 2026']], 'de_DE')).toEqual([
      ["'+10%", "'- note", `'=HYPERLINK("x")`, '1.234,5', '-5', 'Q4 2026'],
    ]);
  });
});

describe('the preview in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await openChromium('scorecard-preview-locale-');
  });
  afterAll(async () => {
    await context?.close();
  });

  /** The grid's rows as text, and a function giving a row's cell under a header. */
  async function scoredGrid(file: string) {
    const p = await preview({ file, port: 0 });
    try {
      const page = await context.newPage();
      await page.goto(p.url);
      const rows = await page.locator('table tr[id]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      const backgrounds = await page.locator('table tr[id]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => getComputedStyle(td).backgroundColor)));
      await page.close();
      const header = rows.findIndex((r) => r.includes('Scorecard score'));
      expect(header).toBeGreaterThanOrEqual(0);
      const cell = (title: string, column: string) => {
        const r = rows.findIndex((row) => row.some((c) => c.startsWith(title)));
        expect(r, title).toBeGreaterThan(header);
        return { text: rows[r]![rows[header]!.indexOf(column)]!, background: backgrounds[r]![rows[header]!.indexOf(column)]! };
      };
      return { locale: p.locale, cell };
    } finally {
      await p.close();
    }
  }

  it('a German export scores as by hand (1.234,5 → 2.000; 980 of 1.250)', async () => {
    const grid = await scoredGrid(german);
    expect(grid.locale).toBe('de_DE');
    expect(grid.cell('Umsatz von 1.234,5 auf 2.000', 'Scorecard score').text).toBe(byHand(1234.5, 2000, 1617.25)); // 0,50
    expect(grid.cell('Neukunden 980 of 1.250', 'Scorecard score').text).toBe(byHand(0, 1250, 980)); // 0,78
    expect(grid.cell('Conversion von 2,5 % auf 4 %', 'Scorecard score').text).toBe(byHand(2.5, 4, 3.1)); // 0,40
    expect(grid.cell('Neukunden 980 of 1.250', 'Zielwert').text).toBe('1.250'); // a number shown as Sheets shows it in de_DE
    const status = grid.cell('Umsatz von 1.234,5 auf 2.000', 'Scorecard status');
    expect(status.text).toMatch(/^(green|amber|red)$/);
    expect(status.background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('a French export (;, no-break-space thousands, €) scores as by hand', async () => {
    const grid = await scoredGrid(french);
    expect(grid.locale).toBe('fr_FR');
    expect(grid.cell("Chiffre d'affaires de 1", 'Scorecard score').text).toBe(byHand(1234.5, 2000, 1617.25));
    expect(grid.cell('Nouveaux clients', 'Scorecard score').text).toBe(byHand(0, 1250, 980));
    expect(grid.cell('Taux de conversion', 'Scorecard score').text).toBe(byHand(2.5, 4, 3.1));
  });
});
