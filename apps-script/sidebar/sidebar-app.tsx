import { useEffect, useState } from 'preact/hooks';
import type { DashboardData } from '../commands/dashboard-data';
import { countStatuses } from '../../shared/count-statuses';
import { filterKpis, filterObjectives, type DashboardFilter } from './filter-objectives';
import { FiltersBar } from './filters-bar';
import { IdentityForm } from './identity-form';
import { KpiList } from './kpi-list';
import { ObjectiveList } from './objective-list';
import { ProblemList } from './problem-list';
import type { Server } from './server-calls';

function message(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong';
}

/** The Dashboard sidebar: objectives, my KRs, KPIs with trend, and problems with row links. */
export function SidebarApp(props: { server: Server }) {
  const { server } = props;
  const [data, setData] = useState<DashboardData | null>(null);
  const [busy, setBusy] = useState<string>('Loading…');
  const [error, setError] = useState<string>('');
  const [filter, setFilter] = useState<DashboardFilter>({ owner: '', team: '', mine: '' });

  const run = (label: string, call: () => Promise<DashboardData>): void => {
    setBusy(label);
    setError('');
    call().then(
      (d) => {
        setData(d);
        setBusy('');
      },
      (e: unknown) => {
        setError(message(e));
        setBusy('');
      },
    );
  };
  useEffect(() => run('Loading…', () => server.getDashboard()), []);

  const goTo = (row: number): void => {
    if (data) server.goToRow(data.sheetName, row).catch((e: unknown) => setError(message(e)));
  };
  const saveIdentity = (identity: string): void => {
    server.saveMyIdentity(identity).then(
      (saved) => {
        if (data) setData({ ...data, identity: saved });
        setFilter({ ...filter, mine: saved && filter.mine ? saved : '' });
      },
      (e: unknown) => setError(message(e)),
    );
  };

  const objectives = data ? filterObjectives(data.objectives, filter) : [];
  const kpis = data ? filterKpis(data.kpis, filter) : [];
  const counts = countStatuses(data?.kind === 'kpi' ? kpis : objectives.flatMap((o) => o.keyResults));

  return (
    <main class="sidebar">
      <header class="toolbar">
        <button type="button" class="primary" disabled={!!busy} onClick={() => run('Scoring…', () => server.scoreFromSidebar())}>
          Score this sheet
        </button>
        <button type="button" disabled={!!busy} onClick={() => run('Loading…', () => server.getDashboard())}>
          Refresh
        </button>
      </header>
      {busy && <p class="busy">{busy}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {data?.notice && (
        <p class="notice" role="status">
          {data.notice}
        </p>
      )}
      {data && !data.notice && (
        <>
          <p class="sheet">
            <strong>{data.sheetName}</strong> · as of {data.asOf}
          </p>
          <p class="counts">
            <span class="pill pill-green">{counts.green} green</span> <span class="pill pill-amber">{counts.amber} amber</span>{' '}
            <span class="pill pill-red">{counts.red} red</span> <span class="pill pill-grey">{counts.grey} grey</span>
          </p>
          <FiltersBar owners={data.owners} teams={data.teams} filter={filter} identity={data.identity} onChange={setFilter} />
          <IdentityForm identity={data.identity} onSave={saveIdentity} />
          {data.kind === 'okr' ? (
            <section>
              <h2>{filter.mine ? 'My key results' : 'Objectives'}</h2>
              <ObjectiveList objectives={objectives} onRow={goTo} history={data.history} />
            </section>
          ) : (
            <section>
              <h2>KPIs</h2>
              <KpiList kpis={kpis} onRow={goTo} />
            </section>
          )}
          <section>
            <h2>Problems ({data.problems.length})</h2>
            <ProblemList problems={data.problems} onRow={goTo} />
          </section>
        </>
      )}
    </main>
  );
}
