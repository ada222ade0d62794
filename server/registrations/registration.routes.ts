import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  capacityListSchema,
  capacityPutSchema,
  capacityQuerySchema,
  capacitySavedSchema,
  importQuerySchema,
  locationListSchema,
  locationPatchSchema,
  locationSchema,
  newLocationSchema,
  newRegistrationCodeSchema,
  newRegistrationSchema,
  registrationCodeListSchema,
  registrationCodePatchSchema,
  registrationCodeSchema,
  registrationFormSchema,
  registrationImportListSchema,
  registrationImportResultSchema,
  registrationListQuerySchema,
  registrationListSchema,
  registrationPatchSchema,
  registrationSchema,
} from '../../shared/api/registrations.schema.js';
import { parseIsoWeek } from '../../shared/registrations/iso-week.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { problems } from '../http/problem.js';
import {
  addLocalCode,
  addLocation,
  capacityOf,
  changeLocation,
  codesOf,
  locationsOf,
  saveCapacity,
  splitCodes,
  switchCode,
} from './catalogue.service.js';
import {
  importCapacity,
  importLocations,
  importRegistrations,
  importsOf,
  presentImport,
  rejectionsCsv,
  type ImportInput,
  type ImportOutcome,
} from './import.service.js';
import {
  changeRegistration,
  createRegistration,
  ownRegistrations,
  registrationForm,
  undoRegistration,
} from './registration.service.js';
import { readUpload, uploadedBytes } from './upload.js';
import { enter, manage, params, tags } from './registration.http.js';
import { waitingRoutes } from './waiting.routes.js';

