import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Domain, Monitor } from '../../../../shared/api/outcomes.schema.js';
import {
  NOT_DISCUSSED_LABEL,
  SELF_SUFFICIENCY_LABELS,
} from '../../../../shared/outcomes/vocabulary.js';
import { ApiError, messageOf } from '../../api/errors.js';
import { queryClient } from '../../api/query-client.js';
import {
  monitorKey,
  recordConsent,
  residentsKey,
  saveMeasurement,
  useDomains,
  useMonitor,
} from '../../api/outcomes.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Fieldset } from '../../components/Fieldset.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { LineControl } from '../../components/outcomes/LineControl.js';
import {
  bodyFor,
  emptyEntry,
  formatDay,
  move,
  type Entry,
} from '../../components/outcomes/outcomes-model.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { DateField } from '../../forms/DateField.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { TextboxField } from '../../forms/TextboxField.js';
import '../../components/outcomes/outcomes.css';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const idOf = (code: string) => code.replace(/[^A-Za-z0-9_-]/g, '-');

function ConsentStep({ monitor }: { monitor: Monitor }) {
  const [naaste, setNaaste] = useState('');
  const consent = useFormSubmit({
    fieldIds: {},
    clearErrorsOnSend: true,
    send: async (who: string) => {
      await recordConsent(monitor.bewoner.id, who);
      await queryClient.invalidateQueries({ queryKey: monitorKey(monitor.bewoner.id) });
    },
    errorsFromApi: (failure) => ({ fields: {}, general: messageOf(failure) }),
  });
  const error = consent.errors.general;
  const active = monitor.toestemmingen.filter((t) => t.ingetrokkenOp === null);
  if (monitor.naasteToegestaan) {
    return (
      <Paragraph>
        De bewoner gaf toestemming: een naaste ({active.map((t) => t.naaste).join(', ')}) mag ook
        een cijfer geven.
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>
        Een naaste geeft alleen een cijfer als de bewoner dat wil. Vraag het de bewoner en leg de
        toestemming hier vast. Dit is niet nodig als er geen naaste bij het gesprek is.
      </Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <TextboxField
        id="naaste"
        label="Wie is de naaste?"
        description="Bijvoorbeeld partner, dochter of buurman. Geen naam."
        autoComplete="off"
        value={naaste}
        onChange={(value) => setNaaste(value)}
      />
      <Button busy={consent.busy} onClick={() => consent.sendChecked(naaste.trim())}>
        Toestemming van de bewoner vastleggen
      </Button>
    </>
  );
}

function DomainCard({
  domain,
  entry,
  naaste,
  datum,
  onChange,
}: {
  domain: Domain;
  entry: Entry;
  naaste: string | null;
  datum: string;
  onChange: (entry: Entry) => void;
}) {
  const base = idOf(domain.code);
  const set = (patch: Partial<Entry>) => onChange({ ...entry, ...patch });
  return (
    <section className="mw-domain-card" aria-labelledby={`kop-${base}`}>
      <Heading level={3} id={`kop-${base}`}>
        {domain.naam}
        {domain.bewonersnaam !== domain.naam && ` (${domain.bewonersnaam})`}
      </Heading>
      <LineControl
        id={`bewoner-${base}`}
        person="bewoner"
        label="Uw eigen cijfer"
        name={`Uw eigen cijfer voor ${domain.bewonersnaam}`}
        value={entry.bewoner}
        onChange={(value) => set({ bewoner: value })}
        onClear={() => set({ bewoner: null })}
      />
      <LineControl
        id={`professional-${base}`}
        person="professional"
        label="Cijfer van de professional"
        name={`Cijfer van de professional voor ${domain.naam}`}
        value={entry.professional}
        onChange={(value) => set({ professional: value })}
        onClear={() => set({ professional: null })}
      />
      {naaste !== null && (
        <LineControl
          id={`naaste-${base}`}
          person="naaste"
          label={`Cijfer van de naaste (${naaste})`}
          name={`Cijfer van de naaste (${naaste}) voor ${domain.bewonersnaam}`}
          value={entry.naaste}
          onChange={(value) => set({ naaste: value })}
          onClear={() => set({ naaste: null })}
        />
      )}
      <Fieldset legend={`Zelfredzaamheid ${domain.naam}`}>
        <div className="mw-choice-row">
          {[1, 2, 3, 4, 5].map((score) => (
            <label key={score}>
              <input
                type="radio"
                name={`zelf-${base}`}
                checked={entry.zelf === score}
                onChange={() => set({ zelf: score })}
              />
              {score} – {SELF_SUFFICIENCY_LABELS[score]}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name={`zelf-${base}`}
              checked={entry.zelf === 'nb'}
              onChange={() => set({ zelf: 'nb' })}
            />
            {NOT_DISCUSSED_LABEL}
          </label>
        </div>
        <Paragraph small>
          Score op {formatDay(datum)}. Niets kiezen: geen score bij deze meting.
        </Paragraph>
      </Fieldset>
      <TextboxField
        id={`doel-${base}`}
        label={`Doel voor ${domain.naam} (niet verplicht)`}
        autoComplete="off"
        value={entry.doel}
        onChange={(value) => set({ doel: value })}
      />
      <DateField
        id={`streefdatum-${base}`}
        label={`Streefdatum van het doel voor ${domain.naam}`}
        className="mw-short"
        value={entry.streefdatum}
        onChange={(streefdatum) => set({ streefdatum })}
      />
    </section>
  );
}

export function ConversationPage() {
  const { id = '' } = useParams();
  const monitor = useMonitor(id);
  const domains = useDomains();
  const navigate = useNavigate();
  const [datum, setDatum] = useState(today);
  const [order, setOrder] = useState<string[]>([]);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [leven, setLeven] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfterMove = useRef<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const title = monitor.data ? `Gesprek met ${monitor.data.bewoner.referentie}` : 'Gesprek';
  usePageTitle(title);

  useEffect(() => {
    if (focusAfterMove.current) {
      document.getElementById(focusAfterMove.current)?.focus();
      focusAfterMove.current = null;
    }
  }, [order]);
  useEffect(() => {
    if (errors) errorRef.current?.focus();
  }, [errors]);

  if (monitor.isPending || domains.isPending) return <LoadingMessage />;
  if (monitor.isError)
    return <QueryError error={monitor.error} what="De gegevens van de bewoner" />;
  if (domains.isError) return <QueryError error={domains.error} what="De leefgebieden" />;
  const data = monitor.data;
  const all = domains.data.leefgebieden;
  const byCode = new Map(all.map((d) => [d.code, d]));
  const choosable = all.filter((d) => d.actief);
  const activeConsent = data.toestemmingen.filter((t) => t.ingetrokkenOp === null);
  const naaste = data.naasteToegestaan ? activeConsent.map((t) => t.naaste).join(', ') : null;

  function toggle(code: string, on: boolean) {
    setOrder((current) => (on ? [...current, code] : current.filter((c) => c !== code)));
    if (on && !entries[code]) setEntries((current) => ({ ...current, [code]: emptyEntry() }));
  }

  function moveDomain(code: string, step: -1 | 1) {
    const index = order.indexOf(code);
    const name = byCode.get(code)?.naam ?? code;
    const next = move(order, index, step);
    const place = next.indexOf(code) + 1;
    if (place === index + 1) {
      setAnnouncement(`${name} staat al ${step < 0 ? 'bovenaan' : 'onderaan'}.`);
      return;
    }
    focusAfterMove.current = `${step < 0 ? 'omhoog' : 'omlaag'}-${idOf(code)}`;
    setOrder(next);
    setAnnouncement(`${name} staat nu op plaats ${place} van ${next.length}.`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (order.length === 0) {
      setErrors(['Kies ten minste één leefgebied.']);
      return;
    }
    setBusy(true);
    try {
      await saveMeasurement(id, bodyFor(datum, order, entries, data.naasteToegestaan, leven));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: monitorKey(id) }),
        queryClient.invalidateQueries({ queryKey: residentsKey }),
      ]);
      void navigate(`/bewoners/${id}`, { state: { opgeslagen: true } });
    } catch (failure) {
      const details = failure instanceof ApiError ? failure.invalidParams.map((p) => p.reason) : [];
      setErrors([messageOf(failure), ...details]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mw-outcomes-page">
      <Paragraph>
        <Link to={`/bewoners/${id}`}>Terug naar bewoner {data.bewoner.referentie}</Link>
      </Paragraph>
      <PageHeading>{title}</PageHeading>
      <Paragraph>
        Kies samen met de bewoner de leefgebieden die ertoe doen, zet ze op volgorde en geef per
        leefgebied een cijfer op de lijn van een sip naar een blij gezicht. De pijltjestoetsen
        schuiven 1 punt, Page Up en Page Down 10 punten.
      </Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {errors && (
          <div ref={errorRef} tabIndex={-1}>
            <Alert type="error" title="Het gesprek is niet opgeslagen">
              <ul>
                {errors.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </Alert>
          </div>
        )}
        <DateField
          id="datum"
          label="Datum van het gesprek"
          className="mw-short"
          value={datum}
          onChange={setDatum}
        />

        <Heading level={2}>1. Leefgebieden kiezen</Heading>
        <Fieldset legend="Welke leefgebieden zijn belangrijk voor de bewoner?">
          <div className="mw-choice-row">
            {choosable.map((domain) => (
              <label key={domain.code}>
                <input
                  type="checkbox"
                  checked={order.includes(domain.code)}
                  onChange={(event) => toggle(domain.code, event.target.checked)}
                />
                {domain.naam}
              </label>
            ))}
          </div>
        </Fieldset>

        <Heading level={2}>2. Volgorde</Heading>
        <div role="status" className="mw-visually-hidden">
          {announcement}
        </div>
        {order.length === 0 ? (
          <Paragraph>Nog geen leefgebied gekozen.</Paragraph>
        ) : (
          <ol className="mw-domain-order" aria-label="Gekozen leefgebieden, belangrijkste eerst">
            {order.map((code, index) => {
              const name = byCode.get(code)?.naam ?? code;
              return (
                <li key={code}>
                  <span className="mw-domain-order__name">
                    {index + 1}. {name}
                  </span>
                  <Button
                    id={`omhoog-${idOf(code)}`}
                    appearance="subtle"
                    aria-label={`${name} omhoog`}
                    onClick={() => moveDomain(code, -1)}
                  >
                    ↑ Omhoog
                  </Button>
                  <Button
                    id={`omlaag-${idOf(code)}`}
                    appearance="subtle"
                    aria-label={`${name} omlaag`}
                    onClick={() => moveDomain(code, 1)}
                  >
                    ↓ Omlaag
                  </Button>
                </li>
              );
            })}
          </ol>
        )}

        <Heading level={2}>3. Naaste</Heading>
        <ConsentStep monitor={data} />

        <Heading level={2}>4. Cijfers per leefgebied</Heading>
        <Paragraph small>
          ● Bewoner (blauw, rond) · ■ Professional (oranje, vierkant)
          {naaste !== null && ' · ◆ Naaste (groen, ruit)'}
        </Paragraph>
        {order.map((code) => {
          const domain = byCode.get(code);
          if (!domain) return null;
          return (
            <DomainCard
              key={code}
              domain={domain}
              entry={entries[code] ?? emptyEntry()}
              naaste={naaste}
              datum={datum}
              onChange={(entry) => setEntries((current) => ({ ...current, [code]: entry }))}
            />
          );
        })}

        <Heading level={2}>5. Tevredenheid met het leven</Heading>
        <Fieldset legend="Welk cijfer geeft de bewoner het leven nu? (1 = heel slecht, 10 = heel goed)">
          <div className="mw-choice-row">
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
              <label key={n}>
                <input
                  type="radio"
                  name="levenstevredenheid"
                  checked={leven === n}
                  onChange={() => setLeven(n)}
                />
                {n}
              </label>
            ))}
          </div>
        </Fieldset>

        <Button type="submit" appearance="primary-action" busy={busy}>
          Gesprek opslaan
        </Button>
      </form>
    </div>
  );
}
