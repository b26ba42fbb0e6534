import type { ColumnConcept } from './types';

/** Header synonyms in English, German, French, Spanish and Portuguese (normalised: lower case, words only). */
const SYNONYMS: [ColumnConcept, string[]][] = [
  ['id', ['id', 'okr id', 'order', '#', 'no', 'nr', 'ref', 'row id', 'goal id', 'objective id', 'kr id', 'key', 'number', 'outline', 'wbs', 'nº', 'n°']],
  ['parent', ['parent', 'parent id', 'parent ids', 'parent row id', 'parent row ids', 'parent goal id', 'parent goal ids', 'parent objective', 'parent okr', 'aligned to', 'aligns to', 'contributes to']],
  ['objective', ['objective', 'objectives', 'objective title', 'objective name', 'goal', 'goals', 'goal title', 'goal name', 'strategic goal', 'strategic objective', 'o', 'ziel', 'ziele', 'objetivo', 'objetivos', 'objectifs', 'okr']],
  ['keyResult', ['key result description', 'kr description', 'key result text', 'key result', 'key results', 'kr', 'krs', 'key result title', 'key result name', 'result', 'schlüsselergebnis', 'schluesselergebnis', 'résultat clé', 'resultat cle', 'résultats clés', 'resultado clave', 'resultado chave', 'resultados chave', 'resultados clave']],
  ['kpi', ['kpi', 'kpis', 'kpi name', 'metric', 'metric name', 'measure', 'indicator', 'kennzahl', 'kennzahlen', 'indicateur', 'indicateurs', 'indicador', 'indicadores', 'métrica', 'metrica', 'financial row', 'line item', 'account', 'kpi title']],
  ['title', ['name', 'title', 'summary', 'item', 'text', 'texto', 'titre', 'titel', 'nombre', 'nome']],
  ['rowType', ['row type', 'item type', 'okr level', 'entry type', 'object type', 'okr object type', 'element type']],
  ['owner', ['responsible person', 'person responsible', 'verantwortlicher', 'porteur', 'owner', 'owners', 'dri', 'assignee', 'assignees', 'responsible', 'lead', 'owner email', 'owner emails', 'owner email id', 'email', 'accountable', 'person', 'who', 'verantwortlich', 'verantwortliche', 'responsable', 'responsables', 'responsável', 'responsavel', 'propriétaire', 'dueño', 'dono']],
  ['team', ['team', 'teams', 'department', 'departments', 'dept', 'responsible dept', 'group', 'squad', 'abteilung', 'équipe', 'equipe', 'equipo', 'área', 'area', 'unit team']],
  ['start', ['startwert', 'valeur de départ', 'valeur de depart', 'start wert', 'start', 'baseline', 'from', 'start value', 'starting value', 'initial value', 'metric start value', 'startvalue', 'initial', 'ausgangswert', 'basislinie', 'basiswert', 'valeur initiale', 'départ', 'linea base', 'línea base', 'valor inicial', 'linha de base', 'base']],
  ['target', ['target', 'target value', 'targets', 'to', 'plan', 'planned', 'metric target value', 'targetvalue', 'zielwert', 'soll', 'objectif', 'cible', 'valeur cible', 'meta', 'metas', 'valor objetivo', 'valor meta', 'budget', 'goal value']],
  ['current', ['progress %', 'completion %', '% done', 'percent done', 'ytd actual', 'actual ytd', 'actuals ytd', 'aktueller wert', 'valeur actuelle', 'current', 'actual', 'actuals', 'value', 'current value', 'currentvalue', 'progress', 'completion', 'percent complete', '% complete', 'complete', 'ist', 'istwert', 'aktuell', 'réel', 'reel', 'réalisé', 'realise', 'actuel', 'valeur', 'real', 'actual value', 'metric current', 'metric current value', 'achieved', 'valor actual', 'valor atual', 'realizado', 'atual', 'resultado', 'now', 'latest', 'realisasi', 'capaian']],
  ['due', ['fälligkeitsdatum', 'faelligkeitsdatum', 'due', 'due date', 'deadline', 'due at', 'end date', 'end', 'expected end date', 'target date', 'by', 'fällig', 'faellig', 'fälligkeit', 'termin', 'échéance', 'echeance', 'date limite', 'fecha límite', 'fecha limite', 'prazo', 'data limite', 'finish', 'finish date']],
  ['startDate', ['start date', 'expected start date', 'begin date', 'starts', 'startdatum', 'date de début', 'fecha de inicio', 'data de início', 'data inicio']],
  ['period', ['period', 'quarter', 'cycle', 'goal cycle', 'timeframe', 'time frame', 'okr period', 'okr cycle', 'periode', 'période', 'periodo', 'período', 'quartal', 'trimestre', 'ciclo', 'time period', 'current period', 'month', 'months', 'reporting month', 'reporting period', 'fiscal period', 'monat', 'mois', 'mes', 'mês', 'year', 'fiscal year', 'jahr', 'année', 'año']],
  ['commitment', ['commitment', 'commitment type', 'committed aspirational', 'objective type', 'okr type', 'type of okr', 'verbindlichkeit', 'engagement', 'compromiso', 'compromisso']],
  ['kind', ['kind', 'kr type', 'kr kind', 'key result type', 'goal type', 'measure type', 'metric type', 'check in type', 'tracking type']],
  ['weight', ['weight', 'weighting', 'weights', 'objective weight', 'kr weight', 'gewichtung', 'gewicht', 'poids', 'pondération', 'peso', 'ponderación']],
  ['confidence', ['confidence', 'confidence level', 'confidencelevel', 'konfidenz', 'zuversicht', 'confiance', 'confianza', 'confiança']],
  ['unit', ['unit', 'units', 'metric unit', 'uom', 'unit of measure', 'einheit', 'unité', 'unite', 'unidad', 'unidade', 'measure unit']],
  ['direction', ['direction', 'polarity', 'better if', 'good if', 'trend direction', 'desired direction', 'richtung', 'sens', 'dirección', 'direccion', 'direção', 'direcao', 'direção meta', 'direcao meta', 'direção da meta', 'direcao da meta', 'sentido']],
  ['status', ['status', 'progress status', 'track status', 'health', 'rag', 'state', 'statut', 'estado', 'situação']],
  ['score', ['score', 'grade', 'scoring', 'bewertung', 'note finale', 'puntuación', 'pontuação']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'description', 'remarks', 'definition', 'details', 'kommentar', 'bemerkung', 'commentaire', 'comentario', 'comentário', 'observações']],
  ['greenAt', ['green at', 'green', 'green threshold', 'green if']],
  ['redAt', ['red at', 'red', 'red threshold', 'red if']],
  ['linkedKpi', ['linked kpi', 'kpi link', 'linked metric', 'source kpi']],
  ['tolerance', ['tolerance', 'tol', 'toleranz']],
  ['date', ['date', 'datum', 'fecha', 'data', 'week', 'as of', 'stand', 'reporting date', 'last updated']],
  ['level', ['level', 'scope', 'okr level', 'ebene', 'niveau', 'nivel']],
  ['scorecardId', ['scorecard id']],
];

