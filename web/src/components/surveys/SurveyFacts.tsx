import type { ReactNode } from 'react';
import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../../../shared/surveys/ceo-wmo.template.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { SurveyStatusBadge } from './SurveyStatusBadge.js';

function templateLabel(name: string): string {
  return name in SURVEY_TEMPLATES
    ? SURVEY_TEMPLATES[name as keyof typeof SURVEY_TEMPLATES].label
    : name;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
        {children}
      </dd>
    </div>
  );
}

export function SurveyFacts({ survey }: { survey: SurveySummary }) {
  const names = survey.gemeenten.map((g) => g.naam).sort((a, b) => a.localeCompare(b, 'nl'));
  return (
    <dl className="utrecht-data-list mw-data-list mw-facts">
      <Fact label="Status">
        <SurveyStatusBadge status={survey.status} />
      </Fact>
      <Fact label="Sjabloon">{templateLabel(survey.sjabloon)}</Fact>
      <Fact label={`Gemeenten (${names.length})`}>{names.join(', ')}</Fact>
      <Fact label="Vragenlijst">
        Versie {survey.vragenlijstVersie}, {formatNumber(survey.aantalVragen)} vragen
      </Fact>
      <Fact label="Cliënten ingelezen">{formatNumber(survey.aantalClienten)}</Fact>
      <Fact label="Uitgenodigd">{formatNumber(survey.aantalUitgenodigd)}</Fact>
      <Fact label="Reacties">{formatNumber(survey.aantalReacties)}</Fact>
      <Fact label="Aangemaakt">{formatDateTime(survey.aangemaaktOp)}</Fact>
    </dl>
  );
}
