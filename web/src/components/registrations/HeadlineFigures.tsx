import type { PressureFigures } from '../../../../shared/api/registrations.schema.js';
import {
  formatCount,
  formatHoursTotal,
  formatRatio,
  formatShare,
  ratioMeaning,
} from './pressure-format.js';
import { waitingText } from './waiting.js';

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <li className="mw-figure">
      <span className="mw-figure__label">{label}</span>
      <span className="mw-figure__value">{value}</span>
      {note && <span className="mw-figure__note">{note}</span>}
    </li>
  );
}

/** A share of residents; hidden below the small-numbers threshold, and saying so. */
function ShareFigure({ label, share }: { label: string; share: number | null }) {
  return share === null ? (
    <Figure label={label} value="–" note="Te weinig contacten om dit te tonen." />
  ) : (
    <Figure label={label} value={formatShare(share)} note="van de contacten" />
  );
}

/** The selection in a few numbers, each with its label; the tables below hold the detail. */
export function HeadlineFigures({ figures }: { figures: PressureFigures }) {
  return (
    <ul className="mw-figures">
      <Figure
        label="Drukratio"
        value={formatRatio(figures.drukratio)}
        note={ratioMeaning(figures.drukratio)}
      />
      <Figure
        label="Vraag"
        value={`${formatHoursTotal(figures.vraagUren)} uur`}
        note={`${formatHoursTotal(figures.geregistreerdeUren)} uur geregistreerd, ${formatHoursTotal(figures.wachtUren)} uur wachtend`}
      />
      <Figure
        label="Effectieve capaciteit"
        value={`${formatHoursTotal(figures.effectieveCapaciteitUren)} uur`}
        note={`${formatHoursTotal(figures.capaciteitUren.totaal)} uur ingezet`}
      />
      <Figure label="Contacten" value={formatCount(figures.contacten)} />
      <Figure
        label="Wachtend aan het eind"
        value={formatCount(figures.wachtend)}
        note={`Wachttijd: mediaan ${waitingText(figures.wachttijdMediaanDagen)}, 90% binnen ${waitingText(figures.wachttijdP90Dagen)}`}
      />
      <ShareFigure label="Niet digitaal vaardig" share={figures.aandeelNietDigitaal} />
      <ShareFigure label="Taalbarrière" share={figures.aandeelTaalbarriere} />
    </ul>
  );
}
