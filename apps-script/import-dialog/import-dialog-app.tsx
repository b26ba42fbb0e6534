import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PastedTable } from '../../shared/types';
import { cellText } from '../../shared/cell-text';
import { matchKpiNames } from '../../shared/match-kpi-names';
import { readPastedTable } from '../../shared/read-pasted-table';
import { importCellKinds } from '../commands/import-cell-kinds';
import { importDefaultColumns } from '../commands/import-default-columns';
import { importPeriodLabel } from '../commands/import-period-label';
import type { ImportDestination, ImportOptions, ImportResult } from '../commands/import-request';
import type { Server } from '../sidebar/server-calls';
import { PreviewTable } from './preview-table';
import { readFileText } from './read-file-text';

const DELIMITER_NAMES: Record<string, string> = { '\t': 'tab', ',': 'comma', ';': 'semicolon', '|': 'pipe (|)' };

export interface ImportDialogProps {
  server: Pick<Server, 'getImportOptions' | 'importKpiExport'>;
  onClose: () => void;
}

/**
 * Import KPI export…: paste text or choose a CSV/TSV file; the preview is readPastedTable run here
 * (the same code the server runs on Import) — header, locale, delimiter, the rows that will be
 * imported and the skipped lines with their reasons; then a new tab, or a new period column of a KPI
 * tab with the names that match and those that do not. Pasted text is only ever shown as text.
 */
export function ImportDialogApp(props: ImportDialogProps) {
  const { server } = props;
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'new' | 'existing'>('new');
  const [newName, setNewName] = useState('');
  const [tabName, setTabName] = useState('');
  const [nameColumn, setNameColumn] = useState(-1);
  const [valueColumn, setValueColumn] = useState(-1);
  const [period, setPeriod] = useState('');
  const [note, setNote] = useState('Loading…');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    server.getImportOptions().then(
      (o) => {
        setOptions(o);
        setNewName(o.newTabName);
        setTabName(o.kpiTabs[0]?.name ?? '');
        setNote('');
      },
      (e: unknown) => setNote(message(e)),
    );
  }, []);

  const locale = options?.locale ?? undefined;
  const table: PastedTable | null = useMemo(() => (text.trim() ? readPastedTable(text, locale ? { locale } : {}) : null), [text, locale]);
  const cellKinds = useMemo(() => (table ? importCellKinds(text, table) : null), [table]);
  const header = table?.values[0] ?? [];

  // New text: propose the name and value columns and the period label.
  useEffect(() => {
    if (!table) return;
    const d = importDefaultColumns(table);
    setNameColumn(d.nameColumn);
    setValueColumn(d.valueColumn);
    setPeriod(d.valueColumn >= 0 ? importPeriodLabel(cellText(table.values[0]?.[d.valueColumn])) : '');
  }, [table]);

  const tab = options?.kpiTabs.find((t) => t.name === tabName) ?? null;
  const match = useMemo(() => {
    if (!table || !tab || nameColumn < 0) return null;
    return matchKpiNames(tab.kpis, table.values.slice(1).map((row) => cellText(row[nameColumn])));
  }, [table, tab, nameColumn]);

  const chooseFile = (e: Event): void => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setResult(null);
    readFileText(file).then(
      (t) => setText(t),
      (err: unknown) => setNote(message(err)),
    );
  };

  const rows = table ? table.values.length - 1 : 0;
  const canImport = !!table && rows > 0 && !busy && (kind === 'new' ? true : !!tab && nameColumn >= 0 && valueColumn >= 0 && period.trim() !== '' && (match?.matched ?? 0) > 0);

  const doImport = (): void => {
    if (!canImport) return;
    const destination: ImportDestination = kind === 'new'
      ? { kind: 'new', name: newName }
      : { kind: 'existing', sheetName: tabName, nameColumn, valueColumn, period };
    setBusy(true);
    setNote('Importing…');
    server.importKpiExport({ text, destination }).then(
      (r) => {
        setResult(r);
        setNote('');
        setBusy(false);
      },
      (err: unknown) => {
        setNote(message(err));
        setBusy(false);
      },
    );
  };

  return (
    <main class="import">
      <div class="source">
        <label>
          Choose a CSV/TSV file:{' '}
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={chooseFile} />
        </label>
      </div>
      <textarea
        aria-label="Pasted export"
        placeholder="…or paste the export here (from QuickBooks, Xero, NetSuite, Excel, Google Analytics, Power BI…)"
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setResult(null);
        }}
      />
      {table ? <Detected table={table} locale={options?.locale ?? null} /> : null}
      {table && rows > 0 ? <PreviewTable table={table} cellKinds={cellKinds} locale={locale} highlight={kind === 'existing' ? { nameColumn, valueColumn } : null} /> : null}
      {table && rows === 0 ? <p class="error">{table.problems.find((p) => p.severity === 'error')?.message ?? 'No table found: the text needs a header row and rows of values.'}</p> : null}
      {table && (table.skipped.length > 0 || table.problems.length > 0) ? <SkippedLines table={table} /> : null}

      {table && rows > 0 ? (
        <fieldset>
          <legend>Where to</legend>
          <div class="row">
            <label>
              <input type="radio" name="kind" checked={kind === 'new'} onChange={() => setKind('new')} /> A new KPI tab named{' '}
            </label>
            <input aria-label="New tab name" value={newName} disabled={kind !== 'new'} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="row">
            <label>
              <input type="radio" name="kind" checked={kind === 'existing'} disabled={!options?.kpiTabs.length} onChange={() => setKind('existing')} /> Add as a new period column to
            </label>
            <select aria-label="KPI tab" value={tabName} disabled={kind !== 'existing'} onChange={(e) => setTabName((e.currentTarget as HTMLSelectElement).value)}>
              {(options?.kpiTabs ?? []).map((t) => (
                <option key={t.name} value={t.name}>{t.name}</option>
              ))}
            </select>
            {options && !options.kpiTabs.length ? <span class="note">(no KPI tab in this spreadsheet yet)</span> : null}
          </div>
          {kind === 'existing' ? (
            <div>
              <div class="row">
                <label>
                  Names in{' '}
                  <ColumnSelect label="Name column" header={header} value={nameColumn} onChange={setNameColumn} />
                </label>
                <label>
                  Values in{' '}
                  <ColumnSelect
                    label="Value column"
                    header={header}
                    value={valueColumn}
                    onChange={(c) => {
                      setValueColumn(c);
                      const proposed = importPeriodLabel(cellText(header[c]));
                      if (proposed) setPeriod(proposed);
                    }}
                  />
                </label>
                <label>
                  Period{' '}
                  <input aria-label="Period" placeholder="Nov 2026" size={12} value={period} onInput={(e) => setPeriod((e.currentTarget as HTMLInputElement).value)} />
                </label>
                {tab && tab.periods.length ? <span class="note">after {tab.periods[tab.periods.length - 1]}</span> : null}
              </div>
              {tab?.scoresActualColumn ? <p class="note">This tab is scored from its Actual column: a period column is kept as history.</p> : null}
              {match ? (
                <p>
                  {match.matched} of {tab?.kpis.length ?? 0} KPIs matched.
                  {match.unmatched.length ? (
                    <span class="unmatched">
                      {' '}Not matched ({match.unmatched.length}): {match.unmatched.slice(0, 30).join(', ')}
                      {match.unmatched.length > 30 ? '…' : ''}
                    </span>
                  ) : null}
                </p>
              ) : null}
            </div>
          ) : null}
        </fieldset>
      ) : null}

      {result ? (
        <div class="result">
          <p>{result.message}</p>
          {result.unmatched.length ? <p class="unmatched">Names that matched no KPI: {result.unmatched.join(', ')}</p> : null}
        </div>
      ) : null}
      <div class="actions">
        <button class="primary" disabled={!canImport} onClick={doImport}>
          Import {rows > 0 ? (kind === 'new' ? `${rows} row${rows === 1 ? '' : 's'}` : `${match?.matched ?? 0} value${match?.matched === 1 ? '' : 's'}`) : ''}
        </button>
        <button onClick={props.onClose}>{result ? 'Close' : 'Cancel'}</button>
        {note ? <span class={/…$/.test(note) ? 'busy' : 'error'}>{note}</span> : null}
      </div>
    </main>
  );
}

