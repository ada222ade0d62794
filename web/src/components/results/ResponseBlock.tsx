import type { GemeenteResults } from '../../../../shared/api/results.schema.js';
import { Heading } from '../Heading.js';
import { formatCount, formatPct } from './results-model.js';

const CHANNEL_LABELS: Record<string, string> = {
  online: 'Online',
  papier: 'Op papier',
  telefoon: 'Telefonisch',
};

/** Who was asked and who answered: the first thing a reader of figures needs. */
export function ResponseBlock({ respons }: { respons: GemeenteResults['respons'] }) {
  return (
    <section aria-labelledby="respons-kop" className="mw-section">
      <Heading level={2} id="respons-kop">
        Respons
      </Heading>
      <dl className="mw-response">
        <div className="mw-response__item">
          <dt>Uitgenodigd</dt>
          <dd>{formatCount(respons.uitgenodigd)}</dd>
        </div>
        <div className="mw-response__item">
          <dt>Reacties</dt>
          <dd>{formatCount(respons.reacties)}</dd>
        </div>
        <div className="mw-response__item">
          <dt>Respons</dt>
          <dd>{respons.pct === null ? 'onbekend' : formatPct(respons.pct)}</dd>
        </div>
        {respons.perKanaal.map((row) => (
          <div key={row.kanaal} className="mw-response__item">
            <dt>{CHANNEL_LABELS[row.kanaal] ?? row.kanaal}</dt>
            <dd>{formatCount(row.n)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
