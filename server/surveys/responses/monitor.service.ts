import type { FieldworkProgress } from '../../../shared/api/responses.schema.js';
import type { Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import { listSurveyGemeenten } from '../survey.repository.js';
import { surveyOrFail } from '../survey.service.js';
import type { Channel } from './draft.js';
import {
  countInvitations,
  countResponsesByChannel,
  countResponsesPerDay,
} from './response.repository.js';

/**
 * The fieldwork monitor: invited, responded by channel, response rate and reminders, per
 * gemeente, and responses per day. Aggregates only; no invitation or response is listed.
 */

type ByChannel = Record<Channel, number> & { totaal: number };

const emptyChannels = (): ByChannel => ({ online: 0, papier: 0, telefoon: 0, totaal: 0 });

function add(target: ByChannel, channel: Channel, n: number): void {
  target[channel] += n;
  target.totaal += n;
}

/** Percent with one decimal, as people read it in a report; no rate without invitations. */
export function responseRate(responded: number, invited: number): number | null {
  return invited > 0 ? Math.round((responded / invited) * 1000) / 10 : null;
}

export async function fieldworkProgress(
  trx: Trx,
  who: Who,
  surveyId: string,
): Promise<FieldworkProgress> {
  const survey = await surveyOrFail(trx, who, surveyId);
  const [gemeenten, invitations, responses, days] = await Promise.all([
    listSurveyGemeenten(trx, who.tenantId, [surveyId]),
    countInvitations(trx, who.tenantId, surveyId, survey.reminder_after_days),
    countResponsesByChannel(trx, who.tenantId, surveyId),
    countResponsesPerDay(trx, who.tenantId, surveyId),
  ]);
  const total = { uitgenodigd: 0, gereageerd: emptyChannels() };
  const perGemeente = gemeenten.map((g) => {
    const invited = invitations.find((i) => i.gemeenteId === g.id);
    const gereageerd = emptyChannels();
    for (const r of responses.filter((r) => r.gemeenteId === g.id)) {
      add(gereageerd, r.channel, r.n);
      add(total.gereageerd, r.channel, r.n);
    }
    const uitgenodigd = invited?.invited ?? 0;
    total.uitgenodigd += uitgenodigd;
    return {
      gemeente: { id: g.id, cbsCode: g.cbsCode, naam: g.name },
      uitgenodigd,
      gereageerd,
      responspercentage: responseRate(gereageerd.totaal, uitgenodigd),
      herinneringen: { verstuurd: invited?.reminded ?? 0, nodig: invited?.reminderDue ?? 0 },
    };
  });
  const perDag = new Map<string, ByChannel>();
  for (const d of days) {
    const day = perDag.get(d.day) ?? emptyChannels();
    add(day, d.channel, d.n);
    perDag.set(d.day, day);
  }
  return {
    gemeenten: perGemeente,
    totaal: {
      ...total,
      responspercentage: responseRate(total.gereageerd.totaal, total.uitgenodigd),
    },
    perDag: [...perDag].map(([datum, counts]) => ({ datum, ...counts })),
  };
}
