import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, Suspense, lazy, useEffect, useState } from 'react';
import { type DataRouter, Outlet, Route, RouterProvider, createBrowserRouter, createRoutesFromElements } from 'react-router';
import {
  CALIBRATION_PATH,
  CLOSING_DAYS_PATH,
  FAMILY_ADMIN_PATH,
  HISTORY_PATH,
  PAY_ASSESSMENT_PATH,
  PAY_DATA_PATH,
  PAY_REPORT_PATH,
  PAY_REQUESTS_PATH,
} from './admin/paths.js';
import { type FirstPageModule, firstPage } from '../api/first-pages.js';
import { isApiError } from './api/client.js';
import { keys, useMe } from './api/queries.js';
import { LEGACY_IMPORT_PATH, NEW_FUBE_PATH } from './fube/new-fube-link.js';
import type { Locale } from '../messages/index.js';
import { I18nProvider } from './i18n/i18n.js';
import { AppShell, RequireLogin } from './shell/app-shell.js';
import { type TitleSink, TitleSinkContext } from './ui/page-title.js';
import { Loading } from './ui/query-state.js';

/**
 * Every page is its own chunk: the first page loads only the shell and itself. Once a page's
 * module is loaded it is rendered directly, not through React.lazy: a lazy component suspends
 * on its first render even when its module is there, and React 19 holds the reveal of a
 * suspended boundary up to 300 ms (its fallback throttle) — that was a third of a first load.
 */
const page = (load: () => Promise<{ default: ComponentType }>): ComponentType => {
  let loaded: ComponentType | undefined;
  const track = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(track);
  const Page = () => {
    const Loaded = loaded;
    return Loaded !== undefined ? <Loaded /> : <Lazy />;
  };
  preloaders.set(load, async () => {
    await track();
  });
  return Page;
};
const preloaders = new Map<() => Promise<unknown>, () => Promise<void>>();
const loadHome = () => import('./pages/home-page.js');
const loadFube = () => import('./fube/fube-page.js');
const loadCatalogue = () => import('./pages/catalogue-page.js');
const loadMatrix = () => import('./pages/matrix-page.js');
const loadHolder = () => import('./pages/holder-page.js');
const HomePage = page(loadHome);
const loadLogin = () => import('./pages/login-page.js');
const LoginPage = page(loadLogin);
const loadWelcome = () => import('./pages/welcome-page.js');
const WelcomePage = page(loadWelcome);
const FamiliesPage = page(() => import('./pages/families-page.js'));
const FamilyPage = page(() => import('./pages/family-page.js'));
const TryWeighingPage = page(() => import('./pages/try-weighing-page.js'));
const FubePage = page(loadFube);
const CataloguePage = page(loadCatalogue);
const MatrixPage = page(loadMatrix);
const MatrixCellPage = page(() => import('./pages/matrix-cell-page.js'));
const ComparePage = page(() => import('./compare/compare-page.js'));
const CreateFubePage = page(() => import('./pages/create-fube-page.js'));
const LegacyImportPage = page(() => import('./pages/legacy-import-page.js'));
const HolderPage = page(loadHolder);
const PrintPage = page(() => import('./pages/print-page.js'));
const NotFoundPage = page(() => import('./pages/not-found-page.js'));
const PayRequestPage = page(() => import('./pay/pay-request-page.js'));
const FamilyAdminPage = page(() => import('./admin/family-admin-page.js'));
const FamilyVersionsPage = page(() => import('./admin/family-versions-page.js'));
const HistoryPage = page(() => import('./admin/history-page.js'));
const ClosingDaysPage = page(() => import('./admin/closing-days-page.js'));
const NotificationsPage = page(() => import('./notifications/notifications-page.js'));
const OverviewPage = page(() => import('./pages/overview-page.js'));
const PayReportPage = page(() => import('./pay/pay-report-page.js'));
const PayDataPage = page(() => import('./pay/pay-data-page.js'));
const PayAssessmentPage = page(() => import('./pay/pay-assessment-page.js'));
const PayRequestsPage = page(() => import('./pay/pay-requests-page.js'));
const CalibrationPage = page(() => import('./calibration/calibration-page.js'));

/** The chunk loaders of the pages the server may name for a first load (src/api/first-pages.ts). */
const FIRST_PAGE_LOADERS: Record<FirstPageModule, () => Promise<unknown>> = {
  'pages/home-page.tsx': loadHome,
  'pages/welcome-page.tsx': loadWelcome,
  'fube/fube-page.tsx': loadFube,
  'pages/catalogue-page.tsx': loadCatalogue,
  'pages/matrix-page.tsx': loadMatrix,
  'pages/holder-page.tsx': loadHolder,
  'pages/login-page.tsx': loadLogin,
};

/**
 * Loads the chunk of the page at `pathname` (when it is a first page) before the first
 * render, so that it shows without a loading step; `signedIn` undefined when not yet known.
 * Never rejects: a failed load is reported by the page when shown.
 */
export async function preloadPage(pathname: string, signedIn: boolean | undefined): Promise<void> {
  const module = firstPage(pathname, signedIn);
  const load = module === undefined ? undefined : FIRST_PAGE_LOADERS[module];
  const preload = load === undefined ? undefined : preloaders.get(load);
  await preload?.().catch(() => undefined);
}

