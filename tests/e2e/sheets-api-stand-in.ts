import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cell } from '../../shared/types';

/** A spreadsheet the stand-in serves. Date cells are answered as serial numbers, like Google. */
export interface StandInSpreadsheet {
  title: string;
  timeZone: string;
  /** `display`: the tab as Sheets shows it (FORMATTED_VALUE answers), when it differs from String(value). */
  tabs: { title: string; sheetId: number; values: Cell[][]; display?: Cell[][] }[];
}

/**
 * `ok` answers normally; a number answers every Sheets call with Google's error of that status (429 and
 * 5xx with `retryAfter` as a `Retry-After` header when set); `down` drops connections.
 */
export type StandInMode = 'ok' | 401 | 403 | 404 | 429 | 500 | 503 | 'down';

/** A write the stand-in accepted or refused, in order. */
export interface StandInWrite {
  method: string;
  /** Path with query. */
  url: string;
  body: unknown;
  status: number;
}

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
  /** `Retry-After` (seconds, or an HTTP date) sent with 429 and 5xx answers, when set. */
  retryAfter?: string;
  /** Request paths (with query) in order. */
  requests: string[];
  /** Write requests (values:batchUpdate, values:append, spreadsheets batchUpdate) with their bodies. */
  writes: StandInWrite[];
  /** Access tokens and the OAuth scopes each was granted (checked per request, like Google). */
  tokens: Map<string, string[]>;
  close(): Promise<void>;
}

export const STAND_IN_TOKEN = 'test-token';
/** The token a test build gets once the person grants the write scope (incremental authorisation). */
export const STAND_IN_WRITE_TOKEN = 'test-token-write';

export const READ_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
export const WRITE_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/** Google's answer to a call whose token lacks the scope the method needs. */
export function insufficientScopesBody(method: string): unknown {
  return {
    error: {
      code: 403,
      message: 'Request had insufficient authentication scopes.',
      errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
          domain: 'googleapis.com',
          metadata: { service: 'sheets.googleapis.com', method: `google.apps.sheets.v4.SpreadsheetsService.${method}` },
        },
      ],
    },
  };
}

const ERRORS: Record<number, { message: string; status: string }> = {
  429: { message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.", status: 'RESOURCE_EXHAUSTED' },
  500: { message: 'Internal error encountered.', status: 'INTERNAL' },
  503: { message: 'The service is currently unavailable.', status: 'UNAVAILABLE' },
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
 * and the OpenID userinfo endpoint for the email. Writes: values:batchUpdate, values:append and
 * spreadsheets batchUpdate (addSheet), with Google's request and answer shapes. Each token carries its
 * OAuth scopes (`tokens`): a write with a read-only token gets Google's 403 "insufficient
 * authentication scopes" answer.
 */
export async function sheetsApiStandIn(options: { email?: string; port?: number } = {}): Promise<SheetsApiStandIn> {
  const state: SheetsApiStandIn = {
    url: '',
    port: 0,
    spreadsheets: new Map(),
    mode: 'ok',
    delayMs: 0,
    requests: [],
    writes: [],
    tokens: new Map([
      [STAND_IN_TOKEN, [READ_SCOPE, EMAIL_SCOPE]],
      [STAND_IN_WRITE_TOKEN, [WRITE_SCOPE, EMAIL_SCOPE]],
    ]),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    state.requests.push(req.url ?? '');
    if (state.mode === 'down') {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setTimeout(() => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          handle(state, options.email ?? 'ana@example.com', req, res, text);
        } catch (error) {
          send(res, 500, { error: { code: 500, message: String(error), status: 'INTERNAL' } });
        }
      }, state.delayMs);
    });
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

function handle(state: SheetsApiStandIn, email: string, req: IncomingMessage, res: ServerResponse, text: string): void {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors()).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const scopes = state.tokens.get(token);
  if (!scopes) return error(res, 401);
  if (url.pathname === '/oauth2/v3/userinfo') {
    if (!scopes.includes(EMAIL_SCOPE)) return error(res, 401);
    send(res, 200, { sub: '1234567890', email, email_verified: true });
    return;
  }
  const write = /^\/v4\/spreadsheets\/([^/:]+?)(?:\/values:batchUpdate|\/values\/([^/]+):append|:batchUpdate)$/.exec(url.pathname);
  if (write && req.method === 'POST') return handleWrite(state, req, res, url, text, scopes);
  // spreadsheets.values.get (one range) is answered as a batchGet of that range, unwrapped.
  const single = /^\/v4\/spreadsheets\/([^/:]+?)\/values\/([^/:]+)$/.exec(url.pathname);
  if (single && req.method === 'GET') url.searchParams.set('ranges', decodeURIComponent(single[2]!));
  const match = single ? [single[0], single[1], '/values:batchGet'] : /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(url.pathname);
  if (!match || req.method !== 'GET') return error(res, 404);
  if (typeof state.mode === 'number') return error(res, state.mode, state.retryAfter);
  if (!scopes.includes(READ_SCOPE) && !scopes.includes(WRITE_SCOPE)) return send(res, 403, insufficientScopesBody(match[2] ? 'BatchGetValues' : 'GetSpreadsheet'));
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
    const render = url.searchParams.get('valueRenderOption') ?? 'FORMATTED_VALUE';
    const values = googleValues(((render === 'FORMATTED_VALUE' && tab.display) || tab.values).map((r) => r.slice(0, lastColumn)), render);
    const entry: Record<string, unknown> = { range: `${quote(tab.title)}!A1:${columnName(lastColumn)}${grid.rows}`, majorDimension: 'ROWS' };
    if (values.length) entry.values = values;
    valueRanges.push(entry);
  }
  send(res, 200, single ? valueRanges[0] : { spreadsheetId, valueRanges });
}

