import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import type { Monitor } from '../../../../shared/api/outcomes.schema.js';
import { GOAL_STATUS_LABELS } from '../../../../shared/outcomes/vocabulary.js';
import { messageOf } from '../../api/errors.js';
import { queryClient } from '../../api/query-client.js';
import {
  createResidentCode,
  monitorKey,
  patchGoal,
  residentsKey,
  useMonitor,
  withdrawConsent,
  type ResidentCode,
} from '../../api/outcomes.js';
import { Alert } from '../../components/Alert.js';
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
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.js';
import { MarksLineChart } from '../../components/outcomes/MarksLineChart.js';
import { RadarChart } from '../../components/outcomes/RadarChart.js';
import {
  changeSummary,
  formatDay,
  historyRows,
  latestSelfSufficiency,
} from '../../components/outcomes/outcomes-model.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/outcomes/outcomes.css';

function Mark({ value }: { value: number | null }) {
  return <>{value === null ? '–' : value}</>;
}

function HistorySection({ monitor }: { monitor: Monitor }) {
  const rows = historyRows(monitor);
  if (rows.length === 0)
    return <Paragraph>Er is nog geen meting met cijfers van de bewoner.</Paragraph>;
  const summary = changeSummary(monitor);
  return (
    <>
      <Paragraph>{summary}</Paragraph>
      <TableContainer label="Verandering per leefgebied">
        <Table>
          <TableCaption>
            Cijfer van de bewoner per leefgebied (0 = heel ontevreden, 100 = heel blij)
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Leefgebied</TableHeaderCell>
              <TableHeaderCell>Eerste</TableHeaderCell>
              <TableHeaderCell>Vorige</TableHeaderCell>
              <TableHeaderCell>Laatste</TableHeaderCell>
              <TableHeaderCell>Verandering</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.code}>
                <TableHeaderCell scope="row">{row.naam}</TableHeaderCell>
                <TableCell>
                  <Mark value={row.eerste} />
                </TableCell>
                <TableCell>
                  <Mark value={row.vorige} />
                </TableCell>
                <TableCell>
                  <Mark value={row.laatste} />
                </TableCell>
                <TableCell>{row.verandering}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Heading level={3}>Eerste en laatste cijfer</Heading>
      <RadarChart rows={rows} title="Eerste en laatste cijfer per leefgebied" summary={summary} />
      <Heading level={3}>Verloop per leefgebied</Heading>
      <Paragraph small>De cijfers staan ook in de tabel hierboven.</Paragraph>
      <div className="mw-outcome-figures">
        {monitor.veranderingen
          .filter((change) => change.verloop.length > 0)
          .map((change) => (
            <MarksLineChart
              key={change.code}
              naam={change.naam}
              verloop={change.verloop}
              summary={`${change.naam}: ${change.verloop
                .map((v) => `${v.bewoner} op ${formatDay(v.datum)}`)
                .join(', ')}.`}
            />
          ))}
      </div>
    </>
  );
}