export function createQueryClient(): QueryClient {
  // A read answered 401 means the session ended (expired, logged out elsewhere, or a page
  // restored from the browser's history with the session it was served with): forget the
  // user, so the pages that need one send to the login page instead of showing the refusal.
  // (Writes are left alone: a 401 there can be a refusal of that write, e.g. a password
  // change from a single sign-on session.)
  const signedOut = (error: unknown) => {
    if (isApiError(error, 401)) client.setQueryData(keys.me, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers do not get better by asking again.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

/** `/`: the start page for an anonymous visitor, "my work" for a signed-in user. */
function StartPage() {
  const me = useMe();
  if (me.data === undefined) return me.error !== null ? <WelcomePage /> : <Loading />;
  return me.data === null ? <WelcomePage /> : <HomePage />;
}

const guarded = (Page: ComponentType) => (
  <RequireLogin>
    <Page />
  </RequireLogin>
);

/** The shell around every page; the page itself loads as its own chunk. */
function Layout() {
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

/**
 * The routes in a data router (createBrowserRouter): the FUBE editor asks it to hold a
 * navigation while text is unsaved (useBlocker, issue 15 item 3). The server renders a first
 * page with the same routes (server-render.tsx).
 */
export const routes = createRoutesFromElements(
  <Route element={<Layout />}>
    <Route path="/" element={<StartPage />} />
    <Route path="/login" element={<LoginPage />} />
    <Route path="/families" element={<FamiliesPage />} />
    <Route path="/families/:id" element={<FamilyPage />} />
    <Route path="/families/:id/weging" element={<TryWeighingPage />} />
    <Route path="/families/:id/nieuwe-fube" element={guarded(CreateFubePage)} />
    <Route path={NEW_FUBE_PATH} element={guarded(CreateFubePage)} />
    <Route path={LEGACY_IMPORT_PATH} element={guarded(LegacyImportPage)} />
    <Route path="/fubes/:id/print" element={guarded(PrintPage)} />
    <Route path="/fubes/:id/:step?" element={guarded(FubePage)} />
    <Route path="/mijn-functie/:id" element={guarded(HolderPage)} />
    <Route path="/catalogus" element={guarded(CataloguePage)} />
    <Route path="/matrix" element={guarded(MatrixPage)} />
    <Route path="/matrix/cel" element={guarded(MatrixCellPage)} />
    <Route path="/vergelijken" element={guarded(ComparePage)} />
    <Route path={FAMILY_ADMIN_PATH} element={guarded(FamilyAdminPage)} />
    <Route path={`${FAMILY_ADMIN_PATH}/:id`} element={guarded(FamilyVersionsPage)} />
    <Route path={HISTORY_PATH} element={guarded(HistoryPage)} />
    <Route path={CLOSING_DAYS_PATH} element={guarded(ClosingDaysPage)} />
    <Route path="/meldingen" element={guarded(NotificationsPage)} />
    <Route path="/overzicht" element={guarded(OverviewPage)} />
    <Route path={PAY_REPORT_PATH} element={guarded(PayReportPage)} />
    <Route path={`${PAY_ASSESSMENT_PATH}/:id`} element={guarded(PayAssessmentPage)} />
    <Route path={PAY_REQUESTS_PATH} element={guarded(PayRequestsPage)} />
    <Route path="/loon-opvragen" element={guarded(PayRequestPage)} />
    <Route path={PAY_DATA_PATH} element={guarded(PayDataPage)} />
    <Route path={CALIBRATION_PATH} element={guarded(CalibrationPage)} />
    <Route path="*" element={<NotFoundPage />} />
  </Route>,
);

/**
 * The app in the browser. `locale`: the language to start in (the one the server rendered the
 * page in, when it did), by default the one the user chose before. The same tree as the
 * server's (server-render.tsx), so that a server-rendered page hydrates.
 */
export function App({
  client = createQueryClient(),
  locale,
  router: given,
}: {
  client?: QueryClient;
  locale?: Locale;
  /** The browser's router by default; a test gives a memory router (test/web/server-render-tree.test.ts). */
  router?: DataRouter;
}) {
  const [router] = useState(() => given ?? createBrowserRouter(routes));
  return (
    <AppFrame client={client} locale={locale}>
      <RouterProvider router={router} />
    </AppFrame>
  );
}

/**
 * What holds the router, in the browser and on the server alike: a server-rendered page only
 * hydrates when both trees have the same shape (useId derives its ids from the positions).
 */
export function AppFrame({
  client,
  locale,
  titleSink = null,
  children,
}: {
  client: QueryClient;
  locale: Locale | undefined;
  /** On the server: where the page leaves its document title. */
  titleSink?: TitleSink | null;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <TitleSinkContext.Provider value={titleSink}>
          {children}
          <AppReady />
        </TitleSinkContext.Provider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

/**
 * Marks the page as running (`<html data-app-ready>`) once React has mounted or hydrated it: a
 * server-rendered page shows its content before its scripts have run, and a click before that
 * would do nothing. Tests wait for it before they act on a page they opened by its address.
 */
function AppReady() {
  useEffect(() => {
    document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
  }, []);
  return null;
}

/** The attribute AppReady sets on `<html>`. */
export const APP_READY_ATTRIBUTE = 'data-app-ready';