/** The three write methods, with Google's request and answer shapes; every write needs the `spreadsheets` scope. */
function handleWrite(state: SheetsApiStandIn, req: IncomingMessage, res: ServerResponse, url: URL, text: string, scopes: string[]): void {
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    send(res, 400, { error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT' } });
    return;
  }
  const record = (status: number) => state.writes.push({ method: req.method ?? 'POST', url: req.url ?? '', body, status });
  const method = url.pathname.endsWith('/values:batchUpdate') ? 'BatchUpdateValues' : url.pathname.endsWith(':append') ? 'AppendValues' : 'BatchUpdate';
  if (typeof state.mode === 'number') {
    record(state.mode);
    return error(res, state.mode, state.retryAfter);
  }
  if (!scopes.includes(WRITE_SCOPE)) {
    record(403);
    return send(res, 403, insufficientScopesBody(method));
  }
  const spreadsheetId = decodeURIComponent(/^\/v4\/spreadsheets\/([^/:]+)/.exec(url.pathname)![1]!);
  const spreadsheet = state.spreadsheets.get(spreadsheetId);
  if (!spreadsheet) {
    record(404);
    return error(res, 404);
  }
  const fail = (message: string) => {
    record(400);
    send(res, 400, { error: { code: 400, message, status: 'INVALID_ARGUMENT' } });
  };
  if (method === 'BatchUpdate') {
    const requests = (body.requests ?? []) as { addSheet?: { properties?: { title?: string } } }[];
    const replies: unknown[] = [];
    for (const [i, request] of requests.entries()) {
      const title = request.addSheet?.properties?.title;
      if (!request.addSheet || !title) return fail(`Invalid requests[${i}]: only addSheet with a title is served by this stand-in.`);
      if (spreadsheet.tabs.some((t) => t.title.toLowerCase() === title.toLowerCase())) {
        return fail(`Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
      }
    }
    for (const request of requests) {
      const title = request.addSheet!.properties!.title!;
      const sheetId = 1000 + spreadsheet.tabs.length + Math.floor(Math.random() * 1_000_000);
      spreadsheet.tabs.push({ title, sheetId, values: [] });
      replies.push({ addSheet: { properties: { sheetId, title, index: spreadsheet.tabs.length - 1, sheetType: 'GRID', gridProperties: { rowCount: 1000, columnCount: 26 } } } });
    }
    record(200);
    return send(res, 200, { spreadsheetId, replies });
  }
  const input = method === 'AppendValues' ? url.searchParams.get('valueInputOption') : (body.valueInputOption as string | undefined);
  if (input !== 'RAW' && input !== 'USER_ENTERED') return fail("Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"\"");
  if (method === 'AppendValues') {
    const range = decodeURIComponent(/\/values\/([^/]+):append$/.exec(url.pathname)![1]!);
    const tab = spreadsheet.tabs.find((t) => t.title === rangeTab(range));
    if (!tab) return fail(`Unable to parse range: ${range}`);
    const rows = (body.values ?? []) as Cell[][];
    const start = lastFilledRow(tab.values) + 1;
    writeCells(tab.values, start, 1, rows, input);
    const width = Math.max(0, ...rows.map((r) => r.length));
    record(200);
    return send(res, 200, {
      spreadsheetId,
      tableRange: start > 1 ? `${quote(tab.title)}!A1:${columnName(Math.max(width, 1))}${start - 1}` : undefined,
      updates: { spreadsheetId, updatedRange: `${quote(tab.title)}!A${start}:${columnName(width)}${start + rows.length - 1}`, updatedRows: rows.length, updatedColumns: width, updatedCells: rows.reduce((n, r) => n + r.length, 0) },
    });
  }
  const data = (body.data ?? []) as { range?: string; values?: Cell[][] }[];
  const targets = [];
  for (const item of data) {
    const range = item.range ?? '';
    const tab = spreadsheet.tabs.find((t) => t.title === rangeTab(range));
    const start = rangeStart(range);
    if (!tab || !start) return fail(`Unable to parse range: ${range}`);
    targets.push({ tab, start, values: item.values ?? [], range });
  }
  const responses = targets.map(({ tab, start, values }) => {
    writeCells(tab.values, start.row, start.column, values, input);
    const width = Math.max(0, ...values.map((r) => r.length));
    const cells = values.reduce((n, r) => n + r.length, 0);
    return { spreadsheetId, updatedRange: `${quote(tab.title)}!${columnName(start.column)}${start.row}:${columnName(start.column + width - 1)}${start.row + values.length - 1}`, updatedRows: values.length, updatedColumns: width, updatedCells: cells };
  });
  record(200);
  send(res, 200, {
    spreadsheetId,
    totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
    totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
    totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
    totalUpdatedSheets: new Set(targets.map((t) => t.tab.title)).size,
    responses,
  });
}

/** Writes a block of cells at a 1-based row and column. RAW keeps text as typed; USER_ENTERED parses it as the Sheets UI would (a formula evaluates; here `=...` becomes `#NAME?`). */
function writeCells(grid: Cell[][], row: number, column: number, values: Cell[][], input: string): void {
  for (const [r, cells] of values.entries()) {
    while (grid.length < row + r) grid.push([]);
    const target = grid[row - 1 + r]!;
    for (const [c, cell] of cells.entries()) {
      while (target.length < column - 1 + c) target.push('');
      target[column - 1 + c] = input === 'USER_ENTERED' ? userEntered(cell) : cell;
    }
  }
}

function userEntered(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  if (/^[=+\-@]/.test(cell) && cell.length > 1 && !/^[+-]?\d+(\.\d+)?$/.test(cell)) return '#NAME?';
  return /^[+-]?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
}

/** The 1-based row and column where a range like `'Tab'!H5` or `Tab!A14:L14` starts. */
function rangeStart(range: string): { row: number; column: number } | null {
  const m = /!\$?([A-Z]+)\$?(\d+)(?::\$?[A-Z]+\$?\d+)?$/i.exec(range);
  if (!m) return null;
  return { column: [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0), row: Number(m[2]) };
}

/** The last row (1-based) holding a non-blank cell, 0 for an empty tab. */
function lastFilledRow(values: Cell[][]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i]!.some((c) => c !== '' && c !== null && c !== undefined)) return i + 1;
  return 0;
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

function error(res: ServerResponse, code: number, retryAfter?: string): void {
  const e = ERRORS[code] ?? { message: 'Internal error encountered.', status: 'INTERNAL' };
  const busy = code === 429 || code >= 500;
  send(res, code, { error: { code, message: e.message, status: e.status } }, busy && retryAfter ? { 'Retry-After': retryAfter } : {});
}

function cors(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'authorization, content-type',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Expose-Headers': 'Retry-After',
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...cors(), ...headers });
  res.end(JSON.stringify(body));
}
