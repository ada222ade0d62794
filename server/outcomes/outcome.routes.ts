import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  consentSchema,
  domainListSchema,
  domainSchema,
  domainSetPutSchema,
  goalPatchSchema,
  goalSchema,
  localDomainPatchSchema,
  measurementInputSchema,
  measurementSchema,
  monitorSchema,
  newConsentSchema,
  newLocalDomainSchema,
  newResidentSchema,
  newTeamSchema,
  outcomeQuerySchema,
  outcomeReportSchema,
  residentCodeSchema,
  residentListQuerySchema,
  residentListSchema,
  residentPatchSchema,
  residentSchema,
  teamListSchema,
  teamMemberPutSchema,
  teamPatchSchema,
  teamSchema,
} from '../../shared/api/outcomes.schema.js';
import { csvLine } from '../exports/csv.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import {
  addConsent,
  addLocalDomain,
  auditExport,
  changeGoal,
  changeLocalDomain,
  changeResident,
  chooseDomainSet,
  createResident,
  createTeam,
  EXPORT_COLUMNS,
  exportRows,
  listOwnResidents,
  newResidentCode,
  outcomeReport,
  putMember,
  readDomains,
  readMonitor,
  readTeams,
  removeMember,
  removeResident,
  renameTeamOf,
  saveConversation,
  teamLeadReport,
  today,
  withdrawConsentOf,
} from './outcome.service.js';

const tags = ['Leefgebieden-monitor'];
const setup = 'organisatie.instellen' as const;
const dossier = 'clientdossiers.lezen' as const;
const figures = 'cijfers.lezen' as const;
const idParams = z.object({ id: uuid });
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema };

