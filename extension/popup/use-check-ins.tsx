import { useEffect, useRef, useState } from 'preact/hooks';
import type { KeyResultResult } from '../../shared/types';
import { formatValue } from '../../shared/format-value';
import { parseConfidence } from '../../shared/parse-confidence';
import type { PopupView, SheetView } from '../popup-view';
import type { ExtensionCache, PendingCheckIn } from '../types';
import { checkInPreview } from '../check-in-preview';
import { localDate } from '../local-date';
import { messages } from '../platform/messages';
import { storage } from '../platform/storage';
import type { CheckInEntry } from './check-in-form';
import { KeyResultCheckIn } from './key-result-check-in';

/**
 * The popup's check-ins: the check-ins waiting in storage (kept in step), which KR's form is open, and
 * the render function that puts a KR's trend, Check in button, form and waiting check-in under it.
 * The cached sheet values (for the preview, scored by the engine) are read when a form first opens.
 */
export function useCheckIns(view: PopupView | null) {
  const [checkIns, setCheckIns] = useState<PendingCheckIn[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const cache = useRef<ExtensionCache | null>(null);

  useEffect(() => {
    void storage.readCheckIns().then(setCheckIns, () => undefined);
    return storage.onCheckIns(setCheckIns);
  }, []);

  const formKey = (sheet: SheetView, kr: KeyResultResult) => `${sheet.key}\u0000${kr.key}`;
  const preview = (sheet: SheetView, kr: KeyResultResult, typed: string) => {
    const cached = cache.current?.sheets[sheet.key];
    if (!cached?.values) return null;
    return checkInPreview(cached.values, cached.settingsValues, sheet.timeZone ?? null, kr.row, typed, new Date());
  };

  const save = (sheet: SheetView, kr: KeyResultResult, objective: string, entry: CheckInEntry) => {
    const read = preview(sheet, kr, entry.typed);
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
    void messages.checkIn(checkIn);
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
        onOpen={() => {
          void storage.readCache().then((c) => {
            cache.current = c;
            setOpen(key);
          });
        }}
        onClose={() => setOpen(null)}
        preview={(typed) => preview(sheet, kr, typed)?.text ?? ''}
        onSave={(entry) => save(sheet, kr, objective, entry)}
        onOverwrite={() => pending && void messages.resolveCheckIn(pending.id, 'overwrite')}
        onDiscard={() => pending && void messages.resolveCheckIn(pending.id, 'discard')}
      />
    );
  };
  return render;
}
