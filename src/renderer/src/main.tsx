import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppStateProvider } from './app-state';
import { installApiTransport } from './http-api';
import { NavigationProvider } from './navigation';
import './styles.css';

installApiTransport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStateProvider>
      <NavigationProvider>
        <App />
      </NavigationProvider>
    </AppStateProvider>
  </StrictMode>,
);
