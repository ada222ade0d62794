import { useState, type FormEvent } from 'react';
import {
  COMPARISON_KINDS,
  COMPARISON_LABELS,
  type ComparisonKind,
} from '../../../../shared/api/results.schema.js';
import { Button } from '../Button.js';
import { Heading } from '../Heading.js';
import { FormFieldErrorMessage } from '../FormFieldErrorMessage.js';
import { Paragraph } from '../Paragraph.js';
import { Checkbox, ChoiceField } from '../surveys/controls.js';
import type { ResultsView } from './results-model.js';

export interface PeerOption {
  cbsCode: string;
  naam: string;
}

export interface ComparisonControlsProps {
  view: ResultsView;
  /** The other gemeenten of the round, for the peer group. */
  peers: readonly PeerOption[];
  onApply: (view: ResultsView) => void;
}

const DESCRIPTIONS: Record<ComparisonKind, string> = {
  vorige: 'Dezelfde gemeente in de vorige ronde.',
  project: 'Het gemiddelde van de andere gemeenten in dit onderzoek.',
  grootteklasse: 'Gemeenten met ongeveer evenveel inwoners.',
  peergroep: 'Gemeenten die u hieronder zelf kiest.',
};

/**
 * What to compare with and whether to weight. The choice only takes effect with the button,
 * and then lands in the address: the back button and a shared link show the same view.
 */
export function ComparisonControls({ view, peers, onApply }: ComparisonControlsProps) {
  const [kinds, setKinds] = useState<ComparisonKind[]>(view.vergelijk);
  const [peerCodes, setPeerCodes] = useState<string[]>(view.peergroep);
  const [weighted, setWeighted] = useState(view.gewogen);
  const [error, setError] = useState<string | undefined>();
  const peerGroupChosen = kinds.includes('peergroep');

  function toggleKind(kind: ComparisonKind, on: boolean) {
    setKinds((current) => COMPARISON_KINDS.filter((k) => (k === kind ? on : current.includes(k))));
    setError(undefined);
  }

  function togglePeer(code: string, on: boolean) {
    setPeerCodes((current) => (on ? [...current, code] : current.filter((c) => c !== code)));
    setError(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (peerGroupChosen && peerCodes.length === 0) {
      setError('Kies minstens één gemeente voor de zelf gekozen groep.');
      // After the message is on screen, so a screen reader reads it with the group.
      window.setTimeout(() => document.getElementById('peergroep')?.focus(), 0);
      return;
    }
    onApply({ vergelijk: kinds, peergroep: peerGroupChosen ? peerCodes : [], gewogen: weighted });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="mw-form mw-compare"
      aria-labelledby="vergelijk-kop"
    >
      <Heading level={2} id="vergelijk-kop">
        Vergelijken en wegen
      </Heading>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          Vergelijken met
        </legend>
        <div className="mw-choice-list">
          {COMPARISON_KINDS.map((kind) => (
            <ChoiceField
              key={kind}
              id={`vergelijk-${kind}`}
              label={COMPARISON_LABELS[kind]}
              description={DESCRIPTIONS[kind]}
            >
              <Checkbox
                id={`vergelijk-${kind}`}
                name="vergelijk"
                value={kind}
                checked={kinds.includes(kind)}
                onChange={(event) => toggleKind(kind, event.target.checked)}
              />
            </ChoiceField>
          ))}
        </div>
      </fieldset>
      {peerGroupChosen && (
        <fieldset
          id="peergroep"
          tabIndex={-1}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'peergroep-fout' : undefined}
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mw-picker"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Gemeenten in de zelf gekozen groep
          </legend>
          {error && <FormFieldErrorMessage id="peergroep-fout">{error}</FormFieldErrorMessage>}
          <Paragraph className="mw-picker__count" role="status">
            {peerCodes.length === 1
              ? '1 gemeente gekozen'
              : `${peerCodes.length} gemeenten gekozen`}
          </Paragraph>
          <ul className="mw-checkbox-grid">
            {peers.map((peer) => (
              <li key={peer.cbsCode}>
                <ChoiceField id={`peer-${peer.cbsCode}`} label={peer.naam}>
                  <Checkbox
                    id={`peer-${peer.cbsCode}`}
                    name="peergroep"
                    value={peer.cbsCode}
                    checked={peerCodes.includes(peer.cbsCode)}
                    onChange={(event) => togglePeer(peer.cbsCode, event.target.checked)}
                  />
                </ChoiceField>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <ChoiceField
        id="gewogen"
        label="Gewogen naar leeftijd en geslacht"
        description="Corrigeert voor groepen die vaker of minder vaak reageerden. U ziet het gewogen cijfer naast het ongewogen cijfer."
      >
        <Checkbox
          id="gewogen"
          name="gewogen"
          checked={weighted}
          onChange={(event) => setWeighted(event.target.checked)}
        />
      </ChoiceField>
      <Button type="submit" appearance="primary-action">
        Vergelijking toepassen
      </Button>
    </form>
  );
}
