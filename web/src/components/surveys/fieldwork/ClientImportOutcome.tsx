import type { ClientImportResult } from '../../../../../shared/api/clients.schema.js';
import { rejectionsHref } from '../../../api/clients.js';
import { formatNumber } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
import { RejectionReport } from '../../../forms/RejectionTable.js';

export interface ClientImportOutcomeProps {
  surveyId: string;
  result: ClientImportResult;
}

/** What the import did; good rows are always stored, so rejections are a to-do, not a failure. */
export function ClientImportOutcome({ surveyId, result }: ClientImportOutcomeProps) {
  const rejected = result.afgewezen > 0;
  return (
    <section aria-labelledby="import-resultaat" className="mw-section">
      <Heading level={3} id="import-resultaat" tabIndex={-1}>
        Resultaat van het inlezen
      </Heading>
      <Alert type={rejected ? 'warning' : 'ok'}>
        <Paragraph>
          {formatNumber(result.aanvaard)} rijen ingelezen ({formatNumber(result.nieuw)} nieuw,{' '}
          {formatNumber(result.bijgewerkt)} bijgewerkt). {formatNumber(result.afgewezen)} rijen
          afgewezen.
        </Paragraph>
      </Alert>
      {rejected && (
        <>
          <Paragraph>
            Verbeter de afgewezen rijen in uw bestand en lees het opnieuw in. Rijen die al goed
            waren, worden dan bijgewerkt, niet dubbel opgeslagen.
          </Paragraph>
          <RejectionReport
            rows={result.afwijzingen}
            total={result.aantalAfwijzingen}
            downloadHref={rejectionsHref(surveyId, result.importId)}
          />
        </>
      )}
    </section>
  );
}
