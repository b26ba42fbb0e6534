import type { ComponentChildren } from 'preact';
import type { KeyResultResult } from '../../shared/types';
import type { PopupView, SheetView } from '../popup-view';
import { relativeAge } from '../relative-age';
import { relativeWait } from '../relative-wait';
import { ObjectiveGroup } from './objective-group';
import { SummaryLine } from './summary-line';

export interface PopupScreenProps {
  /** Null until the background has scored the sheets once. */
  view: PopupView | null;
  /** Today (ISO) for due dates. */
  today: string;
  now: number;
  refreshing: boolean;
  onRefresh: () => void;
  onOptions: () => void;
  onSignIn: () => void;
  onEveryone: (everyone: boolean) => void;
  /** Shown under each KR of a sheet (its trend and check-in). */
  krExtra?: (kr: KeyResultResult, sheet: SheetView) => ComponentChildren;
}

/** The popup: header, state messages, summary, and my key results grouped by objective. */
export function PopupScreen({ view, today, now, refreshing, onRefresh, onOptions, onSignIn, onEveryone, krExtra }: PopupScreenProps) {
  return (
    <main class="popup" aria-busy={refreshing || view === null}>
      <header class="top">
        <h1>{view?.everyone ? 'Team key results' : 'My key results'}</h1>
        {view?.mode === 'demo' ? <span class="demo-tag">Demo</span> : null}
        <button type="button" class="icon-button" onClick={() => (refreshing ? undefined : onRefresh())} aria-busy={refreshing} aria-label="Refresh" title="Refresh">
          <span aria-hidden="true" class={refreshing ? 'spin' : ''}>↻</span>
        </button>
        <button type="button" class="icon-button" onClick={onOptions} aria-label="Options" title="Options">
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      {view === null ? (
        <p class="notice" data-state="loading">Loading your key results…</p>
      ) : (
        <Body view={view} today={today} now={now} refreshing={refreshing} onOptions={onOptions} onSignIn={onSignIn} onEveryone={onEveryone} krExtra={krExtra} />
      )}
    </main>
  );
}

function Body({ view, today, now, refreshing, onOptions, onSignIn, onEveryone, krExtra }: Omit<PopupScreenProps, 'view' | 'onRefresh'> & { view: PopupView }) {
  const several = view.sheets.length > 1;
  return (
    <>
      {view.mode === 'demo' ? (
        <div class="notice notice-demo" role="note" data-state="demo">
          <p>
            <strong>Demo</strong>: these are sample key results. Connect your team's OKR sheet to see your own.
          </p>
          <button type="button" class="primary" onClick={onOptions}>Connect a sheet</button>
        </div>
      ) : null}
      {view.mode === 'loading' ? <p class="notice" data-state="loading">Reading your sheets…</p> : null}
      {view.sheets.map((sheet) => (sheet.error ? <ErrorNotice key={sheet.key} sheet={sheet} now={now} several={several} onSignIn={onSignIn} onOptions={onOptions} /> : null))}
      {view.sheets.map((sheet) =>
        sheet.note && !sheet.error ? (
          <div key={`${sheet.key}-note`} class="notice" data-state="no-key-results">
            <p>{sheet.note}</p>
            <button type="button" onClick={onOptions}>Open options</button>
          </div>
        ) : null,
      )}
      {view.nothingMine && !view.everyone ? (
        <div class="notice" data-state="none-mine">
          <p>
            None of this period's key results is owned by you
            {view.identities.length ? ` (${view.identities.join(', ')})` : ''}.
            {view.identities.length ? '' : ' Add your name in options so the popup knows which are yours.'}
          </p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => onEveryone(true)}>Show the whole team</button>
            <button type="button" onClick={onOptions}>Add my name</button>
          </div>
        </div>
      ) : null}
      {view.mode !== 'loading' && (view.counts.green + view.counts.amber + view.counts.red + view.counts.grey > 0 || view.fetchedAt !== null) ? (
        <SummaryLine counts={view.counts} fetchedAt={view.mode === 'demo' ? null : view.fetchedAt} now={now} refreshing={refreshing} />
      ) : null}
      {view.everyone ? (
        <p class="scope">
          Showing everyone's key results.{' '}
          <button type="button" class="link-button" onClick={() => onEveryone(false)}>Show only mine</button>
        </p>
      ) : null}
      {view.sheets.map((sheet) =>
        sheet.groups.length ? (
          <div class="sheet" key={sheet.key}>
            {several ? <h2 class="sheet-title">{sheet.title}</h2> : null}
            {sheet.groups.map((group) => (
              <ObjectiveGroup key={group.objective.row} group={group} spreadsheetId={sheet.spreadsheetId || null} gid={sheet.gid} today={sheet.fixedAsOf ?? today} showOwner={view.everyone} extra={krExtra ? (kr) => krExtra(kr, sheet) : undefined} />
            ))}
          </div>
        ) : null,
      )}
    </>
  );
}

function ErrorNotice({ sheet, now, several, onSignIn, onOptions }: { sheet: SheetView; now: number; several: boolean; onSignIn: () => void; onOptions: () => void }) {
  const error = sheet.error!;
  return (
    <div class="notice notice-error" role="alert" data-state={error.kind}>
      <p>
        {several ? <strong>{sheet.title}: </strong> : null}
        {error.message}
      </p>
      <p class="notice-age">
        {sheet.fetchedAt === null ? 'No saved data yet.' : `Showing the data saved ${relativeAge(now - sheet.fetchedAt)}.`}
      </p>
      {error.retryAt ? <p class="notice-retry" data-retry-at={error.retryAt}>Trying again {relativeWait(error.retryAt - now)}.</p> : null}
      {error.kind === 'signed-out' ? <button type="button" class="primary" onClick={onSignIn}>Sign in with Google</button> : null}
      {error.kind === 'tab-not-found' || error.kind === 'not-found' ? <button type="button" onClick={onOptions}>Open options</button> : null}
    </div>
  );
}