const PERIOD_WORD = /^(q[1-4]|h[12]|fy\d{2,4}|\d{4}|ytd|mtd|qtd)$/;

const LOOKUP = new Map<string, ColumnConcept>();
for (const [concept, names] of SYNONYMS) for (const name of names) if (!LOOKUP.has(normalizeHeader(name))) LOOKUP.set(normalizeHeader(name), concept);

/**
 * Lower-cases a header and keeps its words: `Owner_Email_ID*` → `owner email id`.
 * Accents are kept; `%` and `#` survive as words.
 */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^\p{L}\p{N}%#]+/gu, ' ')
    .trim();
}

/**
 * The concept a column header stands for, by synonym (`DRI` → owner, `Ist` → current, `Objectif` → target),
 * or null. `Type`-like headers whose meaning depends on their values return null here; readSheet decides them.
 *
 * @example
 * columnConcept('Owner_Email_ID') // 'owner'
 * columnConcept('Réel') // 'current'
 */
export function columnConcept(header: string): ColumnConcept | null {
  const key = normalizeHeader(header);
  if (!key) return null;
  const direct = LOOKUP.get(key);
  if (direct) return direct;
  // `Metric_Start_Value`, `Start value*`, `Target (Q3)` … : try without a leading `metric`/`kr` or trailing `value`.
  const trimmed = key.replace(/^(metric|kr|okr|objective|kpi) /, '').replace(/ (value|values|text|title)$/, '');
  if (trimmed !== key) {
    const hit = LOOKUP.get(trimmed);
    if (hit) return hit;
  }
  // `Q3 Target`, `Target 2026`, `FY26 Plan`, `Actual YTD`: a period word does not change the concept.
  const words = key.split(' ');
  const plain = words.filter((w) => !PERIOD_WORD.test(w)).join(' ');
  const byPeriod = plain && plain !== key && words.length > 1 ? LOOKUP.get(plain) ?? null : null;
  return byPeriod ?? edgeValueConcept(words);
}

/** Value words that name their concept at either end of a longer header. */
const EDGE_VALUE: Record<string, ColumnConcept> = { target: 'target', baseline: 'start', actual: 'current', actuals: 'current' };
/** Words after a leading value word that do not change what it names (`Actual to date`, `Target 100%`). */
const FILLER = /^(ytd|value|values|amount|total|cumulative|final|\d+%|%)$/;
/** Words that make an edge value word name another period's or plan's figure (`Prior year actual`). */
const OTHER_FIGURE = /^(prior|previous|last|ly|py|budget|budgeted|forecast|plan|planned|original|revised)$/;

/**
 * `end_of_compact_target`, `Annual baseline` (a value word last) and `actual_to_date`, `Target\n100%`
 * (a value word first, then only filler) name the target, start or current value.
 */
function edgeValueConcept(words: string[]): ColumnConcept | null {
  if (words.length < 2 || words.some((w) => OTHER_FIGURE.test(w))) return null;
  const last = EDGE_VALUE[words[words.length - 1]!];
  if (last) return last;
  const first = EDGE_VALUE[words[0]!];
  const rest = words.slice(1).join(' ').replace(/\bto date\b/, 'ytd').split(' ');
  return first && rest.every((w) => FILLER.test(w)) ? first : null;
}
