import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cell } from '../../shared/types';

/** A spreadsheet the stand-in serves. Date cells are answered as serial numbers, like Google. */
export interface StandInSpreadsheet {
  title: string;
  timeZone: string;
  tabs: { title: string; sheetId: number; values: Cell[][] }[];
}

/** `ok` answers normally; a number answers every Sheets call with Google's error of that status; `down` drops connections. */
export type StandInMode = 'ok' | 401 | 403 | 404 | 'down';

export interface SheetsApiStandIn {
  /** e.g. `http://127.0.0.1:43123` */
  url: string;
  port: number;
  spreadsheets: Map<string, StandInSpreadsheet>;
  mode: StandInMode;
  /** Milliseconds to wait before answering (a slow network). */
  delayMs: number;
  /** Serve only values:batchGet (spreadsheets.get answers 404), like a values-only proxy. */
  valuesOnly?: boolean;
  /** Request paths (with query) in order. */
  requests: string[];
  close(): Promise<void>;
}

export const STAND_IN_TOKEN = 'test-token';

const ERRORS: Record<number, { message: string; status: string }> = {
  400: { message: 'Invalid request', status: 'INVALID_ARGUMENT' },
  401: { message: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', status: 'UNAUTHENTICATED' },
  403: { message: 'The caller does not have permission', status: 'PERMISSION_DENIED' },
  404: { message: 'Requested entity was not found.', status: 'NOT_FOUND' },
};

/**
 * A local stand-in of the Sheets API v4 answering the way Google documents: values:batchGet with
 * unformatted values (numbers as numbers, dates as serial numbers, booleans), trailing blank cells and
 * rows omitted, no `values` key for an empty range, `range` as `'Tab'!A1:Z1000`; spreadsheets.get with
 * `fields`; Google's error bodies (400 "Unable to parse range" for a missing tab, 401, 403, 404);
 * and the OpenID userinfo endpoint for the email.
 */
export async function sheetsApiStandIn(options: { email?: string; port?: number } = {}): Promise<SheetsApiStandIn> {
  const state: SheetsApiStandIn = {
    url: '',
    port: 0,
    spreadsheets: new Map(),
    mode: 'ok',
    delayMs: 0,
    requests: [],
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    state.requests.push(req.url ?? '');
    if (state.mode === 'down') {
      req.socket.destroy();
      return;
    }
    setTimeout(() => {
      try {
        handle(state, options.email ?? 'ana@example.com', req, res);
      } catch (error) {
        send(res, 500, { error: { code: 500, message: String(error), status: 'INTERNAL' } });
      }
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  state.port = port;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

function handle(state: SheetsApiStandIn, email: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors()).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://stand-in');
  if (req.headers.authorization !== `Bearer ${STAND_IN_TOKEN}`) return error(res, 401);
  if (url.pathname === '/oauth2/v3/userinfo') {
    send(res, 200, { sub: '1234567890', email, email_verified: true });
    return;
  }
  const match = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(url.pathname);
  if (!match || req.method !== 'GET') return error(res, 404);
  if (typeof state.mode === 'number') return error(res, state.mode);
  const spreadsheetId = decodeURIComponent(match[1]!);
  const spreadsheet = state.spreadsheets.get(spreadsheetId);
  if (!spreadsheet) return error(res, 404);
  if (!match[2]) {
    if (state.valuesOnly) return error(res, 404);
    send(res, 200, {
      spreadsheetId,
      properties: { title: spreadsheet.title, timeZone: spreadsheet.timeZone },
      sheets: spreadsheet.tabs.map((t) => ({ properties: { sheetId: t.sheetId, title: t.title } })),
    });
    return;
  }
  const ranges = url.searchParams.getAll('ranges');
  const valueRanges = [];
  for (const range of ranges) {
    // A range without a tab name (`A1:B2`) reads the first tab, as Google does.
    const tabName = range.includes('!') || !/^\$?[A-Z]+\$?\d*(:\$?[A-Z]+\$?\d*)?$/i.test(range) ? rangeTab(range) : spreadsheet.tabs[0]?.title;
    const tab = spreadsheet.tabs.find((t) => t.title === tabName);
    if (!tab) {
      send(res, 400, { error: { code: 400, message: `Unable to parse range: ${range}`, status: 'INVALID_ARGUMENT' } });
      return;
    }
    const grid = { columns: Math.max(26, ...tab.values.map((r) => r.length)), rows: Math.max(1000, tab.values.length) };
    const lastColumn = Math.min(grid.columns, rangeLastColumn(range) ?? grid.columns);
    const values = googleValues(tab.values.map((r) => r.slice(0, lastColumn)), url.searchParams.get('valueRenderOption') ?? 'FORMATTED_VALUE');
    const entry: Record<string, unknown> = { range: `${quote(tab.title)}!A1:${columnName(lastColumn)}${grid.rows}`, majorDimension: 'ROWS' };
    if (values.length) entry.values = values;
    valueRanges.push(entry);
  }
  send(res, 200, { spreadsheetId, valueRanges });
}

/** The tab a range names: `'Tab'`, `Tab`, `'Tab'!A1:Z` or `Tab!A:Z`. */
function rangeTab(range: string): string {
  const quoted = /^'((?:[^']|'')*)'(?:!.*)?$/.exec(range);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const bang = range.lastIndexOf('!');
  return bang >= 0 ? range.slice(0, bang) : range;
}

/** The last column (1-based) of a range like `'Tab'!A:ZZ`, `Tab!A1:B20` or `A1:B2`, or null for the whole tab. */
function rangeLastColumn(range: string): number | null {
  const m = /(?:!|^)\$?[A-Z]+\$?\d*:\$?([A-Z]+)\$?\d*$/i.exec(range);
  if (!m) return null;
  return [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function quote(title: string): string {
  return /^[A-Za-z0-9_]+$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

function columnName(n: number): string {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

/** Cells as the API answers them: Dates as serial numbers, blanks as '', trailing blanks dropped. */
function googleValues(values: Cell[][], render: string): (string | number | boolean)[][] {
  const rows = values.map((row) => {
    const cells = row.map((cell): string | number | boolean => {
      if (cell === null || cell === undefined) return '';
      if (cell instanceof Date) return cell.getTime() / 86_400_000 + 25569;
      if (render === 'FORMATTED_VALUE') return String(cell);
      return cell;
    });
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function error(res: ServerResponse, code: number): void {
  const e = ERRORS[code] ?? { message: 'Internal error encountered.', status: 'INTERNAL' };
  send(res, code, { error: { code, message: e.message, status: e.status } });
}

function cors(): Record<string, string> {
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, content-type', 'Access-Control-Allow-Methods': 'GET, OPTIONS' };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...cors() });
  res.end(JSON.stringify(body));
}
