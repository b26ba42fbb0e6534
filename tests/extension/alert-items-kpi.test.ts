import { expect, test } from 'vitest';
import type { PopupView } from '../../extension/popup-view';
import type { ExtensionCache, ExtensionOptions } from '../../extension/types';
import { alertItems } from '../../extension/alert-items';
import { sheetKey } from '../../extension/sheet-key';

test("a KPI alert says when its status rests on a direction guessed from its name, and links a long layout's latest row", () => {
  const source = { spreadsheetId: 'S1', tab: 'KPIs', gid: 7, title: 'Ops', timeZone: 'UTC' };
  const options: ExtensionOptions = { sheets: [source], names: [], refreshMinutes: 60 };
  const values = [
    ['KPI', 'Owner', 'Month', 'Target', 'Actual', 'Direction'],
    ['Days to close', 'me@example.com', 'Jan', 4, 6, ''],
    ['Days to close', 'me@example.com', 'Feb', 4, 5, ''],
    ['Revenue', 'me@example.com', 'Feb', 100, 90, 'higher'],
  ];
  const cache: ExtensionCache = { email: 'me@example.com', refreshedAt: 0, sheets: { [sheetKey(source)]: { values, settingsValues: [['Setting', 'Value'], ['As-of date', '2026-03-15']], fetchedAt: 0, error: null } } };
  const view = { sheets: [], identities: ['me@example.com'] } as unknown as PopupView;
  const items = alertItems(options, cache, view, new Date('2026-03-15T12:00:00Z'));
  expect(items.map((i) => [i.name, i.status, i.url?.endsWith('range=A3') ?? null])).toEqual([
    ['Days to close (lower is better, guessed from "days to" — add a Direction column)', 'red', true],
    ['Revenue', 'amber', false],
  ]);
});
