import { useState } from 'react';
import { useNavigate } from 'react-router';
import { queryClient } from '../../api/query-client.js';
import { createResident, residentsKey, useResidents, useTeams } from '../../api/outcomes.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { FormField } from '../../components/FormField.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
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
import { formatDay } from '../../components/outcomes/outcomes-model.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { TextboxField } from '../../forms/TextboxField.js';
import '../../components/outcomes/outcomes.css';

export function ResidentsPage() {
  usePageTitle('Bewoners');
  const residents = useResidents();
  const teams = useTeams();
  const navigate = useNavigate();
  const [referentie, setReferentie] = useState('');
  const [teamId, setTeamId] = useState('');

  const ownTeams = teams.data?.wijkteams.filter((t) => t.eigenRol !== null) ?? [];
  const leadTeams = ownTeams.filter((t) => t.eigenRol === 'teamleider');
  const chosenTeam = teamId || ownTeams[0]?.id || '';

  const form = useFormSubmit({
    // The server checks the reference; its reasons follow its sentence in one message.
    fieldIds: {},
    clearErrorsOnSend: true,
    validate: () => ({
      success: true,
      data: { referentie: referentie.trim(), wijkteamId: chosenTeam },
    }),
    send: async (body) => {
      const created = await createResident(body);
      await queryClient.invalidateQueries({ queryKey: residentsKey });
      return created;
    },
    onSuccess: (created) => void navigate(`/bewoners/${created.id}`),
  });
  const error = form.errors.general;

  return (
    <>
      <PageHeading>Bewoners</PageHeading>
      <Paragraph>
        De bewoners van uw eigen wijkteam. Open een bewoner om de leefgebieden te bekijken of een
        gesprek te voeren.
      </Paragraph>
      {leadTeams.map((team) => (
        <Paragraph key={team.id}>
          <Link to={`/wijkteams/${team.id}/uitkomsten`}>Uitkomsten van {team.naam}</Link>
        </Paragraph>
      ))}
      {residents.isPending ? (
        <LoadingMessage />
      ) : residents.isError ? (
        <QueryError error={residents.error} what="De bewoners" />
      ) : residents.data.length === 0 ? (
        <Paragraph>Er zijn nog geen bewoners in uw wijkteam.</Paragraph>
      ) : (
        <TableContainer label="Bewoners">
          <Table>
            <TableCaption>Bewoners van uw wijkteam ({residents.data.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Referentie</TableHeaderCell>
                <TableHeaderCell>Wijkteam</TableHeaderCell>
                <TableHeaderCell>Metingen</TableHeaderCell>
                <TableHeaderCell>Laatste meting</TableHeaderCell>
                <TableHeaderCell>Persoonlijke code</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {residents.data.map((resident) => (
                <TableRow key={resident.id}>
                  <TableHeaderCell scope="row">
                    <Link to={`/bewoners/${resident.id}`}>{resident.referentie}</Link>
                  </TableHeaderCell>
                  <TableCell>{resident.wijkteam.naam}</TableCell>
                  <TableCell>{resident.metingen}</TableCell>
                  <TableCell>
                    {resident.laatsteMeting ? formatDay(resident.laatsteMeting) : 'Nog geen'}
                  </TableCell>
                  <TableCell>{resident.heeftCode ? 'Ja' : 'Nee'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {ownTeams.length > 0 && (
        <section aria-labelledby="nieuwe-bewoner">
          <Heading level={2} id="nieuwe-bewoner">
            Nieuwe bewoner
          </Heading>
          <form onSubmit={form.onSubmit} noValidate>
            {error && (
              <Alert type="error" role="alert">
                <Paragraph>{error}</Paragraph>
              </Alert>
            )}
            <TextboxField
              id="referentie"
              label="Referentie"
              description="Het dossiernummer van uw team. Gebruik geen naam of BSN."
              autoComplete="off"
              value={referentie}
              onChange={(value) => setReferentie(value)}
            />
            {ownTeams.length > 1 && (
              <FormField id="wijkteam" label="Wijkteam">
                {(control) => (
                  <Select
                    {...control}
                    value={chosenTeam}
                    onChange={(e) => setTeamId(e.target.value)}
                  >
                    {ownTeams.map((team) => (
                      <option key={team.id} value={team.id}>
                        {team.naam}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            )}
            <Button type="submit" appearance="primary-action" busy={form.busy}>
              Bewoner toevoegen
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