/** The staff API of the Leefgebieden-monitor (routes listed in shared/api/outcomes.schema.ts). */
export const outcomeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  // --- Leefgebieden ---------------------------------------------------------------------------
  app.get(
    '/leefgebieden',
    {
      config: { access: 'session' },
      schema: {
        summary: 'De leefgebieden van de gemeente',
        tags,
        response: { 200: domainListSchema },
      },
    },
    async (request) => asActor(db, request, (trx, actor) => readDomains(trx, actor.tenantId)),
  );

  app.put(
    '/leefgebieden/set',
    {
      config: { access: setup },
      schema: {
        summary: 'De standaardset kiezen (MvO of ZRM)',
        tags,
        body: domainSetPutSchema,
        response: { 200: domainListSchema, 400: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => chooseDomainSet(trx, actor, request.body.set)),
  );

  app.post(
    '/leefgebieden',
    {
      config: { access: setup },
      schema: {
        summary: 'Een eigen leefgebied toevoegen',
        tags,
        body: newLocalDomainSchema,
        response: { 201: domainSchema, ...errors },
      },
    },
    async (request, reply) => {
      const domain = await asActor(db, request, (trx, actor) =>
        addLocalDomain(trx, actor, request.body),
      );
      return reply.code(201).send(domain);
    },
  );

  app.patch(
    '/leefgebieden/:code',
    {
      config: { access: setup },
      schema: {
        summary: 'Een eigen leefgebied aan- of uitzetten',
        tags,
        params: z.object({ code: z.string().max(40) }),
        body: localDomainPatchSchema,
        response: { 200: domainSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeLocalDomain(trx, actor, request.params.code, request.body),
      ),
  );

  // --- Wijkteams ------------------------------------------------------------------------------
  app.get(
    '/wijkteams',
    {
      config: { access: 'session' },
      schema: { summary: 'Wijkteams', tags, response: { 200: teamListSchema } },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) => ({ wijkteams: await readTeams(trx, actor) })),
  );

  app.post(
    '/wijkteams',
    {
      config: { access: setup },
      schema: {
        summary: 'Een wijkteam toevoegen',
        tags,
        body: newTeamSchema,
        response: { 201: teamSchema, ...errors },
      },
    },
    async (request, reply) => {
      const team = await asActor(db, request, (trx, actor) =>
        createTeam(trx, actor, request.body.naam),
      );
      return reply.code(201).send(team);
    },
  );

  app.patch(
    '/wijkteams/:id',
    {
      config: { access: setup },
      schema: {
        summary: 'Een wijkteam hernoemen',
        tags,
        params: idParams,
        body: teamPatchSchema,
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        renameTeamOf(trx, actor, request.params.id, request.body.naam),
      ),
  );

  const memberParams = z.object({ id: uuid, accountId: uuid });
  app.put(
    '/wijkteams/:id/leden/:accountId',
    {
      config: { access: setup },
      schema: {
        summary: 'Een professional lid (of teamleider) van een wijkteam maken',
        tags,
        params: memberParams,
        body: teamMemberPutSchema,
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        putMember(trx, actor, request.params.id, request.params.accountId, request.body.rol),
      ),
  );

  app.delete(
    '/wijkteams/:id/leden/:accountId',
    {
      config: { access: setup },
      schema: {
        summary: 'Een lid uit een wijkteam halen',
        tags,
        params: memberParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) =>
        removeMember(trx, actor, request.params.id, request.params.accountId),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/wijkteams/:id/uitkomsten',
    {
      config: { access: dossier },
      schema: {
        summary: 'Uitkomsten van het eigen wijkteam (alleen voor de teamleider)',
        tags,
        params: idParams,
        response: { 200: outcomeReportSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => teamLeadReport(trx, actor, request.params.id)),
  );

  // --- Residents ------------------------------------------------------------------------------
  app.get(
    '/bewoners',
    {
      config: { access: dossier },
      schema: {
        summary: 'Bewoners van de eigen wijkteams',
        tags,
        querystring: residentListQuerySchema,
        response: { 200: residentListSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) => ({
        bewoners: await listOwnResidents(trx, actor, request.query.wijkteam),
      })),
  );

  app.post(
    '/bewoners',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner toevoegen (met een eigen referentie, zonder naam of BSN)',
        tags,
        body: newResidentSchema,
        response: { 201: residentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const resident = await asActor(db, request, (trx, actor) =>
        createResident(trx, actor, request.body),
      );
      return reply.code(201).send(resident);
    },
  );

  app.get(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'De monitor van een bewoner: metingen, doelen en verandering per leefgebied',
        tags,
        params: idParams,
        response: { 200: monitorSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => readMonitor(trx, actor, request.params.id)),
  );

  app.patch(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner naar een ander eigen wijkteam, of het geboortejaar wijzigen',
        tags,
        params: idParams,
        body: residentPatchSchema,
        response: { 200: residentSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeResident(trx, actor, request.params.id, request.body),
      ),
  );

  app.delete(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner met alle metingen, doelen en toestemmingen verwijderen',
        tags,
        params: idParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) => removeResident(trx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/bewoners/:id/code',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een nieuwe persoonlijke code voor de bewoner (de oude werkt dan niet meer)',
        tags,
        params: idParams,
        response: { 201: residentCodeSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const code = await asActor(db, request, (trx, actor) =>
        newResidentCode(trx, actor, request.params.id),
      );
      return reply.code(201).send(code);
    },
  );

  app.post(
    '/bewoners/:id/toestemmingen',
    {
      config: { access: dossier },
      schema: {
        summary: 'Toestemming van de bewoner vastleggen: een naaste mag punten zetten',
        tags,
        params: idParams,
        body: newConsentSchema,
        response: { 201: consentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const consent = await asActor(db, request, (trx, actor) =>
        addConsent(trx, actor, request.params.id, request.body.naaste),
      );
      return reply.code(201).send(consent);
    },
  );

  app.delete(
    '/bewoners/:id/toestemmingen/:toestemmingId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Toestemming voor een naaste intrekken',
        tags,
        params: z.object({ id: uuid, toestemmingId: uuid }),
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) =>
        withdrawConsentOf(trx, actor, request.params.id, request.params.toestemmingId),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/bewoners/:id/metingen',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een gesprek vastleggen: punten per leefgebied, zelfredzaamheid, doelen',
        tags,
        params: idParams,
        body: measurementInputSchema,
        response: { 201: measurementSchema, ...errors },
      },
    },
    async (request, reply) => {
      const measurement = await asActor(db, request, (trx, actor) =>
        saveConversation(trx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(measurement);
    },
  );

  app.put(
    '/bewoners/:id/metingen/:metingId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een meting verbeteren',
        tags,
        params: z.object({ id: uuid, metingId: uuid }),
        body: measurementInputSchema,
        response: { 200: measurementSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        saveConversation(trx, actor, request.params.id, request.body, request.params.metingId),
      ),
  );

  app.patch(
    '/bewoners/:id/doelen/:doelId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een doel bijwerken (bereikt, niet bereikt, streefdatum)',
        tags,
        params: z.object({ id: uuid, doelId: uuid }),
        body: goalPatchSchema,
        response: { 200: goalSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeGoal(trx, actor, request.params.id, request.params.doelId, request.body),
      ),
  );

  // --- Aggregates -----------------------------------------------------------------------------
  app.get(
    '/uitkomsten',
    {
      config: { access: figures },
      schema: {
        summary: 'Uitkomsten per wijkteam en voor de gemeente (kleine aantallen onderdrukt)',
        tags,
        querystring: outcomeQuerySchema,
        response: { 200: outcomeReportSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        outcomeReport(
          trx,
          actor.tenantId,
          request.query.wijkteam ? { teamIds: [request.query.wijkteam] } : {},
        ),
      ),
  );

  app.get(
    '/uitkomsten/export',
    {
      config: { access: figures },
      schema: {
        summary: 'Uitkomsten per wijkteam en leefgebied als CSV',
        tags,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const rows = await asActor(db, request, async (trx, actor) => {
        const lines = exportRows(await outcomeReport(trx, actor.tenantId));
        await auditExport(trx, actor, lines.length);
        return lines;
      });
      const body = [EXPORT_COLUMNS, ...rows].map((r) => csvLine(r, ',')).join('');
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="uitkomsten-${today()}.csv"`)
        .send(body);
    },
  );
};
