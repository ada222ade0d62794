import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { queryClient } from './api/query-client.js';
import { applyDutchValidationMessages } from '../../shared/i18n/zod-nl.js';
import { App } from './App.js';
import { AnnouncerProvider } from './lib/announcer.js';

// Validation in the browser speaks Dutch too, like the server's.
applyDutchValidationMessages();

const container = document.getElementById('app');
if (!container) throw new Error('index.html misses <div id="app">');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
