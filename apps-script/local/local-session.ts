import { logCall, type LocalEnv } from './local-env';

export interface LocalSessionOptions {
  /** Active user's email; '' by default, as under the currentonly scope for most users. */
  userEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  userLocale: string;
}

/** `Session`. */
export function localSession(env: LocalEnv, options: LocalSessionOptions) {
  const user = (email: string) => ({ getEmail: () => email, toString: () => 'User' });
  return {
    getActiveUser() {
      logCall(env, 'Session', 'getActiveUser', []);
      return user(options.userEmail);
    },
    getEffectiveUser() {
      logCall(env, 'Session', 'getEffectiveUser', []);
      return user(options.effectiveUserEmail);
    },
    getScriptTimeZone(): string {
      logCall(env, 'Session', 'getScriptTimeZone', []);
      return options.scriptTimeZone;
    },
    getActiveUserLocale(): string {
      logCall(env, 'Session', 'getActiveUserLocale', []);
      return options.userLocale;
    },
    getTemporaryActiveUserKey(): string {
      logCall(env, 'Session', 'getTemporaryActiveUserKey', []);
      return 'local-temporary-user-key';
    },
  };
}
