import type { ExtensionCache, ExtensionOptions } from './types';

/** Options before the user saves any: no sheets, refresh every 30 minutes. */
export const defaultOptions: Readonly<ExtensionOptions> = Object.freeze({ sheets: [], names: [], refreshMinutes: 30 });

/** The cache before the first refresh. */
export const emptyCache: Readonly<ExtensionCache> = Object.freeze({ email: null, sheets: {}, refreshedAt: null });
