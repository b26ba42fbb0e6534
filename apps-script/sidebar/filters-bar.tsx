import type { DashboardFilter } from './filter-objectives';

/** Owner and team filters and the "my KRs" switch. */
export function FiltersBar(props: {
  owners: string[];
  teams: string[];
  filter: DashboardFilter;
  identity: string;
  onChange: (filter: DashboardFilter) => void;
}) {
  const { filter, onChange } = props;
  return (
    <div class="filters">
      <label>
        Owner{' '}
        <select value={filter.owner} onChange={(e) => onChange({ ...filter, owner: (e.target as HTMLSelectElement).value })}>
          <option value="">Everyone</option>
          {props.owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <label>
        Team{' '}
        <select value={filter.team} onChange={(e) => onChange({ ...filter, team: (e.target as HTMLSelectElement).value })}>
          <option value="">All teams</option>
          {props.teams.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label title={props.identity ? `Key results owned by ${props.identity}` : 'Save your name or email below first'}>
        <input
          type="checkbox"
          checked={!!filter.mine}
          disabled={!props.identity}
          onChange={(e) => onChange({ ...filter, mine: (e.target as HTMLInputElement).checked ? props.identity : '' })}
        />{' '}
        My KRs
      </label>
    </div>
  );
}
