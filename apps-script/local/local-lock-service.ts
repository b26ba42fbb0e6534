import { fail, logCall, type LocalEnv } from './local-env';

export type LockKind = 'document' | 'script' | 'user';

/** Who holds each lock: this execution, another (simulated) user, or nobody. */
export interface LockState {
  holder: Record<LockKind, 'self' | 'other' | null>;
}

/** `Lock`. Locks of one kind taken in this execution are one lock, as in Apps Script. */
export class LocalLock {
  constructor(
    private readonly env: LocalEnv,
    private readonly kind: LockKind,
    private readonly state: LockState,
  ) {}

  private log(method: string, args: readonly unknown[]): void {
    logCall(this.env, `Lock(${this.kind})`, method, args);
  }

  private checkTimeout(ms: unknown): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw fail(this.env, `Invalid argument: timeoutInMillis (${String(ms)})`);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.log('tryLock', [timeoutInMillis]);
    this.checkTimeout(timeoutInMillis);
    if (this.state.holder[this.kind] === 'other') return false;
    this.state.holder[this.kind] = 'self';
    return true;
  }

  /** Throws when another user holds the lock (no real waiting happens). */
  waitLock(timeoutInMillis: number): void {
    this.log('waitLock', [timeoutInMillis]);
    this.checkTimeout(timeoutInMillis);
    if (this.state.holder[this.kind] === 'other') throw fail(this.env, 'Lock timeout: another process was holding the lock for too long.');
    this.state.holder[this.kind] = 'self';
  }

  hasLock(): boolean {
    this.log('hasLock', []);
    return this.state.holder[this.kind] === 'self';
  }

  releaseLock(): void {
    this.log('releaseLock', []);
    if (this.state.holder[this.kind] === 'self') this.state.holder[this.kind] = null;
  }

  toString(): string {
    return 'Lock';
  }
}

/** `LockService`. */
export function localLockService(env: LocalEnv, state: LockState) {
  return {
    getDocumentLock(): LocalLock {
      logCall(env, 'LockService', 'getDocumentLock', []);
      return new LocalLock(env, 'document', state);
    },
    getScriptLock(): LocalLock {
      logCall(env, 'LockService', 'getScriptLock', []);
      return new LocalLock(env, 'script', state);
    },
    getUserLock(): LocalLock {
      logCall(env, 'LockService', 'getUserLock', []);
      return new LocalLock(env, 'user', state);
    },
  };
}
