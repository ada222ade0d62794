import { useState } from 'react';
import type { Gemeente } from '../../api/tenants.js';
import { Button } from '../Button.js';
import { Checkbox, ChoiceField } from './controls.js';
import type { Province } from './gemeenten.js';

export interface ProvinceGroupProps {
  idPrefix: string;
  province: Province;
  /** The gemeenten of this province that pass the filter. */
  shown: Gemeente[];
  chosen: ReadonlySet<string>;
  filtering: boolean;
  onChange: (codes: string[], chosen: boolean) => void;
}

/** One province as a disclosure, with a shortcut to choose all of its gemeenten at once. */
export function ProvinceGroup(props: ProvinceGroupProps) {
  const { idPrefix, province, shown, chosen, filtering, onChange } = props;
  const [open, setOpen] = useState(false);
  const count = province.gemeenten.filter((g) => chosen.has(g.cbsCode)).length;
  const all = count === province.gemeenten.length;
  const codes = province.gemeenten.map((g) => g.cbsCode);

  return (
    <details
      className="mw-province"
      // While filtering, every province with a match is open: the matches must be visible.
      open={filtering || open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="mw-province__summary">
        {province.naam}{' '}
        <span className="mw-province__count">
          ({count} van {province.gemeenten.length} gekozen)
        </span>
      </summary>
      <div className="mw-province__body">
        <Button onClick={() => onChange(codes, !all)}>
          {all ? `Gemeenten van ${province.naam} weghalen` : `Alle gemeenten van ${province.naam}`}
        </Button>
        <ul className="mw-checkbox-grid">
          {shown.map((gemeente) => {
            const id = `${idPrefix}-${gemeente.cbsCode}`;
            return (
              <li key={gemeente.cbsCode}>
                <ChoiceField id={id} label={gemeente.naam}>
                  <Checkbox
                    id={id}
                    name="gemeenten"
                    value={gemeente.cbsCode}
                    checked={chosen.has(gemeente.cbsCode)}
                    onChange={(event) => onChange([gemeente.cbsCode], event.target.checked)}
                  />
                </ChoiceField>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
