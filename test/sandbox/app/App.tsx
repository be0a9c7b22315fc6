import { Result } from '@arco-design/web-react';
import { useEnv } from './context.ts';
import { CreatePage } from './create/CreatePage.tsx';
import { CollabDetail } from './pages/CollabDetail.tsx';
import { CollabList } from './pages/CollabList.tsx';
import { CreatorDetail } from './pages/CreatorDetail.tsx';
import { FindCreators } from './pages/FindCreators.tsx';
import { Home } from './pages/Home.tsx';
import { matchRoute, type Route, useLocation } from './router.ts';
import { Shell } from './Shell.tsx';

function activeNav(route: Route): 'home' | 'find' | 'list' | 'create' | null {
  if (route.page === 'home') return 'home';
  if (route.page === 'find' || route.page === 'creatorDetail') return 'find';
  if (route.page === 'list' || route.page === 'collabDetail') return 'list';
  if (route.page === 'create') return 'create';
  return null;
}

/** The frame stays mounted; the page inside is remounted per URL, the way the micro-frontend swaps sub-apps. */
export function App() {
  const loc = useLocation();
  const { t } = useEnv();
  const route = matchRoute(loc.pathname, loc.search);
  return (
    <Shell active={activeNav(route)}>
      <Page key={loc.href} route={route} notFound={t('notFound')} />
    </Shell>
  );
}

function Page({ route, notFound }: { route: Route; notFound: string }) {
  switch (route.page) {
    case 'home':
      return <Home />;
    case 'find':
      return <FindCreators />;
    case 'creatorDetail':
      return <CreatorDetail cid={route.cid} />;
    case 'list':
      return <CollabList family={route.family} />;
    case 'collabDetail':
      return <CollabDetail id={route.id} family={route.family} />;
    case 'create':
      return <CreatePage flatFee={route.flatFee} editId={route.editId} family={route.family} />;
    default:
      return <Result status="404" title={notFound} />;
  }
}
