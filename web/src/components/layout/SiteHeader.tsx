import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../../shared/auth/roles.js';
import { logOut, useSession } from '../../api/session.js';
import { logoUrl } from '../../api/tenants.js';
import { useLogoVersion } from '../../lib/logo-version.js';
import { Button } from '../Button.js';
import { Link } from '../Link.js';
import { PageHeader } from '../PageHeader.js';
import { loginStateFor } from './RequireSession.js';
import { TenantSwitcher } from './TenantSwitcher.js';

function TenantLogo({ tenantId, naam }: { tenantId: string; naam: string }) {
  const version = useLogoVersion();
  const [failed, setFailed] = useState<string | null>(null);
  const src = logoUrl(tenantId, version);
  if (failed === src) return null;
  return (
    <img
      src={src}
      alt={`Logo van ${naam}`}
      className="mw-header__logo"
      onError={() => setFailed(src)}
    />
  );
}

export function SiteHeader() {
  const session = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const tenant = session.actieveOrganisatie;

  async function logOutAndLeave() {
    setBusy(true);
    try {
      await logOut();
    } finally {
      void navigate('/inloggen', { replace: true, state: loginStateFor('uitgelogd', '/') });
    }
  }

  return (
    <PageHeader>
      <div className="mw-header__brand">
        {tenant.heeftLogo && <TenantLogo tenantId={tenant.id} naam={tenant.naam} />}
        <Link to="/" className="mw-header__name">
          Meetwerk
        </Link>
      </div>
      <div className="mw-header__account">
        <p className="utrecht-paragraph mw-header__who">
          <span className="mw-header__person">{session.account.naam}</span>
          <span>
            {ROLE_LABELS[tenant.rol]}
            {session.organisaties.length > 1 ? '' : ` bij ${tenant.naam}`}
          </span>
          <Link to="/wachtwoord">Wachtwoord wijzigen</Link>
        </p>
        {session.organisaties.length > 1 && <TenantSwitcher />}
        <Button onClick={() => void logOutAndLeave()} busy={busy}>
          Uitloggen
        </Button>
      </div>
    </PageHeader>
  );
}
