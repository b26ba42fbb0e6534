/**
 * `npm start` (README quick start): builds the add-on, loads the built Code.js into the in-memory Apps
 * Script service with a demo OKR sheet and a demo KPI sheet (or a CSV/TSV given as
 * `npm start -- path/to/file.csv`), runs Score this sheet on each, and serves a page on 127.0.0.1 that
 * shows the resulting grid with the colours its conditional formatting rules produce, next to the real
 * sidebar (its google.script.run calls go to the same Code.js).
 *
 * A file is loaded the way Sheets imports it in the file's own locale: the engine's decimal-mark vote
 * picks the spreadsheet locale (`fileLocale`), and the in-memory spreadsheet's typed-input parsing reads
 * `1.234,5`, `12,5 %` or `1 234 €` from there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectDelimiter } from '../../shared/detect-delimiter';
import { parseDelimited } from '../../shared/parse-delimited';
import { buildAddOn } from '../build/build-add-on';
import { defaultSettings } from '../../shared/default-settings';
import { settingsRows } from '../../shared/settings-rows';
import { SETTINGS_SHEET_NAME } from '../../shared/settings-sheet-name';
import { createLocalAppsScript, type FixtureCell } from './create-local-apps-script';
import { fileLocale } from './file-locale';
import { listenOnFreePort } from './listen-on-free-port';
import { loadCode, type LoadedCode } from './load-code';
import { parseTypedInput } from './parse-typed-input';
import { seedDemoHistory } from './demo-history';
import { sparklineSvg } from './sparkline-svg';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** The demo sheets, with the as-of date they are meant to be seen at (mid-quarter). */
export const DEMO_AS_OF = '2026-11-16';
const DEMO_FILES: [string, string][] = [
  ['Demo OKRs', path.join(repoRoot, 'tests/fixtures/addon-demo-okr.tsv')],
  ['Demo KPIs', path.join(repoRoot, 'tests/fixtures/addon-demo-kpi.tsv')],
];

/** The port `npm start` tries first when PORT is not set. */
export const DEFAULT_PORT = 8787;

export interface PreviewOptions {
  /** A CSV or TSV file to score instead of the demo sheets. */
  file?: string;
  /** Port on 127.0.0.1 to try first; when it is taken, the next free one (0 = any free port). */
  port?: number;
}

export interface Preview {
  url: string;
  /** The port asked for when it was busy (the preview then took the next free one), else null. */
  busyPort: number | null;
  sheets: string[];
  /** The spreadsheet locale the sheets were loaded in (`en_US`, `de_DE`, `fr_FR`). */
  locale: string;
  close(): Promise<void>;
}

/**
 * A CSV/TSV file as rows of strings, split with the engine's delimiter detection and RFC 4180 reader:
 * UTF-8, or Windows-1252 when UTF-8 gives replacement characters (Excel's plain "CSV"); BOM and trailing
 * blank lines dropped.
 */
export function readTable(file: string): string[][] {
  const bytes = readFileSync(file);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const text = (utf8.includes('\ufffd') ? windows1252(bytes) : utf8).replace(/^\uFEFF/, '');
  const delimiter = /\.tsv$/i.test(file) ? '\t' : (detectDelimiter(text) ?? ',');
  const rows = parseDelimited(text, delimiter).rows;
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.trim() === '')) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest is Latin-1); Node's TextDecoder reads them as Latin-1. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Rows to load with `addSheet(..., { typed: true })` in `locale`, so each cell is stored as Sheets reads
 * it when the file is imported (numbers with the locale's decimal mark and grouping, percents,
 * currencies, dates). Two kinds of text are kept as the team wrote them (written with a leading `'`):
 * what Sheets would take for a formula (`=HYPERLINK(...)`, `- note`), and relative targets such as
 * `+10%` (Sheets would store 0.1, losing the `+` the engine resolves against the start).
 */
