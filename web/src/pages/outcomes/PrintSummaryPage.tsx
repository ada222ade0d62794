import { useParams } from 'react-router';
import { useMonitor } from '../../api/outcomes.js';
import { Button } from '../../components/Button.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.js';
import { RadarChart } from '../../components/outcomes/RadarChart.js';
import { formatDay } from '../../components/outcomes/outcomes-model.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/outcomes/outcomes.css';

const PLAIN_DIRECTION = {
  verbeterd: 'Beter',
  gelijk: 'Ongeveer hetzelfde',
  verslechterd: 'Minder goed',
} as const;
const PLAIN_GOAL = { open: 'Nog bezig', bereikt: 'Gelukt', niet_bereikt: 'Niet gelukt' } as const;

/** One page to print and give the resident, in plain words (B1). */
export function PrintSummaryPage() {
  const { id = '' } = useParams();
  const monitor = useMonitor(id);
  usePageTitle('Samenvatting voor de bewoner');
  if (monitor.isPending) return <LoadingMessage />;
  if (monitor.isError)
    return <QueryError error={monitor.error} what="De gegevens van de bewoner" />;
  const data = monitor.data;
  const plainName = new Map<string, string>();
  for (const meting of data.metingen)
    for (const d of meting.leefgebieden) plainName.set(d.code, d.bewonersnaam);
  const withLife = data.metingen.filter((m) => m.levenstevredenheid !== null);
  const firstLife = withLife[0];
  const lastLife = withLife[withLife.length - 1];
  const plainRows = data.veranderingen.map((change) => ({
    code: change.code,
    naam: plainName.get(change.code) ?? change.naam,
    eerste: change.eerste,
    laatste: change.laatste,
  }));
  // The radar, as on the resident page, from three domains with a first and a latest mark on.
  const showRadar = plainRows.filter((r) => r.eerste !== null && r.laatste !== null).length >= 3;
  const compared = data.veranderingen.filter((c) => c.richting !== null);
  const plainCount = (richting: keyof typeof PLAIN_DIRECTION) => {
    const n = compared.filter((c) => c.richting === richting).length;
    return `${n} ${n === 1 ? 'onderwerp' : 'onderwerpen'}`;
  };
  const plainSummary =
    compared.length === 0
      ? 'U heeft nog maar één keer cijfers gegeven.'
      : `Beter: ${plainCount('verbeterd')}. Ongeveer hetzelfde: ${plainCount('gelijk')}. Minder goed: ${plainCount('verslechterd')}.`;
  const first = data.metingen[0];
  const last = data.metingen[data.metingen.length - 1];
  return (
    <div className="mw-print-summary">
      <Paragraph className="mw-no-print">
        <Link to={`/bewoners/${id}`}>Terug naar bewoner {data.bewoner.referentie}</Link>{' '}
        <Button onClick={() => window.print()}>Afdrukken</Button>
      </Paragraph>
      <PageHeading>Hoe gaat het met u?</PageHeading>
      <Paragraph>
        Dit is een samenvatting van uw gesprekken met het {data.bewoner.wijkteam.naam}
        {first && last ? `, van ${formatDay(first.datum)} tot ${formatDay(last.datum)}` : ''}. Uw
        nummer is {data.bewoner.referentie}.
      </Paragraph>
      <Heading level={2}>Uw cijfers</Heading>
      <Paragraph>
        U gaf zelf een cijfer van 0 tot 100. 0 is heel ontevreden, 100 is heel blij.
      </Paragraph>
      {data.veranderingen.length === 0 ? (
        <Paragraph>Er zijn nog geen cijfers.</Paragraph>
      ) : (
        <div className={showRadar ? 'mw-print-summary__marks' : undefined}>
          <Table>
            <TableCaption>Uw cijfers per onderwerp</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Onderwerp</TableHeaderCell>
                <TableHeaderCell>De eerste keer</TableHeaderCell>
                <TableHeaderCell>De laatste keer</TableHeaderCell>
                <TableHeaderCell>Hoe gaat het nu?</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.veranderingen.map((change) => (
                <TableRow key={change.code}>
                  <TableHeaderCell scope="row">
                    {plainName.get(change.code) ?? change.naam}
                  </TableHeaderCell>
                  <TableCell>{change.eerste ?? '–'}</TableCell>
                  <TableCell>{change.laatste ?? '–'}</TableCell>
                  <TableCell>
                    {change.richting
                      ? PLAIN_DIRECTION[change.richting]
                      : 'Nog maar één keer gemeten'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {showRadar && (
            <RadarChart
              rows={plainRows}
              title="Uw cijfers de eerste en de laatste keer"
              summary={plainSummary}
            />
          )}
        </div>
      )}
      {firstLife && lastLife && (
        <Paragraph>
          {firstLife === lastLife
            ? `Uw cijfer voor uw leven: ${firstLife.levenstevredenheid}.`
            : `Uw cijfer voor uw leven was eerst ${firstLife.levenstevredenheid}. De laatste keer was het ${lastLife.levenstevredenheid}.`}
        </Paragraph>
      )}
      <Heading level={2}>Uw doelen</Heading>
      {data.doelen.length === 0 ? (
        <Paragraph>U heeft nog geen doelen.</Paragraph>
      ) : (
        <Table>
          <TableCaption>Uw doelen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Doel</TableHeaderCell>
              <TableHeaderCell>Klaar op</TableHeaderCell>
              <TableHeaderCell>Gelukt?</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.doelen.map((goal) => (
              <TableRow key={goal.id}>
                <TableCell>{goal.omschrijving}</TableCell>
                <TableCell>{goal.streefdatum ? formatDay(goal.streefdatum) : '–'}</TableCell>
                <TableCell>{PLAIN_GOAL[goal.status]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Paragraph>
        Wilt u iets veranderen of heeft u een vraag? Bel of mail het {data.bewoner.wijkteam.naam}.
      </Paragraph>
    </div>
  );
}
