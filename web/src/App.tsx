import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Permission } from '../../shared/auth/roles.js';
import { useSessionQuery } from './api/session.js';
import { AppLayout } from './components/layout/AppLayout.js';
import { PublicLayout } from './components/layout/PublicLayout.js';
import { RequirePermission } from './components/layout/RequirePermission.js';
import { RequireSession } from './components/layout/RequireSession.js';
import { RouteFocus } from './components/layout/RouteFocus.js';
import { LoadingMessage } from './components/LoadingMessage.js';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage.js';
import { AuditLogPage } from './pages/AuditLogPage.js';
import { ChangePasswordPage } from './pages/ChangePasswordPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { ConversationPage } from './pages/outcomes/ConversationPage.js';
import { DomainsTeamsPage } from './pages/outcomes/DomainsTeamsPage.js';
import { OutcomesPage, TeamOutcomesPage } from './pages/outcomes/OutcomesPage.js';
import { PrintSummaryPage } from './pages/outcomes/PrintSummaryPage.js';
import { ResidentPage } from './pages/outcomes/ResidentPage.js';
import { ResidentsPage } from './pages/outcomes/ResidentsPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { CapacityPage } from './pages/registrations/CapacityPage.js';
import { CodesPage } from './pages/registrations/CodesPage.js';
import { ImportsPage } from './pages/registrations/ImportsPage.js';
import { LocationsPage } from './pages/registrations/LocationsPage.js';
import { ManagementLayout } from './pages/registrations/ManagementLayout.js';
import { PressureDashboardPage } from './pages/registrations/PressureDashboardPage.js';
import { PressureSettingsPage } from './pages/registrations/PressureSettingsPage.js';
import { RegistrationPage } from './pages/registrations/RegistrationPage.js';
import { WaitingListPage } from './pages/registrations/WaitingListPage.js';
import { GemeenteResultsPage } from './pages/results/GemeenteResultsPage.js';
import { ResultsPage } from './pages/results/ResultsPage.js';
import { RoundOverviewPage } from './pages/results/RoundOverviewPage.js';
import { ClientsPage } from './pages/surveys/ClientsPage.js';
import { DataEntryPage } from './pages/surveys/DataEntryPage.js';
import { InvitationsPage } from './pages/surveys/InvitationsPage.js';
import { PreviewPage } from './pages/surveys/PreviewPage.js';
import { ProgressPage } from './pages/surveys/ProgressPage.js';
import { QuestionnairePage } from './pages/surveys/QuestionnairePage.js';
import { SamplePage } from './pages/surveys/SamplePage.js';
import { SurveyLayout } from './pages/surveys/SurveyLayout.js';
import { SurveyOverviewPage } from './pages/surveys/SurveyOverviewPage.js';
import { SurveysPage } from './pages/surveys/SurveysPage.js';

function guarded(permission: Permission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

/** An unknown address gets the full frame when logged in, the plain one when not. */
function NotFoundRoute() {
  const { data: session, isPending } = useSessionQuery();
  if (isPending) return <LoadingMessage />;
  return session ? <AppLayout /> : <PublicLayout />;
}

export function App() {
  return (
    <>
      <RouteFocus />
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="inloggen" element={<LoginPage />} />
          <Route path="uitnodiging" element={<AcceptInvitationPage />} />
        </Route>
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<OverviewPage />} />
          <Route path="wachtwoord" element={<ChangePasswordPage />} />
          <Route path="gebruikers" element={guarded('gebruikers.beheren', <UsersPage />)} />
          <Route path="auditlog" element={guarded('auditlog.lezen', <AuditLogPage />)} />
          <Route path="instellingen" element={guarded('organisatie.instellen', <SettingsPage />)} />
          <Route path="onderzoeken" element={guarded('onderzoek.uitvoeren', <SurveysPage />)} />
          {/* One round and its parts; a new part adds a child here and an entry in
              pages/surveys/survey-sections.ts. */}
          <Route path="onderzoeken/:id" element={guarded('onderzoek.uitvoeren', <SurveyLayout />)}>
            <Route index element={<SurveyOverviewPage />} />
            <Route path="vragenlijst" element={<QuestionnairePage />} />
            <Route path="voorbeeld" element={<PreviewPage />} />
            <Route path="clienten" element={<ClientsPage />} />
            <Route path="steekproef" element={<SamplePage />} />
            <Route path="uitnodigingen" element={<InvitationsPage />} />
            <Route path="invoer" element={<DataEntryPage />} />
            <Route path="voortgang" element={<ProgressPage />} />
          </Route>
          <Route path="resultaten" element={guarded('cijfers.lezen', <ResultsPage />)} />
          <Route
            path="resultaten/:enqueteId"
            element={guarded('cijfers.lezen', <RoundOverviewPage />)}
          />
          <Route
            path="resultaten/:enqueteId/:cbsCode"
            element={guarded('cijfers.lezen', <GemeenteResultsPage />)}
          />
          <Route
            path="registreren"
            element={guarded('registraties.invoeren', <RegistrationPage />)}
          />
          <Route
            path="wachtlijst"
            element={guarded('registraties.invoeren', <WaitingListPage />)}
          />
          <Route path="werkdruk" element={guarded('cijfers.lezen', <PressureDashboardPage />)} />
          <Route
            path="registratiebeheer"
            element={guarded('registratie.beheren', <ManagementLayout />)}
          >
            <Route index element={<CodesPage />} />
            <Route path="locaties" element={<LocationsPage />} />
            <Route path="capaciteit" element={<CapacityPage />} />
            <Route path="bestanden" element={<ImportsPage />} />
            <Route path="instellingen" element={<PressureSettingsPage />} />
          </Route>
          <Route path="bewoners" element={guarded('clientdossiers.lezen', <ResidentsPage />)} />
          <Route path="bewoners/:id" element={guarded('clientdossiers.lezen', <ResidentPage />)} />
          <Route
            path="bewoners/:id/gesprek"
            element={guarded('clientdossiers.lezen', <ConversationPage />)}
          />
          <Route
            path="bewoners/:id/samenvatting"
            element={guarded('clientdossiers.lezen', <PrintSummaryPage />)}
          />
          <Route
            path="wijkteams/:id/uitkomsten"
            element={guarded('clientdossiers.lezen', <TeamOutcomesPage />)}
          />
          <Route path="uitkomsten" element={guarded('cijfers.lezen', <OutcomesPage />)} />
          <Route
            path="leefgebieden"
            element={guarded('organisatie.instellen', <DomainsTeamsPage />)}
          />
        </Route>
        <Route element={<NotFoundRoute />}>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
