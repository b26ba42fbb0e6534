import type { ExtensionCache, ExtensionOptions } from './types';
import type { PopupView } from './popup-view';
import type { AlertItem } from './alert-changes';
import { guessedDirectionNote } from '../shared/guessed-direction-note';
import { ownerMatches } from '../shared/owner-matches';
import { scoreSheet } from './score-sheet';
import { sheetKey } from './sheet-key';
import { sheetRowLink } from './sheet-row-link';

/**
 * My KRs (from the scored view) and my KPIs (KPI tabs, owner is me) with their statuses, for alerts.
 * The view already holds my KRs; only tabs without KRs are scored again, for their KPIs.
 */
export function alertItems(options: ExtensionOptions, cache: ExtensionCache, view: PopupView, now: Date): AlertItem[] {
  const items: AlertItem[] = [];
  for (const sheet of view.sheets) {
    for (const kr of sheet.groups.flatMap((g) => g.keyResults)) {
      items.push({ id: `${sheet.key}|kr|${kr.key}`, name: kr.title, status: kr.status, url: sheet.spreadsheetId ? sheetRowLink(sheet.spreadsheetId, sheet.gid, kr.row) : null });
    }
  }
  for (const source of options.sheets) {
    const key = sheetKey(source);
    const cached = cache.sheets[key];
    if (!cached?.values || view.sheets.find((s) => s.key === key)?.team) continue;
    const { report } = scoreSheet(cached.values, cached.settingsValues, now, source.timeZone);
    for (const kpi of report.kpis) {
      if (!ownerMatches(kpi.owner, view.identities)) continue;
      // A status that rests on a direction guessed from the KPI's name says so.
      const guessed = guessedDirectionNote(kpi);
      items.push({ id: `${key}|kpi|${kpi.name.trim().toLowerCase()}`, name: guessed ? `${kpi.name} (${guessed})` : kpi.name, status: kpi.status, url: sheetRowLink(source.spreadsheetId, source.gid, kpi.row) });
    }
  }
  return items;
}
