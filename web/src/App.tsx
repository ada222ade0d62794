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
import { SettingsPage } from './pages/SettingsPage.js';
import { UsersPage } from './pages/UsersPage.js';
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
        </Route>
        <Route element={<NotFoundRoute />}>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
