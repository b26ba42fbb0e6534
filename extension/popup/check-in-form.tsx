import { useEffect, useRef, useState } from 'preact/hooks';

export interface CheckInEntry {
  typed: string;
  confidence: string;
  note: string;
}

export interface CheckInFormProps {
  title: string;
  /** The value to start from (the KR's current value as the popup shows it). */
  initial: string;
  /** How the engine reads what is typed: `45% → score 0.62, on track` (asked of the background). */
  preview: (typed: string) => Promise<string>;
  onSave: (entry: CheckInEntry) => void;
  onCancel: () => void;
}

const CONFIDENCE = ['', 'on track', 'at risk', 'off track', '10', '9', '8', '7', '6', '5', '4', '3', '2', '1'];

/**
 * The check-in form of one KR: the new current value (shown back as the engine reads it before saving),
 * an optional confidence and note. Works with the keyboard alone: the value field has the focus,
 * Enter saves, Esc cancels.
 */
export function CheckInForm({ title, initial, preview, onSave, onCancel }: CheckInFormProps) {
  const [typed, setTyped] = useState(initial);
  const [confidence, setConfidence] = useState('');
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const [reading, setReading] = useState('');
  useEffect(() => {
    let live = true;
    if (!typed.trim()) setReading('');
    else void preview(typed).then((text) => live && setReading(text));
    return () => {
      live = false;
    };
  }, [typed]);
  return (
    <form
      class="check-in"
      aria-label={`Check in: ${title}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (typed.trim()) onSave({ typed, confidence, note });
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <label class="check-in-field">
        <span>New current value</span>
        <input ref={input} type="text" name="current" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autocomplete="off" required />
      </label>
      <p class="check-in-preview" aria-live="polite">{reading}</p>
      <label class="check-in-field">
        <span>Confidence (optional)</span>
        <select name="confidence" value={confidence} onChange={(e) => setConfidence(e.currentTarget.value)}>
          {CONFIDENCE.map((c) => (
            <option key={c} value={c}>{c === '' ? '—' : /^\d+$/.test(c) ? `${c} / 10` : c}</option>
          ))}
        </select>
      </label>
      <label class="check-in-field">
        <span>Note (optional)</span>
        <input type="text" name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} autocomplete="off" maxLength={500} />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={!typed.trim()}>Save</button>
        <button type="button" onClick={onCancel}>Cancel</button>
        <span class="check-in-keys">Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
