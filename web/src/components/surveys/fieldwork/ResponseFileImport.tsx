import { importResponses } from '../../../api/responses.js';
import { FileImport } from '../../../forms/FileImport.js';
import { RejectionTable } from '../../../forms/RejectionTable.js';
import { formatNumber } from '../../../lib/format.js';

/** Forms scanned or typed elsewhere, read in one go; good rows are stored, bad ones listed. */
export function ResponseFileImport({ surveyId }: { surveyId: string }) {
  return (
    <FileImport
      id="reactiebestand"
      label="Bestand met ingevulde vragenlijsten"
      description="CSV of Excel, één rij per formulier: code, kanaal en dan per vraag de antwoordcode (kolommen Q1, Q2 …)."
      upload={(file) => importResponses(surveyId, file)}
      status={(result) => ({
        warning: result.afgewezen > 0,
        text: `${formatNumber(result.aanvaard)} formulieren ingelezen, ${formatNumber(result.afgewezen)} rijen afgewezen.`,
      })}
      report={(result) =>
        result.afwijzingen.length > 0 && (
          <RejectionTable caption="Afgewezen rijen uit het bestand" rows={result.afwijzingen} />
        )
      }
    />
  );
}
