/**
 * A promise that settles like `promise`, or rejects with `onTimeout()` after `ms` milliseconds if it has
 * not settled by then (the work itself is not cancelled; its late answer is ignored). For a step a person
 * waits on, so a page never stays on "Adding…" when Google cannot be reached.
 *
 * @example
 * await withTimeout(fetchInfo(), 20_000, () => new Error('Google did not answer')) // info, or that error
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