const UPLOAD_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Registration of client support: codes, locations, capacity, contacts, imports, waiting list. */
export const registrationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, context) => {
  const { db } = context;
  // ---- taxonomy -------------------------------------------------------------------------------
  app.get(
    '/registratiecodes',
    {
      config: { access: 'session' },
      schema: {
        summary: 'De taak- en resultaatcodes van de organisatie, met hun definities',
        description:
          'Standaardcodes (gelijk in elke gemeente) en eigen codes (L-…), ook uitgezette.',
        tags,
        response: { 200: registrationCodeListSchema },
      },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) => splitCodes(await codesOf(trx, actor.tenantId))),
  );

  app.post(
    '/registratiecodes',
    {
      config: { access: manage },
      schema: {
        summary: 'Een eigen taak- of resultaatcode toevoegen',
        tags,
        body: newRegistrationCodeSchema,
        response: { 201: registrationCodeSchema, 400: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const code = await asActor(db, request, (trx, actor) =>
        addLocalCode(trx, actor, request.body),
      );
      return reply.code(201).send(code);
    },
  );

  app.patch(
    '/registratiecodes/:code',
    {
      config: { access: manage },
      schema: {
        summary: 'Een code aan- of uitzetten',
        description: 'De naam en definitie van een code veranderen nooit; alleen aan of uit.',
        tags,
        params: z.object({ code: z.string().min(1).max(30) }),
        body: registrationCodePatchSchema,
        response: { 200: registrationCodeSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        switchCode(trx, actor, request.params.code, request.body.actief),
      ),
  );

  // ---- locations ------------------------------------------------------------------------------
  app.get(
    '/locaties',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Stadsdelen en locaties (wijkcentra, servicepunten)',
        tags,
        response: { 200: locationListSchema },
      },
    },
    async (request) => asActor(db, request, (trx, actor) => locationsOf(trx, actor.tenantId)),
  );

  app.post(
    '/locaties',
    {
      config: { access: manage },
      schema: {
        summary: 'Een locatie toevoegen',
        tags,
        body: newLocationSchema,
        response: { 201: locationSchema, 400: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const location = await asActor(db, request, (trx, actor) =>
        addLocation(trx, actor, request.body),
      );
      return reply.code(201).send(location);
    },
  );

  app.patch(
    '/locaties/:id',
    {
      config: { access: manage },
      schema: {
        summary: 'Naam, stadsdeel of open/gesloten van een locatie wijzigen',
        tags,
        params,
        body: locationPatchSchema,
        response: { 200: locationSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeLocation(trx, actor, request.params.id, request.body),
      ),
  );

  const upload = (
    url: string,
    summary: string,
    columns: string,
    run: (
      trx: Parameters<typeof importLocations>[0],
      who: Parameters<typeof importLocations>[1],
      input: ImportInput,
    ) => Promise<ImportOutcome>,
  ) =>
    app.post(
      url,
      {
        config: { access: manage },
        schema: {
          summary,
          description: `Stuur het bestand als inhoud van het verzoek (Content-Type text/csv of XLSX). Kolommen: ${columns}. Goede rijen worden altijd opgeslagen; van elke afgewezen rij staan rij, veld en reden in het antwoord.`,
          tags,
          querystring: importQuerySchema,
          consumes: UPLOAD_TYPES,
          response: { 201: registrationImportResultSchema, 400: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        const fileName = request.query.bestandsnaam ?? 'bestand';
        // Read the file before the transaction: parsing must not hold the database.
        const table = await readUpload(uploadedBytes(request), fileName);
        const outcome = await asActor(db, request, (trx, actor) =>
          run(trx, actor, { fileName, table }),
        );
        return reply.code(201).send(presentImport(outcome));
      },
    );

  upload(
    '/locaties/bestanden',
    'Locaties inlezen (CSV of XLSX)',
    'stadsdeel, code, naam',
    importLocations,
  );

  // ---- capacity -------------------------------------------------------------------------------
  app.get(
    '/capaciteit',
    {
      config: { access: manage },
      schema: {
        summary: 'Beschikbare uren per locatie, week en soort medewerker',
        tags,
        querystring: capacityQuerySchema,
        response: { 200: capacityListSchema, 400: problemSchema },
      },
    },
    async (request) => ({
      capaciteit: await asActor(db, request, (trx, actor) =>
        capacityOf(trx, actor.tenantId, request.query),
      ),
    }),
  );

  app.put(
    '/capaciteit',
    {
      config: { access: manage },
      schema: {
        summary: 'Uren per locatie, week en soort medewerker vastleggen',
        description: 'Vervangt de uren van elke genoemde locatie, week en soort; de rest blijft.',
        tags,
        body: capacityPutSchema,
        response: { 200: capacitySavedSchema, 400: problemSchema },
      },
    },
    async (request) => {
      for (const [i, regel] of request.body.regels.entries()) {
        if (!parseIsoWeek(regel.week)) {
          throw problems.invalidField(`regels.${i}.week`, `Week ${regel.week} bestaat niet.`);
        }
      }
      const opgeslagen = await asActor(db, request, (trx, actor) =>
        saveCapacity(trx, actor, request.body.regels),
      );
      return { opgeslagen };
    },
  );

  upload(
    '/capaciteit/bestanden',
    'Capaciteit inlezen (CSV of XLSX)',
    'locatie, week (jjjj-Wnn), soort (professional, stagiair, vrijwilliger), uren',
    importCapacity,
  );

  // ---- contacts -------------------------------------------------------------------------------
  app.get(
    '/registraties/formulier',
    {
      config: { access: enter },
      schema: {
        summary: 'Alles voor het snelle registratieformulier',
        description:
          'Actieve codes en locaties, de laatst gebruikte locatie en de termijn om te wijzigen.',
        tags,
        response: { 200: registrationFormSchema },
      },
    },
    async (request) => asActor(db, request, (trx, actor) => registrationForm(trx, actor)),
  );

  app.get(
    '/registraties',
    {
      config: { access: enter },
      schema: {
        summary: 'Mijn eigen registraties, nieuwste eerst',
        tags,
        querystring: registrationListQuerySchema,
        response: { 200: registrationListSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => ownRegistrations(trx, actor, request.query)),
  );

  app.post(
    '/registraties',
    {
      config: { access: enter },
      schema: {
        summary: 'Een contact registreren',
        description:
          'Anoniem; de datum is standaard vandaag. De locatie wordt onthouden voor de volgende keer.',
        tags,
        body: newRegistrationSchema,
        response: { 201: registrationSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await asActor(db, request, (trx, actor) =>
        createRegistration(trx, actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/registraties/:id',
    {
      config: { access: enter },
      schema: {
        summary: 'Een eigen registratie wijzigen (binnen de termijn)',
        tags,
        params,
        body: registrationPatchSchema,
        response: {
          200: registrationSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeRegistration(trx, actor, request.params.id, request.body),
      ),
  );

  app.delete(
    '/registraties/:id',
    {
      config: { access: enter },
      schema: {
        summary: 'Een eigen registratie ongedaan maken (binnen de termijn)',
        tags,
        params,
        response: { 204: z.null(), 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) => undoRegistration(trx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  upload(
    '/registraties/bestanden',
    'Registraties uit een ander systeem inlezen (CSV of XLSX)',
    'datum, locatie, kanaal, taak (meer codes met |), minuten, resultaat, leeftijdsgroep, digitaal_vaardig, taalbarriere',
    importRegistrations,
  );

  // ---- imports --------------------------------------------------------------------------------
  app.get(
    '/registratiebestanden',
    {
      config: { access: manage },
      schema: {
        summary: 'Ingelezen bestanden met locaties, registraties en capaciteit',
        tags,
        response: { 200: registrationImportListSchema },
      },
    },
    async (request) => ({
      bestanden: await asActor(db, request, (trx, actor) => importsOf(trx, actor.tenantId)),
    }),
  );

  app.get(
    '/registratiebestanden/:id/afwijzingen',
    {
      config: { access: manage },
      schema: {
        summary: 'De afgewezen rijen van een ingelezen bestand, als CSV (rij;veld;reden)',
        tags,
        params,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await asActor(db, request, (trx, actor) =>
        rejectionsCsv(trx, actor.tenantId, request.params.id),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );

  await waitingRoutes(app, context);
};
