import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  BREAKDOWN_DIMENSIONS,
  breakdownSchema,
  cbsCodeParam,
  countingRuleOptionSchema,
  exportQuerySchema,
  gemeenteResultsSchema,
  resultRoundSchema,
  resultsQuerySchema,
  roundOverviewSchema,
} from '../../shared/api/results.schema.js';
import {
  COUNTING_RULES,
  countingRuleInfo,
  DEFAULT_COUNTING_RULE,
} from '../../shared/results/counting-rules.js';
import { scopeOf } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import { requireActor } from '../http/auth.plugin.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { renderResultsReport } from './report.pdf.js';
import { rawAnswersCsv, resultsCsv, resultsXlsx } from './results.export.js';
import { gemeenteBreakdown, gemeenteBreakdowns } from './breakdown.service.js';
import { gemeenteResults, parseResultsQuery } from './results.service.js';
import { listResultRounds, loadRound, RESULTS_PURPOSE, roundOverview } from './round.service.js';

const tags = ['Resultaten'];
const access = 'cijfers.lezen' as const;
const roundParams = z.object({ enqueteId: uuid });
const gemeenteParams = roundParams.extend({ cbsCode: cbsCodeParam });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Today as a Dutch day, for file names. */
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

export const resultsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/telregels',
    {
      config: { access: 'session' },
      schema: {
        summary: 'De telregels waaruit een onderzoek kan kiezen',
        description:
          'Een telregel bepaalt wat als positief en als geldig antwoord telt. Elk scherm, elke ' +
          'export en elk rapport noemt de telregel waarmee het is gemaakt.',
        tags,
        response: { 200: z.array(countingRuleOptionSchema) },
      },
    },
    async () =>
      COUNTING_RULES.map((rule) => ({
        ...countingRuleInfo(rule),
        sleutel: rule.key,
        standaard: rule.key === DEFAULT_COUNTING_RULE.key,
      })),
  );

  app.get(
    '/resultaten',
    {
      config: { access },
      schema: {
        summary: 'Onderzoeken waarvan deze organisatie de resultaten mag zien',
        description:
          'De eigenaar van een onderzoek ziet alle gemeenten; een deelnemende gemeente ziet haar ' +
          'eigen resultaten volledig en van de andere gemeenten alleen de totalen.',
        tags,
        response: { 200: z.array(resultRoundSchema) },
      },
    },
    async (request) => listResultRounds(db, scopeOf(requireActor(request))),
  );

  app.get(
    '/resultaten/:enqueteId/overzicht',
    {
      config: { access },
      schema: {
        summary: 'Alle gemeenten × vragen van een onderzoek (totalen)',
        tags,
        params: roundParams,
        response: { 200: roundOverviewSchema, 404: problemSchema },
      },
    },
    async (request) => roundOverview(db, scopeOf(requireActor(request)), request.params.enqueteId),
  );

  app.get(
    '/resultaten/:enqueteId/gemeenten/:cbsCode',
    {
      config: { access },
      schema: {
        summary: 'Resultaten van één gemeente, met vergelijkingen',
        description:
          '`vergelijk`: project, vorige, grootteklasse, peergroep (standaard project,vorige). ' +
          '`peergroep`: CBS-codes van gemeenten in dit onderzoek. `gewogen=ja`: ook gewogen naar ' +
          'leeftijd × geslacht.',
        tags,
        params: gemeenteParams,
        querystring: resultsQuerySchema,
        response: { 200: gemeenteResultsSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const options = parseResultsQuery(request.query);
      const round = await loadRound(db, scopeOf(requireActor(request)), request.params.enqueteId);
      return gemeenteResults(db, round, request.params.cbsCode, options);
    },
  );

  app.get(
    '/resultaten/:enqueteId/gemeenten/:cbsCode/uitsplitsingen/:dimensie',
    {
      config: { access },
      schema: {
        summary:
          'Resultaten van één gemeente uitgesplitst naar leeftijd, voorziening, kanaal of hulp',
        description:
          'Groepen met te weinig geldige antwoorden, en groepen waaruit die terug te rekenen zijn, ' +
          'worden onderdrukt.',
        tags,
        params: gemeenteParams.extend({
          dimensie: z.enum(BREAKDOWN_DIMENSIONS, {
            error: `Kies een uitsplitsing: ${BREAKDOWN_DIMENSIONS.join(', ')}.`,
          }),
        }),
        response: { 200: breakdownSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const round = await loadRound(db, scopeOf(requireActor(request)), request.params.enqueteId);
      return gemeenteBreakdown(db, round, request.params.cbsCode, request.params.dimensie);
    },
  );

  app.get(
    '/resultaten/:enqueteId/gemeenten/:cbsCode/rapport.pdf',
    {
      config: { access },
      schema: {
        summary: 'Rapport van één gemeente voor de gemeenteraad (PDF)',
        description:
          'Samenvatting, per thema de cijfers met vergelijkingen (zelfde query als de resultaten ' +
          'van de gemeente), uitsplitsingen en een verantwoording van de methode.',
        tags,
        params: gemeenteParams,
        querystring: resultsQuerySchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const options = parseResultsQuery(request.query);
      const round = await loadRound(db, scopeOf(actor), request.params.enqueteId);
      const results = await gemeenteResults(db, round, request.params.cbsCode, options);
      const breakdowns = await gemeenteBreakdowns(db, round, request.params.cbsCode);
      const pdf = await renderResultsReport(results, breakdowns);
      await asActor(db, request, (trx) =>
        audit(trx, actor, {
          action: 'rapport.gemaakt',
          purpose: RESULTS_PURPOSE,
          objectType: 'enquete',
          objectId: round.survey.id,
          details: { gemeente: request.params.cbsCode, vergelijkingen: options.vergelijk },
        }),
      );
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `attachment; filename="rapport-${request.params.cbsCode}-${round.survey.year}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.get(
    '/resultaten/:enqueteId/cijfers.csv',
    {
      config: { access },
      schema: {
        summary: 'Alle cijfers als CSV (één regel per gemeente × vraag)',
        description:
          'Kolommen: gemeente,vraag,n_geldig,n_positief,pct_positief,ci_laag,ci_hoog,vergelijking,' +
          'pct_vergelijking,p_waarde,significant,onderdrukt (zie docs/results.md).',
        tags,
        params: roundParams,
        querystring: exportQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const kind = request.query.vergelijk ?? 'project';
      const { csv, round, rows } = await resultsCsv(
        db,
        scopeOf(actor),
        request.params.enqueteId,
        kind,
      );
      await asActor(db, request, (trx) =>
        audit(trx, actor, {
          action: 'resultaten.geexporteerd',
          purpose: RESULTS_PURPOSE,
          objectType: 'enquete',
          objectId: round.survey.id,
          details: { formaat: 'csv', vergelijking: kind, regels: rows },
        }),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          // The columns are fixed, so the file's name says which counting rule made it.
          `attachment; filename="resultaten-${round.survey.year}-${round.rule.id}-v${round.rule.versie}-${today()}.csv"`,
        )
        .send(csv);
    },
  );

  app.get(
    '/resultaten/:enqueteId/cijfers.xlsx',
    {
      config: { access },
      schema: {
        summary: 'Alle cijfers als Excel-werkmap',
        description:
          'Bladen: Toelichting (telregel, drempel), Overzicht, Cijfers (met vergelijkingen), Verdeling.',
        tags,
        params: roundParams,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { bytes, round } = await resultsXlsx(db, scopeOf(actor), request.params.enqueteId);
      await asActor(db, request, (trx) =>
        audit(trx, actor, {
          action: 'resultaten.geexporteerd',
          purpose: RESULTS_PURPOSE,
          objectType: 'enquete',
          objectId: round.survey.id,
          details: { formaat: 'xlsx' },
        }),
      );
      return reply
        .type(XLSX_TYPE)
        .header(
          'Content-Disposition',
          `attachment; filename="resultaten-${round.survey.year}-${today()}.xlsx"`,
        )
        .send(bytes);
    },
  );

  app.get(
    '/resultaten/:enqueteId/antwoorden.csv',
    {
      config: { access: 'onderzoek.uitvoeren' },
      schema: {
        summary: 'De losse antwoorden (anoniem), in het formaat van het reactiebestand',
        description:
          'Alleen voor de eigenaar van het onderzoek. Kolommen kanaal;gemeente;<vraagnummers> ' +
          '(docs/response-import.md, zonder code): weer in te lezen.',
        tags,
        params: roundParams,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { csv, rows, round } = await rawAnswersCsv(
        db,
        scopeOf(actor),
        request.params.enqueteId,
      );
      await asActor(db, request, (trx) =>
        audit(trx, actor, {
          action: 'antwoorden.geexporteerd',
          purpose: RESULTS_PURPOSE,
          objectType: 'enquete',
          objectId: round.survey.id,
          details: { reacties: rows },
        }),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="antwoorden-${round.survey.year}-${today()}.csv"`,
        )
        .send(`\uFEFF${csv}`);
    },
  );
};
