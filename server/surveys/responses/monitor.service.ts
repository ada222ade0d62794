import type { FieldworkProgress } from '../../../shared/api/responses.schema.js';
import type { Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import { listSurveyGemeenten } from '../survey.repository.js';
import { surveyOrFail } from '../survey.service.js';
import type { Channel } from './draft.js';
import { countInvitations, countResponsesPerDay, type DayCounts } from './response.repository.js';

/**
 * The fieldwork monitor: invited, responded by channel, response rate and reminders, per
 * gemeente, and responses and the cumulative response rate per day. Aggregates only; no
 * invitation or response is listed.
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

/** Sums counts by a key, keeping the order in which keys first appear. */
function sumBy(counts: DayCounts[], key: (c: DayCounts) => string): Map<string, ByChannel> {
  const sums = new Map<string, ByChannel>();
  for (const c of counts) {
    const sum = sums.get(key(c)) ?? emptyChannels();
    add(sum, c.channel, c.n);
    sums.set(key(c), sum);
  }
  return sums;
}

/**
 * Running totals of `perDay` (a count per day, missing = 0) over `days`, as response rates. The
 * rate is over everyone invited now: the letters go out before the answers come in.
 */
function cumulativeRates(
  days: string[],
  perDay: (day: string) => number,
  invited: number,
): { cumulatief: number; responspercentage: number | null }[] {
  let cumulatief = 0;
  return days.map((day) => {
    cumulatief += perDay(day);
    return { cumulatief, responspercentage: responseRate(cumulatief, invited) };
  });
}

export async function fieldworkProgress(
  trx: Trx,
  who: Who,
  surveyId: string,
): Promise<FieldworkProgress> {
  const survey = await surveyOrFail(trx, who, surveyId);
  const [gemeenten, invitations, counts] = await Promise.all([
    listSurveyGemeenten(trx, who.tenantId, [surveyId]),
    countInvitations(trx, who.tenantId, surveyId, survey.reminder_after_days),
    countResponsesPerDay(trx, who.tenantId, surveyId),
  ]);
  const perDay = sumBy(counts, (c) => c.day);
  const perGemeenteDay = sumBy(counts, (c) => `${c.gemeenteId} ${c.day}`);
  const days = [...perDay.keys()];
  const total = { uitgenodigd: 0, gereageerd: emptyChannels() };
  const perGemeente = gemeenten.map((g) => {
    const invited = invitations.find((i) => i.gemeenteId === g.id);
    const gereageerd = emptyChannels();
    for (const c of counts.filter((c) => c.gemeenteId === g.id)) {
      add(gereageerd, c.channel, c.n);
      add(total.gereageerd, c.channel, c.n);
    }
    const uitgenodigd = invited?.invited ?? 0;
    total.uitgenodigd += uitgenodigd;
    const running = cumulativeRates(
      days,
      (day) => perGemeenteDay.get(`${g.id} ${day}`)?.totaal ?? 0,
      uitgenodigd,
    );
    return {
      gemeente: { id: g.id, cbsCode: g.cbsCode, naam: g.name },
      uitgenodigd,
      gereageerd,
      responspercentage: responseRate(gereageerd.totaal, uitgenodigd),
      responspercentagePerDag: running.map((r) => r.responspercentage),
      herinneringen: { verstuurd: invited?.reminded ?? 0, nodig: invited?.reminderDue ?? 0 },
    };
  });
  const running = cumulativeRates(days, (day) => perDay.get(day)?.totaal ?? 0, total.uitgenodigd);
  return {
    gemeenten: perGemeente,
    totaal: {
      ...total,
      responspercentage: responseRate(total.gereageerd.totaal, total.uitgenodigd),
    },
    perDag: days.map((datum, i) => ({ datum, ...perDay.get(datum)!, ...running[i]! })),
  };
}