function GoalsSection({ monitor }: { monitor: Monitor }) {
  const [feedback, setFeedback] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  async function setStatus(
    goalId: string,
    status: 'bereikt' | 'niet_bereikt' | 'open',
    what: string,
  ) {
    setBusy(goalId);
    try {
      await patchGoal(monitor.bewoner.id, goalId, { status });
      await queryClient.invalidateQueries({ queryKey: monitorKey(monitor.bewoner.id) });
      setFeedback(`Het doel “${what}” staat nu op ${GOAL_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      setFeedback(`Dat is niet gelukt. ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  }
  if (monitor.doelen.length === 0) return <Paragraph>Er zijn nog geen doelen.</Paragraph>;
  return (
    <>
      <Paragraph>
        {monitor.doelenBereikt} van de {monitor.doelen.length} doelen bereikt.
      </Paragraph>
      <div role="status">{feedback && <Paragraph>{feedback}</Paragraph>}</div>
      <TableContainer label="Doelen">
        <Table>
          <TableCaption>Doelen per leefgebied</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Leefgebied</TableHeaderCell>
              <TableHeaderCell>Doel</TableHeaderCell>
              <TableHeaderCell>Streefdatum</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell className="mw-no-print">Wijzigen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {monitor.doelen.map((goal) => (
              <TableRow key={goal.id}>
                <TableCell>{goal.leefgebiedNaam}</TableCell>
                <TableCell>{goal.omschrijving}</TableCell>
                <TableCell>{goal.streefdatum ? formatDay(goal.streefdatum) : 'Geen'}</TableCell>
                <TableCell>
                  {GOAL_STATUS_LABELS[goal.status]}
                  {goal.afgerondOp ? ` (${formatDay(goal.afgerondOp)})` : ''}
                </TableCell>
                <TableCell className="mw-no-print">
                  {goal.status === 'open' ? (
                    <>
                      <Button
                        appearance="subtle"
                        busy={busy === goal.id}
                        aria-label={`Doel “${goal.omschrijving}” bereikt`}
                        onClick={() => void setStatus(goal.id, 'bereikt', goal.omschrijving)}
                      >
                        Bereikt
                      </Button>{' '}
                      <Button
                        appearance="subtle"
                        busy={busy === goal.id}
                        aria-label={`Doel “${goal.omschrijving}” niet bereikt`}
                        onClick={() => void setStatus(goal.id, 'niet_bereikt', goal.omschrijving)}
                      >
                        Niet bereikt
                      </Button>
                    </>
                  ) : (
                    <Button
                      appearance="subtle"
                      busy={busy === goal.id}
                      aria-label={`Doel “${goal.omschrijving}” weer open zetten`}
                      onClick={() => void setStatus(goal.id, 'open', goal.omschrijving)}
                    >
                      Weer open
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

function SelfSufficiencySection({ monitor }: { monitor: Monitor }) {
  const rows = latestSelfSufficiency(monitor.metingen);
  if (rows.length === 0) return <Paragraph>Er is nog geen zelfredzaamheid gescoord.</Paragraph>;
  return (
    <TableContainer label="Zelfredzaamheid">
      <Table>
        <TableCaption>
          Laatste score zelfredzaamheid per leefgebied (ouder dan 30 dagen: verouderd)
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Leefgebied</TableHeaderCell>
            <TableHeaderCell>Score</TableHeaderCell>
            <TableHeaderCell>Datum</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code}>
              <TableHeaderCell scope="row">{row.naam}</TableHeaderCell>
              <TableCell>{row.label}</TableCell>
              <TableCell>
                {formatDay(row.datum)}
                {row.verouderd && <strong className="mw-outdated"> — verouderd</strong>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function LifeSatisfactionSection({ monitor }: { monitor: Monitor }) {
  if (monitor.metingen.length === 0) return <Paragraph>Nog geen metingen.</Paragraph>;
  return (
    <TableContainer label="Metingen">
      <Table>
        <TableCaption>Metingen en tevredenheid met het leven (1 tot en met 10)</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Datum</TableHeaderCell>
            <TableHeaderCell>Soort</TableHeaderCell>
            <TableHeaderCell>Leefgebieden</TableHeaderCell>
            <TableHeaderCell>Tevredenheid met het leven</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {monitor.metingen.map((meting) => (
            <TableRow key={meting.id}>
              <TableHeaderCell scope="row">{formatDay(meting.datum)}</TableHeaderCell>
              <TableCell>{meting.bron === 'gesprek' ? 'Gesprek' : 'Zelf ingevuld'}</TableCell>
              <TableCell>{meting.leefgebieden.map((d) => d.naam).join(', ')}</TableCell>
              <TableCell>{meting.levenstevredenheid ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function ConsentSection({ monitor }: { monitor: Monitor }) {
  const [feedback, setFeedback] = useState<string | null>(null);
  const active = monitor.toestemmingen.filter((t) => t.ingetrokkenOp === null);
  async function withdraw(consentId: string, naaste: string) {
    try {
      await withdrawConsent(monitor.bewoner.id, consentId);
      await queryClient.invalidateQueries({ queryKey: monitorKey(monitor.bewoner.id) });
      setFeedback(`De toestemming voor de naaste (${naaste}) is ingetrokken.`);
    } catch (error) {
      setFeedback(`Dat is niet gelukt. ${messageOf(error)}`);
    }
  }
  return (
    <>
      <div role="status">{feedback && <Paragraph>{feedback}</Paragraph>}</div>
      {active.length === 0 ? (
        <Paragraph>
          Geen toestemming vastgelegd. Leg die in het gesprek vast als de bewoner wil dat een naaste
          ook een cijfer geeft.
        </Paragraph>
      ) : (
        <ul>
          {active.map((consent) => (
            <li key={consent.id}>
              Naaste: {consent.naaste}, vastgelegd door {consent.vastgelegdDoor} op{' '}
              {formatDay(consent.vastgelegdOp.slice(0, 10))}.{' '}
              <Button
                appearance="subtle"
                className="mw-no-print"
                onClick={() => void withdraw(consent.id, consent.naaste)}
              >
                Toestemming {consent.naaste} intrekken
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CodeSection({ monitor }: { monitor: Monitor }) {
  const [code, setCode] = useState<ResidentCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function make() {
    setBusy(true);
    setError(null);
    try {
      setCode(await createResidentCode(monitor.bewoner.id));
      void queryClient.invalidateQueries({ queryKey: residentsKey });
      void queryClient.invalidateQueries({ queryKey: monitorKey(monitor.bewoner.id) });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }
  const link = code ? new URL(code.link, window.location.origin).toString() : '';
  return (
    <>
      <Paragraph>
        Met een persoonlijke code vult de bewoner de monitor zelf in, op{' '}
        {new URL('/monitor', window.location.origin).toString()}.
        {monitor.bewoner.heeftCode &&
          ' De bewoner heeft al een code. Een nieuwe code maakt de oude ongeldig.'}
      </Paragraph>
      <div role="status">
        {code && (
          <Alert type="ok" title="Geef deze code nu aan de bewoner">
            <Paragraph>
              Code: <strong className="mw-code-box">{code.code}</strong>
            </Paragraph>
            <Paragraph>
              Link: <span>{link}</span>
            </Paragraph>
            <Paragraph>
              Schrijf de code op of geef de link mee. U ziet deze code maar één keer: Meetwerk
              bewaart hem niet.
            </Paragraph>
          </Alert>
        )}
      </div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <Button busy={busy} onClick={() => void make()}>
        {monitor.bewoner.heeftCode ? 'Nieuwe persoonlijke code maken' : 'Persoonlijke code maken'}
      </Button>
    </>
  );
}

export function ResidentPage() {
  const { id = '' } = useParams();
  const monitor = useMonitor(id);
  const location = useLocation();
  const saved = (location.state as { opgeslagen?: boolean } | null)?.opgeslagen === true;
  const title = monitor.data ? `Bewoner ${monitor.data.bewoner.referentie}` : 'Bewoner';
  usePageTitle(title);
  if (monitor.isPending) return <LoadingMessage />;
  if (monitor.isError)
    return <QueryError error={monitor.error} what="De gegevens van de bewoner" />;
  const data = monitor.data;
  const resident = data.bewoner;
  return (
    <div className="mw-outcomes-page">
      <Paragraph className="mw-no-print">
        <Link to="/bewoners">Alle bewoners</Link>
      </Paragraph>
      <PageHeading>{title}</PageHeading>
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>Het gesprek is opgeslagen.</Paragraph>
        </Alert>
      )}
      <dl className="mw-facts">
        <dt>Wijkteam</dt>
        <dd>{resident.wijkteam.naam}</dd>
        <dt>Geboortejaar</dt>
        <dd>{resident.geboortejaar ?? 'Onbekend'}</dd>
        <dt>Metingen</dt>
        <dd>{resident.metingen}</dd>
        <dt>Laatste meting</dt>
        <dd>{resident.laatsteMeting ? formatDay(resident.laatsteMeting) : 'Nog geen'}</dd>
        <dt>Naaste</dt>
        <dd>
          {data.naasteToegestaan
            ? `Toestemming voor: ${data.toestemmingen
                .filter((t) => t.ingetrokkenOp === null)
                .map((t) => t.naaste)
                .join(', ')}`
            : 'Geen toestemming vastgelegd'}
        </dd>
      </dl>
      <Paragraph className="mw-no-print">
        <RouterLink
          to={`/bewoners/${resident.id}/gesprek`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          Gesprek voeren
        </RouterLink>{' '}
        <Link to={`/bewoners/${resident.id}/samenvatting`}>Samenvatting om af te drukken</Link>
      </Paragraph>

      <section aria-labelledby="verandering">
        <Heading level={2} id="verandering">
          Verandering per leefgebied
        </Heading>
        <HistorySection monitor={data} />
      </section>
      <section aria-labelledby="doelen">
        <Heading level={2} id="doelen">
          Doelen
        </Heading>
        <GoalsSection monitor={data} />
      </section>
      <section aria-labelledby="zelfredzaamheid">
        <Heading level={2} id="zelfredzaamheid">
          Zelfredzaamheid
        </Heading>
        <SelfSufficiencySection monitor={data} />
      </section>
      <section aria-labelledby="levenstevredenheid">
        <Heading level={2} id="levenstevredenheid">
          Metingen en tevredenheid met het leven
        </Heading>
        <LifeSatisfactionSection monitor={data} />
      </section>
      <section aria-labelledby="toestemming">
        <Heading level={2} id="toestemming">
          Toestemming voor een naaste
        </Heading>
        <ConsentSection monitor={data} />
      </section>
      <section aria-labelledby="code" className="mw-no-print">
        <Heading level={2} id="code">
          Persoonlijke code
        </Heading>
        <CodeSection monitor={data} />
      </section>
    </div>
  );
}
