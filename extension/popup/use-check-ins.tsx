import { useEffect, useState } from 'preact/hooks';
import type { KeyResultResult } from '../../shared/types';
import { formatValue } from '../../shared/format-value';
import { parseConfidence } from '../../shared/parse-confidence';
import type { PopupView, SheetView } from '../popup-view';
import type { PendingCheckIn } from '../types';
import { localDate } from '../local-date';
import { messages } from '../platform/messages';
import { storage } from '../platform/storage';
import type { CheckInEntry } from './check-in-form';
import { KeyResultCheckIn } from './key-result-check-in';

/**
 * The popup's check-ins: the check-ins waiting in storage (kept in step), which KR's form is open, and
 * the render function that puts a KR's trend, Check in button, form and waiting check-in under it.
 * The preview (the engine's reading of the typed value, and the score) comes from the background, so
 * the popup bundle carries no engine.
 */
export function useCheckIns(view: PopupView | null) {
  const [checkIns, setCheckIns] = useState<PendingCheckIn[]>([]);
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    void storage.readCheckIns().then(setCheckIns, () => undefined);
    return storage.onCheckIns(setCheckIns);
  }, []);

  const formKey = (sheet: SheetView, kr: KeyResultResult) => `${sheet.key}\u0000${kr.key}`;

  const save = async (sheet: SheetView, kr: KeyResultResult, objective: string, entry: CheckInEntry) => {
    const read = await messages.previewCheckIn(sheet.key, kr.row, entry.typed);
    const by = view?.identities[0] ?? '';
    if (!read || !sheet.tab) return;
    const checkIn: PendingCheckIn = {
      id: crypto.randomUUID(),
      spreadsheetId: sheet.spreadsheetId,
      tab: sheet.tab,
      key: kr.key,
      row: kr.row,
      objective,
      keyResult: kr.title,
      owner: kr.owner,
      shownCurrent: read.shownCell,
      current: read.value,
      confidenceText: entry.confidence,
      confidence: entry.confidence ? parseConfidence(entry.confidence) : null,
      note: entry.note,
      by,
      date: localDate(new Date(), sheet.timeZone ?? null),
      createdAt: Date.now(),
      state: 'waiting',
      message: by ? 'Sending…' : 'Waiting to send: sign in so the check-in says who made it.',
      attempts: 0,
    };
    setCheckIns((list) => [...list, checkIn]);
    setOpen(null);
    await messages.checkIn(checkIn);
  };

  const render = (kr: KeyResultResult, sheet: SheetView) => {
    const key = formKey(sheet, kr);
    const pending = checkIns.filter((c) => c.spreadsheetId === sheet.spreadsheetId && c.tab === sheet.tab && c.key === kr.key).at(-1) ?? null;
    const objective = sheet.groups.find((g) => g.keyResults.includes(kr))?.objective.title ?? '';
    return (
      <KeyResultCheckIn
        kr={kr}
        trend={sheet.trends?.[kr.key] ?? null}
        pending={pending}
        open={open === key}
        enabled={view?.mode === 'ready' && !view.everyone && Boolean(sheet.tab) && sheet.fetchedAt !== null}
        initial={kr.current === null ? '' : formatValue(kr.current, kr.format)}
        onOpen={() => setOpen(key)}
        onClose={() => setOpen(null)}
        preview={async (typed) => (await messages.previewCheckIn(sheet.key, kr.row, typed))?.text ?? ''}
        onSave={(entry) => void save(sheet, kr, objective, entry)}
        onOverwrite={() => pending && void messages.resolveCheckIn(pending.id, 'overwrite')}
        onDiscard={() => pending && void messages.resolveCheckIn(pending.id, 'discard')}
      />
    );
  };
  return render;
}
