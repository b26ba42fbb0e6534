import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CachedView } from '../types';
import { localDate } from '../local-date';
import { optionsKey } from '../options-key';
import { messages } from '../platform/messages';
import { storage } from '../platform/storage';
import { PopupScreen } from './popup-screen';
import { useCheckIns } from './use-check-ins';

/** A popup opening reads a sheet again only when what is cached is older than this. */
const OPEN_MAX_AGE_MS = 60_000;

/**
 * Wires the popup to storage and the background: paints the views the background scored (read before
 * the first render) when they match the current options, then asks for a refresh, and repaints when
 * they change.
 */
export function PopupApp({ initialView, initialKey }: { initialView: CachedView | null; initialKey: string }) {
  const [view, setView] = useState<CachedView | null>(initialView);
  const [key, setKey] = useState(initialKey);
  const [everyone, setEveryone] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  // What storage holds now: a view saved while the popup was starting (before it listened for
  // changes), or one the refresh rewrote unchanged (no change event), is still shown.
  // A read started before a change event may return what that event replaced: it is then dropped.
  const changes = useRef(0);
  const reload = () => {
    const seen = changes.current;
    return storage.readPopupState().then(
      ({ view: saved, options }) => {
        if (changes.current !== seen) return;
        setKey(optionsKey(options));
        if (saved) setView(saved);
      },
      () => undefined,
    );
  };

  const refresh = (interactive = false, maxAgeMs = 0) => {
    setRefreshing(true);
    void messages
      .requestRefresh(interactive, maxAgeMs)
      .then(reload)
      .finally(() => {
        setRefreshing(false);
        setNow(Date.now());
      });
  };

  useEffect(() => {
    // Paint from the cache first; the refresh (IPC, network) starts after that frame.
    // Opening the popup reads a sheet only when its cache is older than a minute (or failed).
    requestAnimationFrame(() => setTimeout(() => refresh(false, OPEN_MAX_AGE_MS), 0));
    const stop = storage.onChange((change) => {
      changes.current += 1;
      if (change.options) setKey(optionsKey(change.options));
      if (change.view !== undefined) {
        setView(change.view);
        setNow(Date.now());
      }
    });
    void reload();
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);

  // A view scored for other options (a sheet just added, names changed) waits for the fresh one.
  const current = view && view.optionsKey === key ? view : null;
  const shown = current ? (everyone ? current.team : current.mine) : null;

  // For `npm run bench`: when the key results are first in the DOM, and the frame that paints them.
  useLayoutEffect(() => {
    if (shown && shown.sheets.some((s) => s.groups.length > 0) && performance.getEntriesByName('krs-rendered').length === 0) {
      performance.mark('krs-rendered');
      requestAnimationFrame(() => performance.mark('krs-painted'));
    }
  }, [shown]);

  const checkInUnder = useCheckIns(shown);

  return (
    <PopupScreen
      view={shown}
      today={localDate(new Date(now), null)}
      now={now}
      refreshing={refreshing}
      onRefresh={() => refresh()}
      onOptions={messages.openOptions}
      onSignIn={() => refresh(true)}
      onEveryone={setEveryone}
      krExtra={checkInUnder}
    />
  );
}
