/**
 * Paste bench: readPastedTable on a ~5 MB European-format export (50,000 rows, `;` delimiter,
 * `1.234,56` numbers, `€` and `%` cells, a title line, a header). Goal: under 1 second.
 * Run alone: npx tsx -e "import('./tests/bench/paste-bench.ts').then(m=>m.pasteBench())"
 */
import { readPastedTable } from '../../shared/read-pasted-table';
import { parseDelimited } from '../../shared/parse-delimited';
import { goal } from './goal';

const ROWS = 50_000;

/** Deterministic pseudo-random numbers, so every run reads the same text. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function european(value: number): string {
  return value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A German/French-style export: title line, blank line, header, 50,000 rows of about 100 bytes. */
export function europeanExport(rows = ROWS): string {
  const next = random(42);
  const lines = ['\uFEFFKennzahlen-Export Vertrieb – Stand 30.11.2026;;;;;;;;', ';;;;;;;;', 'Konto;Bezeichnung;Region;Monat;Ist;Plan;Abweichung;Anteil;Kommentar'];
  const regions = ['Nord', 'Süd', 'West', 'Ost', 'Zentrale'];
  for (let i = 0; i < rows; i++) {
    const actual = next() * 2_000_000 - 100_000;
    const plan = next() * 2_000_000;
    const share = next() * 100;
    lines.push(
      [
        String(400000 + i),
        `"Produktgruppe ${i % 977}, Inland"`,
        regions[i % regions.length],
        `2026-${String((i % 12) + 1).padStart(2, '0')}`,
        `${european(actual)} €`,
        european(plan),
        actual - plan < 0 ? `${european(plan - actual)}-` : european(actual - plan),
        `${share.toFixed(1).replace('.', ',')} %`,
        i % 10 === 0 ? '#DIV/0!' : `Zeile ${i}`,
      ].join(';'),
    );
  }
  return lines.join('\r\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function pasteBench(): Promise<void> {
  const text = europeanExport();
  const mb = (text.length / 1e6).toFixed(1);
  const rows = ROWS.toLocaleString('en-US');
  // warm up
  readPastedTable(text.slice(0, 200_000));
  const parseTimes: number[] = [];
  const times: number[] = [];
  let table = readPastedTable('');
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    parseDelimited(text, ';');
    parseTimes.push(performance.now() - t);
    t = performance.now();
    table = readPastedTable(text);
    times.push(performance.now() - t);
  }
  const kept = table.values.length - 1;
  if (kept !== ROWS || table.decimal !== ',' || table.delimiter !== ';') {
    console.log(`paste bench: unexpected result: ${kept} rows, decimal ${table.decimal}, delimiter ${JSON.stringify(table.delimiter)}`);
  }
  console.log(`parseDelimited ${mb} MB / ${rows} rows: ${median(parseTimes).toFixed(0)} ms (median of 5)`);
  goal(`readPastedTable ${mb} MB / ${rows} rows, median of 5 (min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms)`, median(times), 1000, 'ms', '<');
}
