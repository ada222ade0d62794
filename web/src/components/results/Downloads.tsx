import type { CountingRuleInfo } from '../../../../shared/api/results.schema.js';
import { resultDownloads } from '../../api/results.js';
import { Heading } from '../Heading.js';
import { ExternalLink } from '../Link.js';
import { Paragraph } from '../Paragraph.js';

/** The counting rule in one line: every screen and file says which rule made its figures. */
export function CountingRuleNote({ rule }: { rule: CountingRuleInfo }) {
  return (
    <Paragraph className="mw-rule">
      <strong>Telregel:</strong> {rule.naam} (versie {rule.versie}). {rule.omschrijving}
    </Paragraph>
  );
}

export interface RoundDownloadsProps {
  enqueteId: string;
  rule: CountingRuleInfo;
  /** The anonymous answers are for those who run the survey, not for every reader of figures. */
  mayDownloadAnswers: boolean;
  /** Adds the gemeente's PDF report first. */
  report?: { cbsCode: string; naam: string };
}

export function RoundDownloads({
  enqueteId,
  rule,
  mayDownloadAnswers,
  report,
}: RoundDownloadsProps) {
  return (
    <section aria-labelledby="downloads-kop" className="mw-section">
      <Heading level={2} id="downloads-kop">
        Downloaden
      </Heading>
      <ul className="mw-downloads">
        {report && (
          <li>
            <ExternalLink href={resultDownloads.pdf(enqueteId, report.cbsCode)} download>
              Rapport voor de gemeenteraad van {report.naam} (PDF)
            </ExternalLink>
          </li>
        )}
        <li>
          <ExternalLink href={resultDownloads.csv(enqueteId)} download>
            Alle cijfers per gemeente en vraag (CSV)
          </ExternalLink>
        </li>
        <li>
          <ExternalLink href={resultDownloads.xlsx(enqueteId)} download>
            Alle cijfers per gemeente en vraag (Excel)
          </ExternalLink>
        </li>
        {mayDownloadAnswers && (
          <li>
            <ExternalLink href={resultDownloads.answers(enqueteId)} download>
              Alle antwoorden, anoniem (CSV in het invoerformaat)
            </ExternalLink>
          </li>
        )}
      </ul>
      <Paragraph small>
        De bestanden noemen de telregel waarmee de cijfers zijn berekend ({rule.naam}, versie{' '}
        {rule.versie}). Cijfers over te weinig mensen staan er ook niet in.
      </Paragraph>
    </section>
  );
}
