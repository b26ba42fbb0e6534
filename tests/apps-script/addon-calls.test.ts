import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/types';
import { generatedKpiSheet, generatedOkrSheet } from './addon-generated-sheets';
import { loadAddOn, settingsWithAsOf } from './addon-harness';

/**
 * The calls that move cell data or formatting rules to or from Google (what the "at most 8" budget
 * is about); everything else the local service counts is listed in `local.calls` too and is checked to
 * be the same for every sheet size.
 */
const DATA_CALLS = new Set(['getValues', 'getDisplayValues', 'getFormulas', 'setValues', 'setValue', 'setFormulas', 'setFormula', 'setConditionalFormatRules', 'getConditionalFormatRules', 'clearContents', 'clear', 'setBackgrounds', 'setBackground', 'setNumberFormats']);

async function scoreCalls(grid: Cell[][]): Promise<{ first: number; again: number; firstData: number; againData: number; methods: string[] }> {
  const { local, code } = await loadAddOn({ Sheet: grid, 'Scorecard settings': settingsWithAsOf('2026-08-15') });
  local.resetCallLog();
  code.call('scoreThisSheet');
  const first = local.callCount();
  const firstData = local.calls.filter((c) => c.counted && DATA_CALLS.has(c.method)).length;
  local.resetCallLog();
  code.call('scoreThisSheet');
  const again = local.callCount();
  const methods = local.calls.filter((c) => c.counted).map((c) => `${c.service}.${c.method}`);
  const againData = local.calls.filter((c) => c.counted && DATA_CALLS.has(c.method)).length;
  return { first, again, firstData, againData, methods };
}

describe('service calls per Score this sheet', () => {
  it('are the same for 10 and for 10,000 key results, and at most 10 data calls (8, plus one read and one write of the history tab)', async () => {
    const small = await scoreCalls(generatedOkrSheet(10));
    const large = await scoreCalls(generatedOkrSheet(10_000));
    expect(large.first).toBe(small.first);
    expect(large.again).toBe(small.again);
    expect(large.methods).toEqual(small.methods);
    expect(small.againData).toBeLessThanOrEqual(10);
    expect(small.firstData).toBeLessThanOrEqual(10);
    // Reads and writes are batched: one getValues for the sheet, one setValues for the output block.
    expect(large.methods.filter((m) => m === 'Range.setValues').length).toBe(3); // output block + history tab + summary tab
    expect(large.methods.filter((m) => m === 'Sheet.setConditionalFormatRules').length).toBe(1);
    console.log(`Score this sheet: ${small.first} counted calls the first time, ${small.again} when re-scoring (${small.againData} data calls)`);
  });

  it('are the same for 10 and for 10,000 KPIs', async () => {
    const small = await scoreCalls(generatedKpiSheet(10));
    const large = await scoreCalls(generatedKpiSheet(10_000));
    expect(large.first).toBe(small.first);
    expect(large.again).toBe(small.again);
    expect(large.againData).toBeLessThanOrEqual(8);
  });
});
