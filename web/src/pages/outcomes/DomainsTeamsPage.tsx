import { useState, type FormEvent } from 'react';
import type { Team } from '../../../../shared/api/outcomes.schema.js';
import { messageOf } from '../../api/errors.js';
import { queryClient } from '../../api/query-client.js';
import {
  addLocalDomain,
  addTeam,
  domainsKey,
  patchLocalDomain,
  putDomainSet,
  putTeamMember,
  removeTeamMember,
  teamsKey,
  useDomains,
  useTeams,
} from '../../api/outcomes.js';
import { useSession } from '../../api/session.js';
import { useUsers } from '../../api/users.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Fieldset } from '../../components/Fieldset.js';
import { FormField } from '../../components/FormField.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { Select } from '../../components/Select.js';
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
import { usePageTitle } from '../../lib/use-page-title.js';
import { TextboxField } from '../../forms/TextboxField.js';
import '../../components/outcomes/outcomes.css';

const SOURCE_LABEL = { mvo: 'MvO', zrm: 'ZRM', lokaal: 'Eigen' } as const;

function useAction() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(
    action: () => Promise<unknown>,
    done: string,
    keys: readonly (readonly string[])[],
  ) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      setMessage({ ok: true, text: done });
      return true;
    } catch (error) {
      setMessage({ ok: false, text: `Dat is niet gelukt. ${messageOf(error)}` });
      return false;
    } finally {
      setBusy(false);
    }
  }
  const view = (
    <div role="status">
      {message && (
        <Alert type={message.ok ? 'ok' : 'error'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
  return { run, busy, view };
}

function DomainsSection() {
  const domains = useDomains();
  const { run, busy, view } = useAction();
  const [set, setSet] = useState<'mvo' | 'zrm' | null>(null);
  const [naam, setNaam] = useState('');
  if (domains.isPending) return <LoadingMessage />;
  if (domains.isError) return <QueryError error={domains.error} what="De leefgebieden" />;
  const chosen = set ?? domains.data.set;
  async function addDomain(event: FormEvent) {
    event.preventDefault();
    if (await run(() => addLocalDomain(naam.trim()), `${naam.trim()} is toegevoegd.`, [domainsKey]))
      setNaam('');
  }
  return (
    <>
      {view}
      <Fieldset legend="Standaardset van leefgebieden">
        <div className="mw-choice-row">
          {(['mvo', 'zrm'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="set"
                checked={chosen === value}
                onChange={() => setSet(value)}
              />
              {value === 'mvo' ? 'MvO: 7 leefgebieden' : 'ZRM: 13 leefgebieden'}
            </label>
          ))}
        </div>
      </Fieldset>
      <Button
        busy={busy}
        onClick={() =>
          void run(
            () => putDomainSet(chosen),
            `De ${SOURCE_LABEL[chosen]}-set wordt nu gebruikt.`,
            [domainsKey],
          )
        }
      >
        Deze set gebruiken
      </Button>
      <TableContainer label="Leefgebieden">
        <Table>
          <TableCaption>
            Leefgebieden ({SOURCE_LABEL[domains.data.set]}-set en eigen leefgebieden)
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Naam</TableHeaderCell>
              <TableHeaderCell>Naam voor bewoners</TableHeaderCell>
              <TableHeaderCell>Bron</TableHeaderCell>
              <TableHeaderCell>Actief</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {domains.data.leefgebieden.map((domain) => (
              <TableRow key={domain.code}>
                <TableHeaderCell scope="row">{domain.naam}</TableHeaderCell>
                <TableCell>{domain.bewonersnaam}</TableCell>
                <TableCell>{SOURCE_LABEL[domain.bron]}</TableCell>
                <TableCell>
                  {domain.actief ? 'Ja' : 'Nee'}
                  {domain.bron === 'lokaal' && (
                    <>
                      {' '}
                      <Button
                        appearance="subtle"
                        busy={busy}
                        onClick={() =>
                          void run(
                            () => patchLocalDomain(domain.code, !domain.actief),
                            `${domain.naam} is ${domain.actief ? 'uitgezet' : 'weer aangezet'}.`,
                            [domainsKey],
                          )
                        }
                      >
                        {domain.actief ? `${domain.naam} uitzetten` : `${domain.naam} aanzetten`}
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <form onSubmit={(event) => void addDomain(event)} noValidate>
        <TextboxField
          id="nieuw-leefgebied"
          label="Eigen leefgebied toevoegen"
          autoComplete="off"
          value={naam}
          onChange={(value) => setNaam(value)}
        />
        <Button type="submit" busy={busy}>
          Leefgebied toevoegen
        </Button>
      </form>
    </>
  );
}

function TeamCard({
  team,
  professionals,
}: {
  team: Team;
  professionals: { id: string; naam: string }[];
}) {
  const { run, busy, view } = useAction();
  const [accountId, setAccountId] = useState('');
  const [rol, setRol] = useState<'lid' | 'teamleider'>('lid');
  const chosen = accountId || professionals[0]?.id || '';
  return (
    <section className="mw-domain-card" aria-labelledby={`team-${team.id}`}>
      <Heading level={3} id={`team-${team.id}`}>
        {team.naam}
      </Heading>
      <Paragraph>{team.bewoners} bewoners</Paragraph>
      {view}
      {team.leden && team.leden.length > 0 ? (
        <ul>
          {team.leden.map((member) => (
            <li key={member.accountId}>
              {member.naam} ({member.rol}){' '}
              <Button
                appearance="subtle"
                busy={busy}
                onClick={() =>
                  void run(
                    () => removeTeamMember(team.id, member.accountId),
                    `${member.naam} is uit ${team.naam} gehaald.`,
                    [teamsKey],
                  )
                }
              >
                {member.naam} uit het team halen
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Nog geen leden.</Paragraph>
      )}
      {professionals.length > 0 && (
        <>
          <FormField id={`lid-${team.id}`} label={`Professional voor ${team.naam}`}>
            {(control) => (
              <Select {...control} value={chosen} onChange={(e) => setAccountId(e.target.value)}>
                {professionals.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.naam}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id={`rol-${team.id}`} label="Rol in het team">
            {(control) => (
              <Select
                {...control}
                value={rol}
                onChange={(e) => setRol(e.target.value as 'lid' | 'teamleider')}
              >
                <option value="lid">Lid</option>
                <option value="teamleider">Teamleider</option>
              </Select>
            )}
          </FormField>
          <Button
            busy={busy}
            onClick={() =>
              void run(
                () => putTeamMember(team.id, chosen, rol),
                `Het lid van ${team.naam} is opgeslagen.`,
                [teamsKey],
              )
            }
          >
            Lid opslaan in {team.naam}
          </Button>
        </>
      )}
    </section>
  );
}

function TeamsSection() {
  const session = useSession();
  const teams = useTeams();
  const users = useUsers(session.rechten.includes('gebruikers.beheren'));
  const { run, busy, view } = useAction();
  const [naam, setNaam] = useState('');
  if (teams.isPending) return <LoadingMessage />;
  if (teams.isError) return <QueryError error={teams.error} what="De wijkteams" />;
  const professionals = (users.data ?? [])
    .filter((u) => u.rol === 'professional' && u.actief)
    .map((u) => ({ id: u.id, naam: u.naam }));
  async function add(event: FormEvent) {
    event.preventDefault();
    if (await run(() => addTeam(naam.trim()), `${naam.trim()} is toegevoegd.`, [teamsKey]))
      setNaam('');
  }
  return (
    <>
      {teams.data.wijkteams.map((team) => (
        <TeamCard key={team.id} team={team} professionals={professionals} />
      ))}
      {view}
      <form onSubmit={(event) => void add(event)} noValidate>
        <TextboxField
          id="nieuw-team"
          label="Nieuw wijkteam"
          autoComplete="off"
          value={naam}
          onChange={(value) => setNaam(value)}
        />
        <Button type="submit" busy={busy}>
          Wijkteam toevoegen
        </Button>
      </form>
    </>
  );
}

export function DomainsTeamsPage() {
  usePageTitle('Leefgebieden en teams');
  return (
    <>
      <PageHeading>Leefgebieden en teams</PageHeading>
      <section aria-labelledby="kop-leefgebieden">
        <Heading level={2} id="kop-leefgebieden">
          Leefgebieden
        </Heading>
        <DomainsSection />
      </section>
      <section aria-labelledby="kop-teams">
        <Heading level={2} id="kop-teams">
          Wijkteams
        </Heading>
        <TeamsSection />
      </section>
    </>
  );
}
