import { describe, expect, it } from 'vitest';
import { loadAddOn, settingsWithAsOf } from './addon-harness';

/**
 * getValues() returns a date cell as the instant of midnight in the spreadsheet's time zone. Far east of
 * UTC (Auckland, UTC+13 in September) that instant is the day before in UTC; the add-on passes the
 * spreadsheet's time zone to the engine so the due date stays the date the person typed.
 */
describe('date cells in the spreadsheet time zone', () => {
  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin'])('%s: a typed due date keeps its day', async (timeZone) => {
    const { code } = await loadAddOn(
      {
        OKRs: [
          ['Objective', 'Key result', 'Owner', 'Target', 'Current', 'Due'],
          ['Ship', 'Ship v2', 'ana@example.com', 'done', 'no', '2026-09-30'],
        ],
        'Scorecard settings': settingsWithAsOf('2026-09-30'),
      },
      { timeZone, typed: true },
    );
    const data = code.call('getDashboard') as { objectives: { keyResults: { due: string | null; status: string }[] }[] };
    const kr = data.objectives[0]!.keyResults[0]!;
    expect(kr.due).toBe('2026-09-30');
    // due today, not yet passed: pending (grey), not red
    expect(kr.status).toBe('grey');
  });
});
