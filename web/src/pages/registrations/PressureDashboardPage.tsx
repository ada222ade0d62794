import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PressureReport } from '../../../../shared/api/registrations.schema.js';
import { pressureHelp } from '../../../../shared/registrations/pressure.js';
import { todayInAmsterdam } from '../../../../shared/registrations/iso-week.js';
import {
  pressureExportHref,
  useLocations,
  usePressure,
  type PressureParams,
} from '../../api/registrations.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { ExternalLink } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { DashboardFilterForm } from '../../components/registrations/DashboardFilterForm.js';
import { HeadlineFigures } from '../../components/registrations/HeadlineFigures.js';
import {
  ComparisonTable,
  PeriodTable,
  TaskMixTable,
} from '../../components/registrations/PressureTables.js';
import { SortedBarChart } from '../../components/registrations/SortedBarChart.js';
import {
  filtersFrom,
  searchFor,
  type DashboardFilters,
} from '../../components/registrations/dashboard-filters.js';
import { formatDay } from '../../components/registrations/dates.js';
import { formatRatio, formatShare } from '../../components/registrations/pressure-format.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/registrations/registrations.css';

/** The unit the whole selection is about: one location, one stadsdeel, or the gemeente. */
function selectionParams(filters: DashboardFilters): PressureParams {
  const niveau = filters.locatie ? 'locatie' : filters.stadsdeel ? 'stadsdeel' : 'gemeente';
  return { ...filters, niveau };
}

export function PressureDashboardPage() {
  usePageTitle('Werkdruk');
  const today = todayInAmsterdam();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search, today);
  const locations = useLocations();
  const selection = usePressure(selectionParams(filters));
  const perLocation = usePressure({ ...filters, niveau: 'locatie' });

  function apply(next: DashboardFilters) {
    setSearch(searchFor(next, today));
  }

  return (
    <>
      <PageHeading>Werkdruk</PageHeading>
      <Paragraph lead>
        Vraag naar cliëntondersteuning tegenover de capaciteit, per stadsdeel en locatie. Alleen
        totalen: geen enkel contact is hier herkenbaar.
      </Paragraph>
      <section aria-labelledby="filters-kop" className="mw-section">
        <Heading level={2} id="filters-kop">
          Filters
        </Heading>
        {locations.error && <QueryError error={locations.error} what="De locaties" />}
        <DashboardFilterForm
          key={search.toString()}
          initial={filters}
          stadsdelen={locations.data?.stadsdelen ?? []}
          locations={locations.data?.locaties ?? []}
          onApply={apply}
        />
      </section>
      {selection.isPending && <LoadingMessage>De cijfers worden berekend…</LoadingMessage>}
      {selection.error && <QueryError error={selection.error} what="De cijfers" />}
      {selection.data && (
        <Report
          report={selection.data}
          filters={filters}
          perLocation={perLocation.data}
          perLocationError={perLocation.error}
        />
      )}
    </>
  );
}

