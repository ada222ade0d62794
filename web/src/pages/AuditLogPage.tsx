import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { auditExportUrl, useAuditLog, type AuditFilters } from '../api/audit.js';
import { ApiError } from '../api/errors.js';
import { useSession } from '../api/session.js';
import { useUsers } from '../api/users.js';
import { AuditFilterForm } from '../components/audit/AuditFilterForm.js';
import { AuditTable } from '../components/audit/AuditTable.js';
import { filtersFrom, pageFrom, searchFor } from '../components/audit/audit-filters.js';
import { Heading, PageHeading } from '../components/Heading.js';
import { ButtonLink } from '../components/Link.js';
import { LoadingMessage } from '../components/LoadingMessage.js';
import { Pagination } from '../components/Pagination.js';
import { Paragraph } from '../components/Paragraph.js';
import { QueryError } from '../components/QueryError.js';
import { NO_ERRORS, formErrorsFromApi } from '../forms/form-errors.js';
import { formatNumber } from '../lib/format.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FILTER_FIELDS = ['actie', 'accountId', 'objectType', 'van', 'tot'];

export function AuditLogPage() {
  usePageTitle('Auditlog');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const { pagina, perPagina } = pageFrom(params);
  const log = useAuditLog(filters, pagina, perPagina);
  const users = useUsers(session.rechten.includes('gebruikers.beheren'));
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const badFilters = log.error instanceof ApiError && log.error.status === 400;

  function apply(next: AuditFilters) {
    setParams(searchFor(next, 1, perPagina));
  }

  function goTo(page: number) {
    setParams(searchFor(filters, page, perPagina));
    // The button just used may now be disabled; the results are where the user wants to be.
    resultsRef.current?.focus();
  }

  const pageCount = log.data ? Math.max(1, Math.ceil(log.data.totaal / log.data.perPagina)) : 1;

  return (
    <>
      <PageHeading>Auditlog</PageHeading>
      <Paragraph>
        Hier ziet u wie wanneer welke gegevens van {session.actieveOrganisatie.naam} heeft bekeken
        of gewijzigd. Niemand kan deze regels veranderen.
      </Paragraph>
      <AuditFilterForm
        key={params.toString()}
        initial={filters}
        users={users.data}
        serverErrors={badFilters ? formErrorsFromApi(log.error, FILTER_FIELDS) : NO_ERRORS}
        onApply={apply}
      />
      <section aria-labelledby="resultaten-kop" className="mw-section">
        <div className="mw-section__head">
          <Heading level={2} id="resultaten-kop" ref={resultsRef} tabIndex={-1}>
            Resultaten
          </Heading>
          <ButtonLink href={auditExportUrl(filters)} download>
            Download als CSV
          </ButtonLink>
        </div>
        {log.isPending && <LoadingMessage>De auditlog wordt geladen…</LoadingMessage>}
        {log.error && !badFilters && <QueryError error={log.error} what="De regels" />}
        {log.data && log.data.totaal === 0 && (
          <Paragraph role="status">Er zijn geen regels die passen bij deze filters.</Paragraph>
        )}
        {log.data && log.data.totaal > 0 && (
          <>
            <Paragraph role="status">
              {formatNumber(log.data.totaal)} regels gevonden. U ziet pagina{' '}
              {formatNumber(log.data.pagina)} van {formatNumber(pageCount)}.
            </Paragraph>
            <AuditTable
              entries={log.data.regels}
              caption={`Auditregels, pagina ${log.data.pagina} van ${pageCount}`}
            />
            <Pagination
              page={log.data.pagina}
              pageCount={pageCount}
              total={log.data.totaal}
              onPage={goTo}
            />
          </>
        )}
      </section>
    </>
  );
}
