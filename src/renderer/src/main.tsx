import { sendBootEarly } from './early-boot';
import { installPageLeaveFlush } from './autosave/page-leave';
import { installApiTransport } from './http-api';
import { warmUpForFirstRender } from './warm-up';
import './styles.css';

// The entry stays tiny: it asks main for the plan first, then loads React and the board while the
// reply travels (over HTTP, main serialises and the page parses it in the meantime), instead of
// asking only once all of the app's code has been evaluated.
installApiTransport();
// Unsaved text is sent when the page goes away (tab closed, reload, window closing).
installPageLeaveFlush();
sendBootEarly();
import('./root').then(
  ({ mountApp }) => mountApp(),
  () => {
    // Never a blank window: the app's code could not be loaded (the local server stopped, a broken install).
    const root = document.getElementById('root')!;
    root.setAttribute('role', 'alert');
    root.textContent = 'Prep Planner could not load its code. Reload the page; in browser mode, check that npm start is still running.';
  },
);
// Both requests are on their way (and root's chunks preloaded by index.html): the main thread would
// sit idle until they land, so it opens what the first render needs now.
warmUpForFirstRender();
