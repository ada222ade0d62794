import type { Figure } from '../../../../shared/api/results.schema.js';
import { SUPPRESSED, formatCount, formatPct } from './results-model.js';

/**
 * A share positive inside a table cell: "75,3%", with "*" for a signal (fewer than 50 answers)
 * and "–" when it is not shown. Both marks carry words for screen readers; the footnote below
 * the table explains them to everyone.
 */
export function FigureText({ figure, withN = false }: { figure: Figure; withN?: boolean }) {
  if (figure.onderdrukt || figure.pctPositief === null) {
    return (
      <>
        <span aria-hidden="true">{SUPPRESSED}</span>
        <span className="mw-visually-hidden">niet getoond, te weinig antwoorden</span>
      </>
    );
  }
  return (
    <>
      {formatPct(figure.pctPositief)}
      {figure.signaal && (
        <>
          <span aria-hidden="true" className="mw-signal-mark">
            *
          </span>
          <span className="mw-visually-hidden"> (signaal)</span>
        </>
      )}
      {withN && <span className="mw-cell-n"> n = {formatCount(figure.nGeldig)}</span>}
    </>
  );
}

/** The footnote that explains "–" and "*" under a table of figures. */
export function FigureFootnote({ drempel, id }: { drempel: number | null; id?: string }) {
  return (
    <p id={id} className="utrecht-paragraph utrecht-paragraph--small mw-footnote">
      {SUPPRESSED} niet getoond:{' '}
      {drempel === null ? 'te weinig antwoorden' : `minder dan ${drempel} antwoorden`}, of het
      cijfer zou uit de andere cijfers te berekenen zijn. * signaal: minder dan 50 antwoorden, lees
      het als een aanwijzing en niet als een conclusie.
    </p>
  );
}