function Detected(props: { table: PastedTable; locale: string | null }) {
  const { table } = props;
  const decimal = table.decimal === ',' ? 'decimal comma (1.234,56)' : 'decimal point (1,234.56)';
  return (
    <div class="detected">
      <span>
        <b>Header:</b> line {table.headerRow}
      </span>
      <span>
        <b>Delimiter:</b> {table.delimiter ? DELIMITER_NAMES[table.delimiter] ?? table.delimiter : 'none'}
      </span>
      <span>
        <b>Numbers:</b> {decimal}
        {props.locale ? `, spreadsheet locale ${props.locale}` : ''}
      </span>
      {table.currency ? (
        <span>
          <b>Currency:</b> {table.currency}
        </span>
      ) : null}
      <span>
        <b>Rows:</b> {Math.max(0, table.values.length - 1)} to import, {table.skipped.length} skipped
      </span>
    </div>
  );
}

function SkippedLines(props: { table: PastedTable }) {
  const { skipped, problems } = props.table;
  return (
    <details>
      <summary>
        {skipped.length} skipped line{skipped.length === 1 ? '' : 's'}
        {problems.length ? `, ${problems.length} note${problems.length === 1 ? '' : 's'}` : ''}
      </summary>
      <ul class="skipped">
        {problems.map((p, i) => (
          <li key={`p${i}`} class={p.severity === 'error' ? 'error' : ''}>
            {p.message}
          </li>
        ))}
        {skipped.slice(0, 200).map((s) => (
          <li key={`s${s.row}`}>
            Line {s.row}: {s.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ColumnSelect(props: { label: string; header: readonly unknown[]; value: number; onChange: (column: number) => void }) {
  return (
    <select aria-label={props.label} value={String(props.value)} onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}>
      <option value="-1">(choose)</option>
      {props.header.map((h, c) => (
        <option key={c} value={String(c)}>
          {cellText(h as string) || `Column ${c + 1}`}
        </option>
      ))}
    </select>
  );
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
