import type { PastedTable } from '../../shared/types';
import { formatKind, type ImportCellKind } from '../commands/import-cell-kinds';
import { formatPreviewCell } from './format-preview-cell';

/** Rows the preview shows (the import writes them all). */
const PREVIEW_ROWS = 100;

const KIND_LABELS: Record<string, string> = { currency: 'currency', percent: 'percent', number: 'number', date: 'date (kept as text)', text: 'text' };

/**
 * The cleaned table as it will be written: the header with each column's kind, then the rows, each
 * with its line in the pasted text. Every cell is a text node.
 */
export function PreviewTable(props: {
  table: PastedTable;
  /** How each number was written (importCellKinds), so a `%` cell in a column of amounts shows as a percentage. */
  cellKinds: (ImportCellKind | null)[][] | null;
  locale?: string;
  highlight: { nameColumn: number; valueColumn: number } | null;
}) {
  const { table } = props;
  const header = table.values[0] ?? [];
  const rows = table.values.slice(1, PREVIEW_ROWS + 1);
  const formats = table.columnFormats ?? [];
  const more = table.values.length - 1 - rows.length;
  const mark = (c: number): string | undefined => (props.highlight && (c === props.highlight.nameColumn || c === props.highlight.valueColumn) ? 'background:#e8f0fe' : undefined);
  return (
    <div class="preview">
      <table>
        <thead>
          <tr>
            <th>Line</th>
            {header.map((h, c) => (
              <th key={c} style={mark(c)}>
                {String(h ?? '')}
                <small>{KIND_LABELS[formats[c] ?? 'text'] ?? formats[c]}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <td class="line">{table.sourceRows?.[r] ?? ''}</td>
              {header.map((_, c) => (
                <td key={c} class={typeof row[c] === 'number' ? 'num' : undefined} style={mark(c)}>
                  {formatPreviewCell(row[c], formatKind(formats[c] ?? 'text', props.cellKinds?.[r + 1]?.[c]), table.currency, props.locale)}
                </td>
              ))}
            </tr>
          ))}
          {more > 0 ? (
            <tr>
              <td class="line" />
              <td colSpan={header.length} class="note">
                …and {more} more row{more === 1 ? '' : 's'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
