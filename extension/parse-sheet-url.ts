export type ParsedSheetUrl = { ok: true; spreadsheetId: string; gid: number | null } | { ok: false; error: string };

const ID = /^[A-Za-z0-9_-]{20,}$/;

/**
 * The spreadsheet id (and tab gid, when the link has one) of a Google Sheets link, or a plain error
 * for anything else (a Docs link, a Drive folder, random text).
 *
 * @example
 * parseSheetUrl('https://docs.google.com/spreadsheets/d/1AbC.../edit#gid=42') // { ok: true, spreadsheetId: '1AbC...', gid: 42 }
 */
export function parseSheetUrl(text: string): ParsedSheetUrl {
  const input = text.trim();
  if (!input) return { ok: false, error: 'Paste the link of a Google Sheet (it starts with https://docs.google.com/spreadsheets/d/).' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, error: `"${input.slice(0, 80)}" is not a link. Paste the address of a Google Sheet (https://docs.google.com/spreadsheets/d/…).` };
  }
  const match = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([^/]+)/.exec(url.pathname);
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com' || !match || !ID.test(match[1]!)) {
    return { ok: false, error: 'That is not a Google Sheet link. Open the sheet in Google Sheets and copy the address from the address bar (https://docs.google.com/spreadsheets/d/…).' };
  }
  const gidText = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1];
  return { ok: true, spreadsheetId: match[1]!, gid: gidText === undefined ? null : Number(gidText) };
}
