import type { Breakdown, BreakdownDimension } from '../../shared/api/results.schema.js';
import { countingRuleInfo } from '../../shared/results/counting-rules.js';
import { inTenant, type Db } from '../db/database.js';
import { breakdownOf, questionCounts, type QuestionCounts } from './results.compute.js';
import { readCounts } from './results.repository.js';
import { gemeenteOrFail, type LoadedRound } from './round.service.js';

/** A gemeente's figures broken down by age, kind of support, channel and help (ADR 0009). */

/** One breakdown of a gemeente, suppressed per question over its categories. */
export async function gemeenteBreakdown(
  db: Db,
  round: LoadedRound,
  cbsCode: string,
  dimension: BreakdownDimension,
): Promise<Breakdown> {
  const gemeente = gemeenteOrFail(round, cbsCode);
  const { rows, totals } = await inTenant(db, round.readScope, async (trx) => ({
    rows: await readCounts(trx, round.ref, dimension, [gemeente.id]),
    totals: questionCounts(
      (await readCounts(trx, round.ref, 'totaal', [gemeente.id]))[0]?.counts ?? {},
    ),
  }));
  const perCategory = new Map<string, QuestionCounts>();
  for (const row of rows) perCategory.set(row.category, questionCounts(row.counts));
  const breakdown = breakdownOf({
    dimension,
    questions: round.questions,
    rule: round.rule,
    threshold: gemeente.small_cell_threshold,
    perCategory,
    totals,
  });
  return {
    ...breakdown,
    telregel: countingRuleInfo(round.rule),
    drempel: gemeente.small_cell_threshold,
  };
}

/** Every breakdown of a gemeente (for the PDF report). */
export async function gemeenteBreakdowns(
  db: Db,
  round: LoadedRound,
  cbsCode: string,
): Promise<Breakdown[]> {
  const dimensions: BreakdownDimension[] = ['leeftijd', 'voorziening', 'kanaal', 'hulp'];
  const result: Breakdown[] = [];
  for (const dimension of dimensions) {
    result.push(await gemeenteBreakdown(db, round, cbsCode, dimension));
  }
  return result;
}
