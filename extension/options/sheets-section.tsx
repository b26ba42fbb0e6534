import { useState } from 'preact/hooks';
import type { SheetSource } from '../types';
import { sheetKey } from '../sheet-key';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';

export interface SheetsSectionProps {
  sheets: SheetSource[];
  /** Tabs known per spreadsheet id (loaded from the API). */
  tabs: Record<string, { title: string; sheetId: number }[]>;
  /** Adds a sheet from a pasted link; resolves to an error message, or null when it was added. */
  onAdd: (url: string) => Promise<string | null>;
  onRemove: (sheet: SheetSource) => void;
  onPickTab: (sheet: SheetSource, tab: { title: string; sheetId: number }) => void;
}

/** The connected sheets (each with its tab), and a field to add one by pasting its link. */
export function SheetsSection({ sheets, tabs, onAdd, onRemove, onPickTab }: SheetsSectionProps) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    void onAdd(url).then((problem) => {
      setBusy(false);
      setError(problem);
      if (!problem) setUrl('');
    });
  };
  return (
    <section aria-labelledby="sheets-title">
      <h2 id="sheets-title">Sheets</h2>
      {sheets.length === 0 ? <p class="empty">No sheet connected yet: the popup shows demo key results.</p> : null}
      <ul class="list" aria-label="Connected sheets">
        {sheets.map((sheet) => {
          const known = tabs[sheet.spreadsheetId] ?? [];
          const readable = known.filter((t) => (t.title !== SETTINGS_SHEET_NAME && t.title !== HISTORY_SHEET_NAME) || t.title === sheet.tab);
          const options = readable.some((t) => t.title === sheet.tab) ? readable : [{ title: sheet.tab, sheetId: sheet.gid ?? -1 }, ...readable];
          const id = `tab-${sheetKey(sheet).replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <li key={sheetKey(sheet)} data-sheet={sheet.spreadsheetId}>
              <span class="grow">{sheet.title ?? sheet.spreadsheetId}</span>
              <label class="visually-hidden" for={id}>Tab of {sheet.title ?? 'this sheet'}</label>
              <select
                id={id}
                value={sheet.tab}
                onChange={(e) => {
                  const tab = options.find((t) => t.title === (e.currentTarget as HTMLSelectElement).value);
                  if (tab) onPickTab(sheet, tab);
                }}
              >
                {options.map((t) => (
                  <option key={t.title} value={t.title}>{t.title}</option>
                ))}
              </select>
              <button type="button" onClick={() => onRemove(sheet)} aria-label={`Remove ${sheet.title ?? 'sheet'} (${sheet.tab})`}>Remove</button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit}>
        <label for="sheet-url">Add a sheet: paste its link</label>
        <div class="row">
          <input
            id="sheet-url"
            type="url"
            placeholder="https://docs.google.com/spreadsheets/d/…"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby="sheet-url-help"
          />
          <button type="submit" class="primary" disabled={busy}>{busy ? 'Adding…' : 'Add sheet'}</button>
        </div>
        <p id="sheet-url-help" class={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
          {error ?? 'Several sheets are fine. The tab with your OKRs is picked from the link; change it here.'}
        </p>
      </form>
    </section>
  );
}
