import type {
  CreateSurveyBody,
  SurveySummary,
  UpdateSurveyBody,
} from '../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../shared/surveys/ceo-wmo.template.js';
import {
  compatibilityProblems,
  questionnaireSchema,
  type Questionnaire,
} from '../../shared/surveys/questionnaire.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { findTenant } from '../tenants/tenant.repository.js';
import {
  countSurveyWork,
  findSurvey,
  gemeentenServedBy,
  hasResponses,
  insertQuestionnaireVersion,
  insertSurvey,
  insertSurveyGemeenten,
  latestQuestionnaire,
  latestVersions,
  listSurveyGemeenten,
  listSurveyRows,
  updateSurveyRow,
} from './survey.repository.js';
import type { SurveyRow } from './survey.table.js';

export const SURVEY_PURPOSE = 'Uitvoeren cliëntervaringsonderzoek (art. 2.5.1 Wmo 2015)';

/** A survey of the actor's tenant, or 404: ids of other tenants are never confirmed. */
export async function surveyOrFail(trx: Trx, who: Who, id: string): Promise<SurveyRow> {
  const survey = await findSurvey(trx, who.tenantId, id);
  if (!survey)
    throw problems.notFound('Dit onderzoek bestaat niet, of u hebt er geen toegang toe.');
  return survey;
}

async function present(trx: Trx, tenantId: string, rows: SurveyRow[]): Promise<SurveySummary[]> {
  const ids = rows.map((r) => r.id);
  const [gemeenten, counts, versions] = await Promise.all([
    listSurveyGemeenten(trx, tenantId, ids),
    countSurveyWork(trx, tenantId, ids),
    latestVersions(trx, tenantId, ids),
  ]);
  return rows.map((row) => {
    const version = versions.get(row.id);
    const count = counts.get(row.id);
    const questionnaire = version?.definition as Questionnaire | undefined;
    return {
      id: row.id,
      naam: row.name,
      jaar: row.year,
      sjabloon: row.template,
      status: row.status,
      gemeenten: gemeenten
        .filter((g) => g.surveyId === row.id)
        .map((g) => ({ id: g.id, cbsCode: g.cbsCode, naam: g.name })),
      vragenlijstVersie: version?.version ?? 0,
      aantalVragen: questionnaire?.questions.length ?? 0,
      aantalClienten: count?.clients ?? 0,
      aantalUitgenodigd: count?.invited ?? 0,
      aantalReacties: count?.responses ?? 0,
      herinneringNaDagen: row.reminder_after_days,
      bewaartermijnDagen: row.retention_days,
      telregel: row.counting_rule,
      aangemaaktOp: row.created_at.toISOString(),
    };
  });
}

export async function listSurveys(trx: Trx, who: Who): Promise<SurveySummary[]> {
  return present(trx, who.tenantId, await listSurveyRows(trx, who.tenantId));
}

export async function getSurvey(trx: Trx, who: Who, id: string): Promise<SurveySummary> {
  const [summary] = await present(trx, who.tenantId, [await surveyOrFail(trx, who, id)]);
  if (!summary) throw problems.notFound();
  return summary;
}

/**
 * A new survey round from a template, for gemeenten the tenant may survey: a gemeente itself,
 * or the gemeenten a bureau works for.
 */
export async function createSurvey(
  trx: Trx,
  who: Who,
  body: CreateSurveyBody,
): Promise<SurveySummary> {
  const tenant = await findTenant(trx, who.tenantId);
  if (!tenant) throw problems.notFound();
  const allowed = new Map((await gemeentenServedBy(trx, tenant)).map((g) => [g.cbs_code ?? '', g]));
  const unknown = body.gemeenten.filter((code) => !allowed.has(code));
  if (unknown.length > 0) {
    throw problems.invalidField(
      'gemeenten',
      `${tenant.name} kan geen onderzoek doen voor ${unknown.join(', ')}: daarvoor werkt deze organisatie niet.`,
      'not_allowed',
    );
  }
  const survey = await insertSurvey(trx, {
    tenantId: who.tenantId,
    name: body.naam,
    year: body.jaar,
    template: body.sjabloon,
    createdBy: who.accountId,
  });
  const gemeenteIds = [...new Set(body.gemeenten)].map((code) => allowed.get(code)!.id);
  await insertSurveyGemeenten(trx, who.tenantId, survey.id, gemeenteIds);
  await insertQuestionnaireVersion(trx, {
    tenantId: who.tenantId,
    surveyId: survey.id,
    version: 1,
    definition: SURVEY_TEMPLATES[body.sjabloon].questionnaire,
    createdBy: who.accountId,
  });
  await audit(trx, who, {
    action: 'enquete.aangemaakt',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: survey.id,
    details: { jaar: body.jaar, gemeenten: body.gemeenten },
  });
  return getSurvey(trx, who, survey.id);
}

