/** The snapshot API (`/api/snapshots`, `/api/snapshots/<id>`) served over real HTTP, as the snapshot suites use it. */
import * as listRoute from '@/pages/api/snapshots/index';
import * as itemRoute from '@/pages/api/snapshots/[id]';
import type { ApiRoute } from '@/tests/support/apiRouteServer';

export const SNAPSHOT_ROUTES: readonly ApiRoute[] = [
  { pattern: /^\/api\/snapshots$/, module: listRoute },
  { pattern: /^\/api\/snapshots\/(?<id>[^/]+)$/, module: itemRoute },
];
