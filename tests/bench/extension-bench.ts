import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Cell } from '../../shared/types';
import { extTeamOkrSheet } from '../fixtures/ext-team-okr-sheet';
import { buildExtensionInto, loadExtension } from '../e2e/load-extension';
import { sheetsApiStandIn } from '../e2e/sheets-api-stand-in';
import { goal } from './goal';

const OPENINGS = 15;

/** A sheet with `count` key results owned by ana@example.com in Q4 2026, five per objective. */
function bigSheet(count: number): Cell[][] {
  const values: Cell[][] = [['Objective', 'Key result', 'Owner', 'Period', 'Start', 'Target', 'Current', 'Due']];
  for (let i = 0; i < count; i++) {
    values.push([i % 5 === 0 ? `Objective ${i / 5 + 1}` : '', `Raise metric ${i} from 10 to 110`, 'ana@example.com', 'Q4 2026', 10, 110, 10 + ((i * 37) % 100), 46387]);
  }
  return values;
}

/**
 * Extension figures: the popup bundle's gzipped size (goal ≤ 15 KB), and the time from opening the popup
 * to its key results painted from the cache in Chromium (goal ≤ 100 ms), median of several openings.
 */
export async function extensionBench(): Promise<void> {
  const normal = await buildExtensionInto();
  try {
    for (const name of ['popup', 'options', 'background']) {
      const js = await readFile(join(normal, `${name}.js`));
      const gz = gzipSync(js, { level: 9 }).length;
      console.log(`${name}.js: ${(js.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped`);
      if (name === 'popup') goal('popup.js gzipped', gz / 1024, 15, 'KB');
    }
  } finally {
    await rm(normal, { recursive: true, force: true });
  }

  const api = await sheetsApiStandIn({ email: 'ana@example.com' });
  const sheets = {
    fixture: { id: '1GrowthTeamOkrSheet_abcdefghijklmnop', data: extTeamOkrSheet, tab: 'Q4 OKRs', krs: 7 },
    big: { id: '1BigTeamOkrSheet_abcdefghijklmnopqrs', data: { title: 'Big', timeZone: 'UTC', tabs: [{ title: 'OKRs', sheetId: 0, values: bigSheet(60) }] }, tab: 'OKRs', krs: 60 },
  };
  for (const s of Object.values(sheets)) api.spreadsheets.set(s.id, s.data);
  const dir = await buildExtensionInto({ SHEETS_API_BASE: api.url });
  const ext = await loadExtension(dir);
  try {
    for (const [label, s] of Object.entries(sheets)) {
      await ext.worker.evaluate(async ({ id, tab }) => {
        await chrome.storage.local.set({ options: { sheets: [{ spreadsheetId: id, tab, gid: 0, title: 'Bench', timeZone: 'UTC' }], names: ['Ana Pereira'], refreshMinutes: 30 } });
      }, { id: s.id, tab: s.tab });
      const warm = await ext.openPopup();
      await warm.waitForFunction((n) => document.querySelectorAll('.kr').length === n, s.krs, { timeout: 30_000 });
      await warm.close();
      const times: number[] = [];
      for (let i = 0; i < OPENINGS; i++) {
        const page = await ext.openPopup();
        await page.waitForFunction(() => performance.getEntriesByName('krs-painted').length > 0, null, { timeout: 30_000 });
        times.push(await page.evaluate(() => performance.getEntriesByName('krs-painted')[0]!.startTime));
        await page.close();
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      goal(
        `popup open → ${s.krs} KRs painted from cache (${label}), median of ${OPENINGS} openings (min ${times[0]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms)`,
        median,
        100,
        'ms',
      );
    }
  } finally {
    await ext.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}
