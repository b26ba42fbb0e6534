import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The script id `apps-script/.clasp.json` ships with, until `npm run create` (or the person) puts a real one there. */
export const SCRIPT_ID_PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

export interface ClaspReadinessOptions {
  /** The add-on's source `.clasp.json` (apps-script/.clasp.json). */
  claspJson: string;
  /** Where clasp keeps its login: `clasp_config_auth` (a file or a folder holding `.clasprc.json`), else `~/.clasprc.json`. */
  authFile?: string;
}

export interface ClaspReadiness {
  loggedIn: boolean;
  /** The script id, or null when it is missing or still the placeholder. */
  scriptId: string | null;
  /** What to do next, naming the exact command; null when clasp can push. */
  next: string | null;
}

/** clasp's login file, as clasp 3 finds it. */
export function claspAuthFile(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.clasp_config_auth;
  if (configured) return existsSync(configured) && statSync(configured).isDirectory() ? path.join(configured, '.clasprc.json') : configured;
  return path.join(homedir(), '.clasprc.json');
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A login file holds a token: clasp 3's `tokens` by user, or an older clasp's `access_token` / `token`. */
function hasToken(auth: Record<string, unknown> | null): boolean {
  if (!auth) return false;
  const tokens = auth.tokens;
  if (tokens && typeof tokens === 'object' && Object.values(tokens).some((t) => t && typeof t === 'object')) return true;
  return Boolean(auth.access_token) || Boolean(auth.token);
}

/**
 * Whether `clasp push` can work, checked before anything is built or sent: clasp is logged in (its
 * login file holds a token; nothing is asked of Google) and `.clasp.json` names a script (not the
 * placeholder). `next` says the exact command to run otherwise.
 */
export function claspReadiness(options: ClaspReadinessOptions): ClaspReadiness {
  const authFile = options.authFile ?? claspAuthFile();
  const loggedIn = hasToken(readJson(authFile));
  const project = readJson(options.claspJson);
  const id = typeof project?.scriptId === 'string' ? project.scriptId.trim() : '';
  const scriptId = id && id !== SCRIPT_ID_PLACEHOLDER ? id : null;
  const where = path.relative(process.cwd(), options.claspJson) || options.claspJson;
  let next: string | null = null;
  if (!loggedIn) {
    next = `clasp is not logged in (no token in ${authFile}). Run \`npx clasp login\` (it opens a browser once), then run this command again.`;
  } else if (!scriptId) {
    next =
      `${where} has no script id yet (${project ? `scriptId is "${id || 'missing'}"` : 'the file is missing'}). ` +
      'Run `npm run create` to make a new spreadsheet with the add-on bound to it, or put the script id of an existing ' +
      "spreadsheet's Apps Script project (Extensions > Apps Script > Project Settings) there; then `npm run push`.";
  }
  return { loggedIn, scriptId, next };
}

/** The add-on's source `.clasp.json`: `apps-script/.clasp.json`, or SCORECARD_CLASP_JSON (tests use a copy). */
export function sourceClaspJson(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCORECARD_CLASP_JSON || fileURLToPath(new URL('../.clasp.json', import.meta.url));
}
