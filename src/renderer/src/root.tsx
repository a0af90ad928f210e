import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { AppStateProvider } from './app-state';
import { NavigationProvider } from './navigation';
import { RebootProvider } from './reboot';

/** Renders the app into #root; main.tsx calls it once this chunk has loaded. */
export function mountApp(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* The app shell has its own boundary: even a failing header or provider leaves a panel, not a blank window. */}
      <ViewErrorBoundary name="Prep Planner">
        {/* A switch to another roadmap starts everything below over (reboot.tsx). */}
        <RebootProvider>
          <AppStateProvider>
            <NavigationProvider>
              <App />
            </NavigationProvider>
          </AppStateProvider>
        </RebootProvider>
      </ViewErrorBoundary>
    </StrictMode>,
  );
}
