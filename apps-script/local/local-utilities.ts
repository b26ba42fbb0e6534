import { randomUUID } from 'node:crypto';
import { formatDate } from './format-date';
import { fail, logLocal, type LocalEnv } from './local-env';

/** `Utilities` (local: not counted). */
export function localUtilities(env: LocalEnv) {
  return {
    formatDate(date: Date, timeZone: string, format: string): string {
      logLocal(env, 'Utilities', 'formatDate', [date, timeZone, format]);
      if (Object.prototype.toString.call(date) !== '[object Date]' || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw fail(env, "The parameters don't match the method signature for Utilities.formatDate.");
      }
      try {
        new Intl.DateTimeFormat('en-US', { timeZone });
      } catch {
        throw fail(env, `Invalid argument: timeZone (${timeZone})`);
      }
      try {
        return formatDate(new Date((date as Date).getTime()), timeZone, format);
      } catch (e) {
        throw fail(env, `Invalid argument: format (${(e as Error).message})`);
      }
    },
    sleep(milliseconds: number): void {
      logLocal(env, 'Utilities', 'sleep', [milliseconds]);
      if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300000) throw fail(env, 'Invalid argument: milliseconds');
    },
    getUuid(): string {
      logLocal(env, 'Utilities', 'getUuid', []);
      return randomUUID();
    },
    formatString(template: string, ...args: unknown[]): string {
      let i = 0;
      return String(template).replace(/%[sdif%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
    },
    base64Encode(data: string): string {
      return Buffer.from(String(data), 'utf8').toString('base64');
    },
    base64Decode(encoded: string): number[] {
      return env.realm.Array.from(Buffer.from(String(encoded), 'base64'));
    },
  };
}

