import { MAILING_COLUMNS } from '../../shared/api/invitations.schema.js';
import { CSV_BOM, csvLine } from '../exports/csv.js';
import { answerUrl, type LetterRecipient } from './letters.js';

/**
 * The mailing file for a printing house, line by line: `;`-separated UTF-8 with a BOM, columns
 * `klantnummer;naam;adres;postcode;woonplaats;code;url;gemeentecode;gemeente` (see
 * MAILING_COLUMNS), where `url` is the personal link behind the QR code; the gemeente tells a
 * printing house whose letter it is (client numbers are unique within a gemeente only).
 */
export function* mailingLines(
  recipients: Iterable<LetterRecipient & { clientNumber: string }>,
  publicUrl: string,
): Generator<string> {
  yield CSV_BOM + csvLine(MAILING_COLUMNS);
  for (const r of recipients) {
    yield csvLine([
      r.clientNumber,
      r.name,
      r.address,
      r.postcode,
      r.city,
      r.code,
      answerUrl(publicUrl, r.code),
      r.gemeente.cbsCode ?? '',
      r.gemeente.name,
    ]);
  }
}
