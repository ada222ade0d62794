import { useMemo, useState } from 'react';
import { useGemeenten } from '../../api/tenants.js';
import { FormFieldErrorMessage } from '../FormFieldErrorMessage.js';
import { FormField } from '../FormField.js';
import { LoadingMessage } from '../LoadingMessage.js';
import { Paragraph } from '../Paragraph.js';
import { QueryError } from '../QueryError.js';
import { Textbox } from '../Textbox.js';
import { byProvince, matches } from './gemeenten.js';
import { ProvinceGroup } from './ProvinceGroup.js';

export interface GemeentenPickerProps {
  /** Id of the fieldset; the error summary moves focus here. */
  id: string;
  value: readonly string[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}

/**
 * Choosing twenty gemeenten out of 342 by keyboard: a filter box, provinces that fold open,
 * and a shortcut per province. Which gemeenten an organisation may survey is the server's
 * decision; its reason is shown as the error of this field.
 */
export function GemeentenPicker({ id, value, error, onChange }: GemeentenPickerProps) {
  const gemeenten = useGemeenten(true);
  const [filter, setFilter] = useState('');
  const provinces = useMemo(() => byProvince(gemeenten.data ?? []), [gemeenten.data]);
  const chosen = useMemo(() => new Set(value), [value]);
  const errorId = `${id}-fout`;
  const descriptionId = `${id}-beschrijving`;

  function change(codes: string[], add: boolean) {
    const next = new Set(value);
    for (const code of codes) {
      if (add) next.add(code);
      else next.delete(code);
    }
    onChange([...next]);
  }

  const shownProvinces = provinces
    .map((province) => ({
      province,
      shown: province.gemeenten.filter((g) => matches(g, filter)),
    }))
    .filter(({ shown }) => shown.length > 0);

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={[error ? errorId : '', descriptionId].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mw-picker"
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        Gemeenten
      </legend>
      <Paragraph id={descriptionId} className="mw-fieldset-description">
        Kies de gemeenten die meedoen. U kunt alleen gemeenten kiezen waarvoor uw organisatie werkt.
      </Paragraph>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <FormField id={`${id}-zoeken`} label="Zoek een gemeente op naam of CBS-code">
        {(control) => (
          <Textbox
            {...control}
            type="search"
            autoComplete="off"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        )}
      </FormField>
      <Paragraph role="status" className="mw-picker__count">
        {value.length === 1 ? '1 gemeente gekozen' : `${value.length} gemeenten gekozen`}
        {filter.trim() && shownProvinces.length === 0 ? '. Geen gemeente gevonden.' : ''}
      </Paragraph>
      {gemeenten.isPending && <LoadingMessage>De gemeenten worden geladen…</LoadingMessage>}
      {gemeenten.error && <QueryError error={gemeenten.error} what="De gemeenten" />}
      <div className="mw-provinces">
        {shownProvinces.map(({ province, shown }) => (
          <ProvinceGroup
            key={province.naam}
            idPrefix={id}
            province={province}
            shown={shown}
            chosen={chosen}
            filtering={filter.trim() !== ''}
            onChange={change}
          />
        ))}
      </div>
    </fieldset>
  );
}
