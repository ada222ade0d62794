import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
} from '../../../../shared/api/results.schema.js';
import { useGemeenteResults, useRoundOverview } from '../../api/results.js';
import { useSession } from '../../api/session.js';
import { Alert } from '../../components/Alert.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { BreakdownSection } from '../../components/results/BreakdownSection.js';
import { ComparisonControls } from '../../components/results/ComparisonControls.js';
import { CountingRuleNote, RoundDownloads } from '../../components/results/Downloads.js';
import { roundHref } from '../../components/results/links.js';
import { QuestionResultCard } from '../../components/results/QuestionResultCard.js';
import { ResponseBlock } from '../../components/results/ResponseBlock.js';
import { ResultsChart } from '../../components/results/ResultsChart.js';
import {
  apiQueryFor,
  figureQuestions,
  groupByTheme,
  resultsSummary,
  searchFromView,
  viewFromSearch,
  viewSummary,
  type ResultsView,
} from '../../components/results/results-model.js';
import { SummaryTable } from '../../components/results/SummaryTable.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/results/results.css';
import '../../components/surveys/surveys.css';

function dimensionFrom(value: string | null): BreakdownDimension | null {
  return BREAKDOWN_DIMENSIONS.find((d) => d === value) ?? null;
}

/** One gemeente's results in full: figures, comparisons, weighting, chart and breakdowns. */
export function GemeenteResultsPage() {
  const { enqueteId = '', cbsCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const session = useSession();
  const view = useMemo(() => viewFromSearch(search), [search]);
  const dimension = dimensionFrom(search.get('uitsplitsing'));
  const results = useGemeenteResults(enqueteId, cbsCode, apiQueryFor(view));
  const overview = useRoundOverview(enqueteId);
  const data = results.data;
  // Before the figures arrive (or when they may not be opened), the name from the overview.
  const fallbackName =
    overview.data?.gemeenten.find((row) => row.gemeente.cbsCode === cbsCode)?.gemeente.naam ??
    cbsCode;
  const gemeenteNaam = data?.gemeente.naam ?? fallbackName;
  usePageTitle(`Resultaten ${gemeenteNaam}`);

  const peers = useMemo(
    () =>
      (overview.data?.gemeenten ?? [])
        .map((row) => row.gemeente)
        .filter((g) => g.cbsCode !== cbsCode)
        .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    [overview.data, cbsCode],
  );

  function apply(next: ResultsView) {
    setSearch(searchFromView(next, search));
  }

  function chooseDimension(next: BreakdownDimension) {
    const params = new URLSearchParams(search);
    params.set('uitsplitsing', next);
    setSearch(params, { preventScrollReset: true });
  }

  const questions = data ? figureQuestions(data) : [];
  const summary = data ? resultsSummary(data) : '';

  return (
    <>
      <Paragraph className="mw-back">
        <Link to={roundHref(enqueteId)}>Overzicht van alle gemeenten</Link>
      </Paragraph>
      <PageHeading>Resultaten {gemeenteNaam}</PageHeading>
      {results.isPending && <LoadingMessage>De resultaten worden geladen…</LoadingMessage>}
      {results.error && !data && <QueryError error={results.error} what="De resultaten" />}
      {data && (
        <>
          <div className="mw-section">
            <Paragraph lead>
              {data.enquete.naam} ({data.enquete.jaar})
            </Paragraph>
            <CountingRuleNote rule={data.telregel} />
          </div>
          <ResponseBlock respons={data.respons} />
          <ComparisonControls
            // A new address (also by the back button) starts the form from that view.
            key={searchFromView(view).toString()}
            view={view}
            peers={peers}
            onApply={apply}
          />
          <div className="mw-section">
            <Paragraph role="status" className="mw-view-status">
              {results.isFetching ? 'De resultaten worden bijgewerkt… ' : ''}
              {viewSummary(view)}
            </Paragraph>
            {results.error && <QueryError error={results.error} what="De nieuwe resultaten" />}
            {data.weging?.gevraagd && (
              <Alert
                type={data.weging.mogelijk ? 'info' : 'warning'}
                title={data.weging.mogelijk ? 'Gewogen cijfers' : 'Wegen is hier niet mogelijk'}
              >
                <Paragraph>{data.weging.toelichting}</Paragraph>
              </Alert>
            )}
            {data.meervoudigToetsen.aantalToetsen > 1 && (
              <Alert type="info" title={`${data.meervoudigToetsen.aantalToetsen} toetsen tegelijk`}>
                <Paragraph>{data.meervoudigToetsen.toelichting}</Paragraph>
              </Alert>
            )}
          </div>
          {questions.length > 0 && (
            <section aria-labelledby="overzicht-kop" className="mw-section">
              <Heading level={2} id="overzicht-kop">
                In één oogopslag
              </Heading>
              <Paragraph>{summary}</Paragraph>
              <div className="mw-chart-and-table">
                <ResultsChart questions={questions} summary={summary} />
                <SummaryTable questions={questions} />
              </div>
            </section>
          )}
          <section aria-labelledby="per-vraag-kop" className="mw-section">
            <Heading level={2} id="per-vraag-kop">
              Per thema en vraag
            </Heading>
            {groupByTheme(data.vragen).map((group) => (
              <section
                key={group.theme}
                aria-labelledby={`thema-${group.theme}`}
                className="mw-section mw-theme"
              >
                <Heading level={3} id={`thema-${group.theme}`}>
                  {group.label}
                </Heading>
                {group.questions.map((question) => (
                  <QuestionResultCard
                    key={question.vraagId}
                    question={question}
                    drempel={data.drempel}
                  />
                ))}
              </section>
            ))}
          </section>
          <BreakdownSection
            key={dimension ?? 'geen'}
            enqueteId={enqueteId}
            cbsCode={cbsCode}
            dimension={dimension}
            onChoose={chooseDimension}
          />
          <RoundDownloads
            enqueteId={enqueteId}
            rule={data.telregel}
            mayDownloadAnswers={session.rechten.includes('onderzoek.uitvoeren')}
            report={{ cbsCode, naam: data.gemeente.naam }}
          />
        </>
      )}
    </>
  );
}