export async function updateSurvey(
  trx: Trx,
  who: Who,
  id: string,
  body: UpdateSurveyBody,
): Promise<SurveySummary> {
  const survey = await surveyOrFail(trx, who, id);
  if (survey.status === 'gesloten' && body.status && body.status !== 'gesloten') {
    throw problems.conflict('Een gesloten onderzoek kan niet opnieuw open.');
  }
  await updateSurveyRow(trx, who.tenantId, id, {
    ...(body.naam !== undefined ? { name: body.naam } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.herinneringNaDagen !== undefined
      ? { reminder_after_days: body.herinneringNaDagen }
      : {}),
    ...(body.bewaartermijnDagen !== undefined ? { retention_days: body.bewaartermijnDagen } : {}),
    ...(body.telregel !== undefined ? { counting_rule: body.telregel } : {}),
  });
  await audit(trx, who, {
    action: 'enquete.gewijzigd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: id,
    details: { velden: Object.keys(body) },
  });
  return getSurvey(trx, who, id);
}

export async function getQuestionnaire(
  trx: Trx,
  who: Who,
  surveyId: string,
): Promise<{ versie: number; vragenlijst: Questionnaire; heeftReacties: boolean }> {
  await surveyOrFail(trx, who, surveyId);
  const latest = await latestQuestionnaire(trx, who.tenantId, surveyId);
  if (!latest) throw problems.notFound('Dit onderzoek heeft nog geen vragenlijst.');
  return {
    versie: latest.version,
    vragenlijst: questionnaireSchema.parse(latest.definition),
    heeftReacties: await hasResponses(trx, who.tenantId, surveyId),
  };
}

/**
 * Saves a new version of the questionnaire, unless the round is closed. Once answers exist, a
 * version may not break them (no removed questions or answer codes, no changed answer texts or
 * types, no narrower number ranges, standard texts unchanged).
 */
export async function saveQuestionnaire(
  trx: Trx,
  who: Who,
  surveyId: string,
  next: Questionnaire,
): Promise<{ versie: number; vragenlijst: Questionnaire; heeftReacties: boolean }> {
  const survey = await surveyOrFail(trx, who, surveyId);
  if (survey.status === 'gesloten') {
    throw problems.conflict(
      'Dit onderzoek is gesloten. De vragenlijst kan niet meer veranderen: de antwoorden horen bij deze versie.',
    );
  }
  const current = await getQuestionnaire(trx, who, surveyId);
  const problemsFound = compatibilityProblems(current.vragenlijst, next);
  const standardChanged = problemsFound.filter((p) => p.includes('standaardvraag'));
  const blocking = current.heeftReacties ? problemsFound : standardChanged;
  if (blocking.length > 0) {
    throw problems.invalid(
      blocking.map((reason) => ({ name: 'vragenlijst', code: 'incompatible', reason })),
      current.heeftReacties
        ? 'Er zijn al antwoorden op deze vragenlijst. Deze wijzigingen zouden die antwoorden onbruikbaar maken.'
        : 'De standaardvragen blijven gelijk, zodat de uitkomsten vergelijkbaar blijven.',
    );
  }
  const version = current.versie + 1;
  await insertQuestionnaireVersion(trx, {
    tenantId: who.tenantId,
    surveyId,
    version,
    definition: next,
    createdBy: who.accountId,
  });
  await audit(trx, who, {
    action: 'vragenlijst.gewijzigd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { versie: version, vragen: next.questions.length },
  });
  return { versie: version, vragenlijst: next, heeftReacties: current.heeftReacties };
}
