import { useEffect, useState } from 'react';
import type { SampleResult } from '../../../../shared/api/sampling.schema.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { SampleCalculator } from '../../components/surveys/fieldwork/SampleCalculator.js';
import { SampleDrawForm } from '../../components/surveys/fieldwork/SampleDrawForm.js';
import { SampleOutcome } from '../../components/surveys/fieldwork/SampleOutcome.js';
import { formatNumber } from '../../lib/format.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import '../../components/surveys/fieldwork/fieldwork.css';

export function SamplePage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Steekproef — ${survey.naam}`);
  const [omvang, setOmvang] = useState('');
  const [result, setResult] = useState<SampleResult | null>(null);

  useEffect(() => {
    if (result) document.getElementById('steekproef-resultaat')?.focus();
  }, [result]);

  return (
    <section aria-labelledby="steekproef-kop" className="mw-section">
      <Heading level={2} id="steekproef-kop">
        Steekproef
      </Heading>
      <Paragraph>
        {formatNumber(survey.aantalClienten)} cliënten ingelezen,{' '}
        {formatNumber(survey.aantalUitgenodigd)} al uitgenodigd. Een tweede trekking vult aan: wie
        al is uitgenodigd, wordt niet opnieuw getrokken.
      </Paragraph>
      <section aria-labelledby="berekening-kop" className="mw-section">
        <Heading level={3} id="berekening-kop">
          Hoeveel mensen uitnodigen?
        </Heading>
        <SampleCalculator
          surveyId={survey.id}
          onUse={(n) => {
            setOmvang(String(n));
            document.getElementById('omvang')?.focus();
          }}
        />
      </section>
      <section aria-labelledby="trekken-kop" className="mw-section">
        <Heading level={3} id="trekken-kop">
          Steekproef trekken
        </Heading>
        <SampleDrawForm
          surveyId={survey.id}
          omvang={omvang}
          onOmvangChange={setOmvang}
          onDrawn={setResult}
        />
      </section>
      {result && <SampleOutcome result={result} />}
    </section>
  );
}
