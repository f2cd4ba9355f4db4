import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTRACT_DOCUMENT, EXAMPLE_TABS } from './examples.js';

// Same origin only: the API is served beside this page.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={CONTRACT_DOCUMENT} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility={false} />
    </StrictMode>,
  );
}
