// The analyst's workbench: GraphiQL 5 with the Explorer (build queries by clicking), the history,
// an Account panel (sign in once, for every tab), and Chart and Table panels for the current result.
// Served by src/http/workbench.ts, which builds this file with esbuild.
import '@graphiql/plugin-explorer/style.css';
import 'graphiql/style.css';
import './workbench.css';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { ACCOUNT_PLUGIN, AccountStatus, openAccountWhenSignedOut } from './account.tsx';
import { refreshProfile, workbenchFetcher } from './api.ts';
import { CHART_PLUGIN } from './chart-panel.tsx';
import { readConfig } from './config.ts';
import { tablePlugin } from './table-panel.tsx';

const config = readConfig();

// Monaco's workers come from this server (the page's policy allows no other).
const WORKERS: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
Object.assign(self, {
  MonacoEnvironment: {
    globalAPI: false,
    getWorkerUrl: (_: string, label: string) => config.assets + (WORKERS[label] ?? 'editor.worker.js'),
  },
});

const fetcher = workbenchFetcher(config.graphqlPath);
const plugins = [ACCOUNT_PLUGIN, explorerPlugin(), CHART_PLUGIN, tablePlugin(config.exports), HISTORY_PLUGIN];

openAccountWhenSignedOut();
createRoot(document.getElementById('root')!).render(
  <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={config.tabs}>
    <GraphiQL.Logo>
      <AccountStatus />
    </GraphiQL.Logo>
  </GraphiQL>,
);

// A stored token is checked once per page (an expired or withdrawn one is forgotten).
void refreshProfile();
