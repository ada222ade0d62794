import { markValueText } from './outcomes-model.js';
import { Face } from './Face.js';

export type MarkPerson = 'bewoner' | 'professional' | 'naaste';

/** Shape and word per person, so the marks never differ by colour alone. */
export const PERSON_SYMBOL: Record<MarkPerson, string> = {
  bewoner: '●',
  professional: '■',
  naaste: '◆',
};

export interface LineControlProps {
  id: string;
  person: MarkPerson;
  /** Visible label, e.g. "Uw eigen cijfer". */
  label: string;
  /** The full accessible name, which starts with the visible label. */
  name: string;
  value: number | null;
  onChange: (value: number) => void;
  onClear?: () => void;
}

/**
 * A line from a sad to a happy face, built on a native range input: arrow keys move it by 1,
 * Page Up and Page Down by 10, Home and End to the ends; touch and mouse work as well, and
 * screen readers hear the value in words.
 */
export function LineControl({
  id,
  person,
  label,
  name,
  value,
  onChange,
  onClear,
}: LineControlProps) {
  const placed = value !== null;
  return (
    <div className={`mw-line mw-line--${person}${placed ? '' : ' mw-line--unset'}`}>
      <label htmlFor={id} className="mw-line__label">
        <span className="mw-line__symbol" aria-hidden="true">
          {PERSON_SYMBOL[person]}
        </span>{' '}
        {label}
      </label>
      <div className="mw-line__track">
        <Face mood="sad" />
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={value ?? 50}
          aria-label={name}
          aria-valuetext={placed ? markValueText(value) : 'nog niet geplaatst'}
          className="mw-line__input"
          onChange={(event) => onChange(Number(event.target.value))}
          onKeyDown={(event) => {
            // Some browsers move a range by 20% on Page Up/Down: make it 10 points everywhere.
            if (event.key === 'PageUp' || event.key === 'PageDown') {
              event.preventDefault();
              const base = value ?? 50;
              const next = event.key === 'PageUp' ? base + 10 : base - 10;
              onChange(Math.max(0, Math.min(100, next)));
            }
          }}
        />
        <Face mood="happy" />
        <output htmlFor={id} className="mw-line__value" aria-hidden="true">
          {placed ? value : '–'}
        </output>
      </div>
      {!placed && (
        <p className="mw-line__hint">Nog niet geplaatst: schuif of gebruik de pijltjestoetsen.</p>
      )}
      {placed && onClear && (
        <button
          type="button"
          className="mw-line__clear utrecht-button utrecht-button--subtle"
          onClick={onClear}
        >
          {label} wissen
        </button>
      )}
    </div>
  );
}
