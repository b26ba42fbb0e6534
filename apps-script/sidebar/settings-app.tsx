import { useEffect, useState } from 'preact/hooks';
import type { Problem, Settings } from '../../shared/types';
import { MONTH_NAMES } from '../../shared/settings-rows';
import type { Server } from './server-calls';

type PercentKey = 'aspirationalGreen' | 'aspirationalAmber' | 'committedGreen' | 'committedAmber' | 'tolerance';

const PERCENT_FIELDS: { key: PercentKey; label: string; help: string }[] = [
  { key: 'aspirationalGreen', label: 'Aspirational: green at', help: 'share of the target an aspirational KR needs by the end (70%)' },
  { key: 'aspirationalAmber', label: 'Aspirational: amber at', help: '(40%)' },
  { key: 'committedGreen', label: 'Committed: green at', help: '(100%)' },
  { key: 'committedAmber', label: 'Committed: amber at', help: '(70%)' },
  { key: 'tolerance', label: 'KPI tolerance', help: 'how far off target a KPI is amber (10%)' },
];

/** The form's text for each field (percent fields as whole percentages). */
interface FormState {
  percents: Record<PercentKey, string>;
  defaultCommitment: Settings['defaultCommitment'];
  asOf: string;
  locale: string;
  ownerIdentity: Settings['ownerIdentity'];
  /** '' (unset) or the month 1-12, as text. */
  fiscalYearStart: string;
}

function toForm(s: Settings): FormState {
  const percents = {} as Record<PercentKey, string>;
  for (const f of PERCENT_FIELDS) percents[f.key] = String(Math.round(s[f.key] * 1000) / 10);
  return { percents, defaultCommitment: s.defaultCommitment, asOf: s.asOf ?? '', locale: s.locale ?? '', ownerIdentity: s.ownerIdentity, fiscalYearStart: s.fiscalYearStart === null ? '' : String(s.fiscalYearStart) };
}

function fromForm(f: FormState): Partial<Settings> {
  const out: Partial<Settings> = { defaultCommitment: f.defaultCommitment, ownerIdentity: f.ownerIdentity, asOf: f.asOf.trim() || null, locale: f.locale.trim() || null, fiscalYearStart: f.fiscalYearStart ? Number(f.fiscalYearStart) : null };
  for (const field of PERCENT_FIELDS) out[field.key] = Number(f.percents[field.key].replace(',', '.')) / 100;
  return out;
}

/** The Settings dialog: thresholds, tolerance, default commitment, as-of date, locale, owner identity and fiscal year start. */
export function SettingsApp(props: { server: Server; onClose: () => void }) {
  const { server } = props;
  const [form, setForm] = useState<FormState | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [note, setNote] = useState('Loading…');

  useEffect(() => {
    server.getSettings().then(
      (r) => {
        setForm(toForm(r.settings));
        setProblems(r.problems);
        setNote(r.exists ? '' : 'No "Scorecard settings" tab yet: saving creates it.');
      },
      (e: unknown) => setNote(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  if (!form) return <main class="settings"><p class="busy">{note}</p></main>;
  const set = (patch: Partial<FormState>): void => setForm({ ...form, ...patch });

  const save = (e: Event): void => {
    e.preventDefault();
    const values = fromForm(form);
    const bad = PERCENT_FIELDS.filter((f) => !Number.isFinite(values[f.key] as number));
    if (bad.length) {
      setNote(`${bad.map((f) => f.label).join(', ')}: write a number`);
      return;
    }
    setNote('Saving…');
    server.saveSettings(values).then(
      (r) => {
        setProblems(r.problems);
        setNote(r.saved ? 'Saved to the "Scorecard settings" tab.' : 'Not saved — fix the problems below.');
        if (r.saved) setForm(toForm(r.settings));
      },
      (err: unknown) => setNote(err instanceof Error ? err.message : String(err)),
    );
  };

  return (
    <main class="settings">
      <form onSubmit={save}>
        {PERCENT_FIELDS.map((f) => (
          <label class="field" key={f.key}>
            <span>{f.label}</span>
            <input
              type="number"
              step="any"
              min="0"
              max="100"
              name={f.key}
              value={form.percents[f.key]}
              onInput={(e) => set({ percents: { ...form.percents, [f.key]: (e.target as HTMLInputElement).value } })}
            />{' '}
            % <small>{f.help}</small>
          </label>
        ))}
        <label class="field">
          <span>Default commitment</span>
          <select name="defaultCommitment" value={form.defaultCommitment} onChange={(e) => set({ defaultCommitment: (e.target as HTMLSelectElement).value as Settings['defaultCommitment'] })}>
            <option value="aspirational">aspirational</option>
            <option value="committed">committed</option>
          </select>
        </label>
        <label class="field">
          <span>As-of date</span>
          <input type="date" name="asOf" value={form.asOf} onInput={(e) => set({ asOf: (e.target as HTMLInputElement).value })} /> <small>blank = today</small>
        </label>
        <label class="field">
          <span>Locale</span>
          <input type="text" name="locale" value={form.locale} placeholder="e.g. en-US, de-DE" onInput={(e) => set({ locale: (e.target as HTMLInputElement).value })} />{' '}
          <small>blank = the spreadsheet's</small>
        </label>
        <label class="field">
          <span>Owner identity</span>
          <select name="ownerIdentity" value={form.ownerIdentity} onChange={(e) => set({ ownerIdentity: (e.target as HTMLSelectElement).value as Settings['ownerIdentity'] })}>
            <option value="email">email</option>
            <option value="name">name</option>
          </select>
        </label>
        <label class="field">
          <span>Fiscal year starts</span>
          <select name="fiscalYearStart" value={form.fiscalYearStart} onChange={(e) => set({ fiscalYearStart: (e.target as HTMLSelectElement).value })}>
            <option value="">not set</option>
            {MONTH_NAMES.map((name, i) => <option value={String(i + 1)} key={name}>{name}</option>)}
          </select>{' '}
          <small>for FY labels and split years like 2026/27 (not set: FY = calendar year, split years start in July)</small>
        </label>
        <div class="toolbar">
          <button type="submit" class="primary">Save</button>
          <button type="button" onClick={props.onClose}>Close</button>
        </div>
      </form>
      {note && <p class="note" role="status">{note}</p>}
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p, i) => <li class={`problem problem-${p.severity}`} key={i}>{p.message}</li>)}
        </ul>
      )}
    </main>
  );
}
