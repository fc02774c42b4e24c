import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { ActivityPage } from '../features/activity/activity-page';
import { LoginPage } from '../features/auth/login-page';
import { SignupPage } from '../features/auth/signup-page';
import { AcceptInvitationPage } from '../features/invitations/accept-invitation-page';
import { JourneysPage } from '../features/journeys/journeys-page';
import { PortfolioPage } from '../features/portfolio/portfolio-page';
import { NeedsReviewPage } from '../features/review/needs-review-page';
import { WorkspaceSettingsPage } from '../features/workspaces/workspace-settings-page';
import { NotFound } from '../ui/not-found';
import { AppLayout } from './app-layout';
import { CanvasRoute, CanvasRouteLoading, preloadCanvasRoute } from './canvas-route';
import { HomeRedirect } from './home-redirect';
import { RequireAuth } from './require-auth';
import { SharedJourneyRoute } from './shared-journey-route';
import { WorkspaceGuard } from './workspace-guard';

/** `queryClient`: the app's, for loaders that start a page's queries early (the canvas). */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/signup', element: <SignupPage /> },
    { path: '/invite/:token', element: <AcceptInvitationPage /> },
    { path: '/s/:token', element: <SharedJourneyRoute /> },
    {
      element: <RequireAuth />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          element: <AppLayout />,
          children: [
            {
              path: 'w/:workspaceId',
              element: <WorkspaceGuard />,
              children: [
                { index: true, element: <JourneysPage /> },
                {
                  path: 'journeys/:journeyId',
                  element: <CanvasRoute />,
                  loader: ({ params }) => preloadCanvasRoute(queryClient, params.workspaceId, params.journeyId),
                  HydrateFallback: CanvasRouteLoading,
                },
                { path: 'settings', element: <WorkspaceSettingsPage /> },
                { path: 'activity', element: <ActivityPage /> },
                { path: 'portfolio', element: <PortfolioPage /> },
                { path: 'needs-review', element: <NeedsReviewPage /> },
              ],
            },
            { path: 'account', element: <AccountPage /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