export function sheetCells(rows: string[][], locale: string): FixtureCell[][] {
  const typed = { locale, timeZone: 'UTC', currentYear: 2000 };
  return rows.map((r) => r.map((c) => (c.trimStart().startsWith('+') || parseTypedInput(c, typed).kind === 'formula' ? `'${c}` : c)));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Starts the preview: builds, loads, scores, serves. */
export async function preview(options: PreviewOptions = {}): Promise<Preview> {
  const built = await buildAddOn();
  const file = options.file;
  const tables: [string, string[][]][] = file
    ? [[path.basename(file).replace(/\.[^.]+$/, '').slice(0, 90) || 'Data', readTable(file)]]
    : DEMO_FILES.map(([name, demo]): [string, string[][]] => [name, readTable(demo)]);
  const locale = fileLocale(tables.flatMap(([, rows]) => rows.flat()));
  const local = createLocalAppsScript({ htmlDir: built.outDir, locale });
  const sheets = tables.map(([name]) => name);
  for (const [name, rows] of tables) local.addSheet(name, sheetCells(rows, locale), { typed: true });
  if (!file) local.addSheet(SETTINGS_SHEET_NAME, settingsRows({ ...defaultSettings, columns: {}, asOf: DEMO_AS_OF }) as FixtureCell[][]);
  local.removeSheet('Sheet1');
  const code = loadCode(built.codePath, local);
  code.call('onOpen', { authMode: 'FULL' });
  for (const name of sheets) {
    local.select(name, 'A1');
    try {
      code.call('scoreThisSheet');
    } catch (error) {
      console.error(`Score this sheet on "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!file) {
    // Eight weeks of check-ins, so the Trend and Since last check-in columns and the burn-ups show at once.
    seedDemoHistory(local, DEMO_AS_OF);
    local.select(sheets[0]!, 'A1');
    code.call('scoreThisSheet');
  }
  local.select(sheets[0]!, 'A1');

  const server: Server = createServer((req, res) => {
    handle(req, res, { local, code, outDir: built.outDir }).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  const asked = options.port ?? 0;
  const port = await listenOnFreePort(server, asked, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/`,
    busyPort: asked !== 0 && port !== asked ? asked : null,
    sheets,
    locale,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Context {
  local: ReturnType<typeof createLocalAppsScript>;
  code: LoadedCode;
  outDir: string;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname.startsWith('/run/')) {
    const name = decodeURIComponent(url.pathname.slice(5));
    const body = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => resolve(text));
    });
    const args = JSON.parse(body || '[]') as unknown[];
    res.writeHead(200, { 'content-type': 'application/json' });
    try {
      const value = ctx.code.call(name, ...(Array.isArray(args) ? args : []));
      res.end(JSON.stringify({ ok: true, value: value ?? null }));
    } catch (error) {
      res.end(JSON.stringify({ ok: false, value: error instanceof Error ? error.message : String(error) }));
    }
    return;
  }
  if (url.pathname === '/sidebar') {
    const html = readFileSync(path.join(ctx.outDir, 'Sidebar.html'), 'utf8').replace('<head>', `<head><script>${RUN_STUB}</script>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
    return;
  }
  if (url.pathname === '/') {
    const names = ctx.local.sheetNames();
    const active = ctx.local.spreadsheet.getActiveSheet().getName();
    const sheet = url.searchParams.get('sheet') ?? active;
    if (names.includes(sheet) && sheet !== active) ctx.local.select(sheet, 'A1');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(ctx, names.includes(sheet) ? sheet : active));
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/** google.script.run for the preview: each call is a POST to /run/<name>, answered by the loaded Code.js. */
const RUN_STUB = `(function(){
function runner(ok, fail){ return new Proxy({}, { get: function(_t, name){
  if (name === 'withSuccessHandler') return function(fn){ return runner(fn, fail); };
  if (name === 'withFailureHandler') return function(fn){ return runner(ok, fn); };
  return function(){ var args = Array.prototype.slice.call(arguments);
    fetch('/run/' + encodeURIComponent(name), { method: 'POST', body: JSON.stringify(args) })
      .then(function(r){ return r.json(); })
      .then(function(r){ if (name === 'goToRow' || name === 'scoreFromSidebar') parent.postMessage({ reload: true, row: args[1] }, '*');
        if (r.ok) ok && ok(r.value); else fail && fail(new Error(r.value)); })
      .catch(function(e){ fail && fail(e); });
  }; } }); }
window.google = { script: { run: runner(null, null), host: { close: function(){} } } };
})();`;

function page(ctx: Context, sheetName: string): string {
  const sheet = ctx.local.sheet(sheetName);
  const display = sheet.getDataRange().getDisplayValues() as string[][];
  const looks = ctx.local.evaluateConditionalFormats(sheetName);
  const width = display.reduce((w, r) => Math.max(w, r.length), 0);
  const frozen = ctx.local.sheetInfo(sheetName).frozenRows;
  const letters = Array.from({ length: width }, (_, i) => {
    let n = i + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  });
  const rows = display
    .map((row, r) => {
      const cells = row
        .map((text, c) => {
          const look = looks[r]?.[c];
          const stored = ctx.local.cell(sheetName, `${letters[c]}${r + 1}`);
          const style = [
            look?.background ? `background:${look.background}` : stored?.background ? `background:${stored.background}` : '',
            look?.fontColor ? `color:${look.fontColor}` : '',
            look?.bold || stored?.fontWeight === 'bold' || r < frozen ? 'font-weight:bold' : '',
          ]
            .filter(Boolean)
            .join(';');
          const spark = stored?.formula ? sparklineSvg(ctx.local, sheetName, stored.formula) : null;
          return `<td style="${style}">${spark ?? escapeHtml(text)}</td>`;
        })
        .join('');
      return `<tr id="r${r + 1}"><th>${r + 1}</th>${cells}</tr>`;
    })
    .join('\n');
  const tabs = ctx.local
    .sheetNames()
    .map((n) => `<a href="/?sheet=${encodeURIComponent(n)}" class="${n === sheetName ? 'on' : ''}">${escapeHtml(n)}</a>`)
    .join(' ');
  const toast = ctx.local.toasts.at(-1);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Scorecard preview — ${escapeHtml(sheetName)}</title>
<style>
body{margin:0;font:13px Roboto,Arial,sans-serif;display:flex;height:100vh}
.grid{flex:1;overflow:auto;padding:8px}
.tabs a{display:inline-block;padding:4px 10px;border:1px solid #dadce0;border-bottom:none;color:#202124;text-decoration:none;border-radius:4px 4px 0 0}
.tabs a.on{background:#e8f0fe;font-weight:bold}
table{border-collapse:collapse;margin-top:0}
td,th{border:1px solid #e0e0e0;padding:2px 5px;white-space:nowrap;max-width:150px;overflow:hidden;text-overflow:ellipsis;font-size:12px}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
tr.hit td{outline:2px solid #1a73e8}
.toast{color:#5f6368;margin:6px 0}
iframe{width:320px;border:none;border-left:1px solid #dadce0;height:100vh}
</style></head><body>
<div class="grid">
<div class="tabs">${tabs}</div>
<table><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>
${rows}</table>
${toast ? `<p class="toast">Last toast: ${escapeHtml(toast.message)}</p>` : ''}
</div>
<iframe src="/sidebar" title="Scorecard sidebar"></iframe>
<script>
window.addEventListener('message', function (e) {
  if (!e.data || !e.data.reload) return;
  setTimeout(function () { location.href = '/?sheet=' + encodeURIComponent(${JSON.stringify(sheetName)}) + (e.data.row ? '#r' + e.data.row : ''); location.reload(); }, 150);
});
if (location.hash) { var row = document.querySelector(location.hash); if (row) row.className = 'hit'; }
</script>
</body></html>`;
}

/** The port `npm start` tries first: PORT (0 = any free port), else 8787. */
export function askedPort(env: string | undefined): number {
  const port = Number(env ?? DEFAULT_PORT);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : DEFAULT_PORT;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  preview({ file: file ? path.resolve(process.env.INIT_CWD ?? process.cwd(), file) : undefined, port: askedPort(process.env.PORT) }).then(
    (p) => {
      if (p.busyPort !== null) console.log(`Port ${p.busyPort} is busy; using the next free one.`);
      console.log(`Scorecard preview: ${p.url}  (sheets: ${p.sheets.join(', ')}; locale ${p.locale}) — Ctrl+C to stop`);
      const stop = () => {
        void p.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
