import type { DashboardFilter } from './filter-objectives';

/** Why "My KRs" is off until a name is saved (shown next to it). */
const MINE_HINT = 'Save your name or email under "Me" to turn on My KRs.';

/** Owner and team filters and the "my KRs" switch (off, with the reason beside it, until a name is saved). */
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
      <label title={props.identity ? `Key results owned by ${props.identity}` : MINE_HINT}>
        <input
          type="checkbox"
          checked={!!filter.mine}
          disabled={!props.identity}
          aria-describedby={props.identity ? undefined : 'mine-hint'}
          onChange={(e) => onChange({ ...filter, mine: (e.target as HTMLInputElement).checked ? props.identity : '' })}
        />{' '}
        My KRs
      </label>
      {!props.identity && (
        <small id="mine-hint" class="hint">
          {MINE_HINT}
        </small>
      )}
    </div>
  );
}