function Report({
  report,
  filters,
  perLocation,
  perLocationError,
}: {
  report: PressureReport;
  filters: DashboardFilters;
  perLocation: PressureReport | undefined;
  perLocationError: unknown;
}) {
  const series = report.reeksen[0];
  const help = pressureHelp(
    report.instellingen.gewichten,
    report.instellingen.standaardMinutenPerAanvraag,
  );
  const grain = report.per === 'week' ? 'week' : 'maand';
  const range = `${formatDay(report.van)} tot en met ${formatDay(report.tot)}`;
  // Every level in one file: locations, their stadsdelen and the gemeente.
  const exportParams: PressureParams = { ...filters, niveau: 'locatie' };
  const comparison = useMemo(
    () =>
      report.vergelijking.map((unit) => ({
        key: unit.sleutel,
        label: unit.naam,
        value: unit.totaal.drukratio,
      })),
    [report.vergelijking],
  );
  const notDigital = useMemo(
    () =>
      report.vergelijking.map((unit) => ({
        key: unit.sleutel,
        label: unit.naam,
        value: unit.totaal.aandeelNietDigitaal,
      })),
    [report.vergelijking],
  );

  return (
    <>
      <section aria-labelledby="selectie-kop" className="mw-section">
        <Heading level={2} id="selectie-kop">
          {series ? series.naam : 'Geen cijfers'}: {range}
        </Heading>
        {series ? (
          <HeadlineFigures figures={series.totaal} />
        ) : (
          <Paragraph>Voor deze selectie zijn er geen locaties.</Paragraph>
        )}
        <details className="mw-help">
          <summary>Hoe berekenen we de werkdruk?</summary>
          <ul className="utrecht-unordered-list">
            {help.map((line) => (
              <li key={line} className="utrecht-unordered-list__item">
                {line}
              </li>
            ))}
          </ul>
          <Paragraph>
            Drempel voor kleine aantallen: {report.drempel} contacten.
            {report.instellingen.standaard
              ? ' De gemeente gebruikt de standaardgewichten.'
              : ' De gemeente heeft eigen gewichten ingesteld.'}
          </Paragraph>
        </details>
        <Paragraph>
          Downloaden:{' '}
          <ExternalLink href={pressureExportHref(exportParams, 'csv')} download>
            cijfers per {grain}, per locatie en stadsdeel (CSV)
          </ExternalLink>{' '}
          ·{' '}
          <ExternalLink href={pressureExportHref(exportParams, 'xlsx')} download>
            cijfers per {grain}, per locatie en stadsdeel (Excel)
          </ExternalLink>
        </Paragraph>
      </section>

      <section aria-labelledby="vergelijking-kop" className="mw-section">
        <Heading level={2} id="vergelijking-kop">
          Stadsdelen vergeleken
        </Heading>
        {filters.stadsdeel ? (
          <Paragraph>
            U bekijkt alleen {filters.stadsdeel}. Kies bij de filters ‘Alle stadsdelen’ om de
            stadsdelen naast elkaar te zien.
          </Paragraph>
        ) : (
          <SortedBarChart
            items={comparison}
            what="Drukratio per stadsdeel"
            format={formatRatio}
            reference={{
              value: 1,
              label: '1 = vraag gelijk aan capaciteit',
              above: 'hebben meer vraag dan capaciteit',
            }}
          />
        )}
        <ComparisonTable
          caption={`Werkdruk per stadsdeel, ${range}`}
          unit="Stadsdeel"
          rows={report.vergelijking}
        />
        {!filters.stadsdeel && (
          <>
            <Heading level={3}>Inwoners die niet digitaal vaardig zijn</Heading>
            <SortedBarChart
              items={notDigital}
              what="Aandeel niet digitaal vaardig per stadsdeel"
              format={formatShare}
            />
          </>
        )}
      </section>

      <section aria-labelledby="locaties-kop" className="mw-section">
        <Heading level={2} id="locaties-kop">
          Per locatie
        </Heading>
        {Boolean(perLocationError) && (
          <QueryError error={perLocationError} what="De cijfers per locatie" />
        )}
        {!perLocation && !perLocationError && (
          <LoadingMessage>De cijfers per locatie worden berekend…</LoadingMessage>
        )}
        {perLocation && (
          <ComparisonTable
            caption={`Werkdruk per locatie, ${range}`}
            unit="Locatie"
            rows={perLocation.reeksen}
            withStadsdeel={!filters.stadsdeel}
          />
        )}
      </section>

      {series && (
        <section aria-labelledby="verloop-kop" className="mw-section">
          <Heading level={2} id="verloop-kop">
            Per {grain}: {series.naam}
          </Heading>
          <PeriodTable
            caption={`Werkdruk per ${grain}, ${series.naam}`}
            periods={series.perioden}
          />
        </section>
      )}

      {series && (
        <section aria-labelledby="taken-kop" className="mw-section">
          <Heading level={2} id="taken-kop">
            Taken: {series.naam}
          </Heading>
          {series.totaal.onderdrukt || series.totaal.taakmix.length === 0 ? (
            <Paragraph>
              Te weinig contacten om de verdeling over taken te tonen (drempel: {report.drempel}).
            </Paragraph>
          ) : (
            <TaskMixTable
              caption={`Taken bij de contacten, ${range}`}
              figures={series.totaal}
              taskNames={report.taaknamen}
            />
          )}
        </section>
      )}
    </>
  );
}
