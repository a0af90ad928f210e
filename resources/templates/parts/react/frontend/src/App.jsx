import { useEffect, useState } from 'react';

// GET paths of the backend this page shows; vite.config.js sends them (and every other backend
// path) to the Python server during `npm run dev`.
const ENDPOINTS = {{frontend_endpoints_js}};
const TITLE = {{project_name_quoted}};

/** One backend path, loaded and listed: the starting point for your UI. */
function Endpoint({ path }) {
  const [state, setState] = useState({ status: 'loading', items: [], error: '' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(path, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`The backend answered ${response.status}.`);
        return response.json();
      })
      .then((data) => setState({ status: 'ready', items: Array.isArray(data) ? data : [data], error: '' }))
      .catch((error) => {
        if (error.name !== 'AbortError') setState({ status: 'error', items: [], error: `${error.message} Is the backend running?` });
      });
    return () => controller.abort();
  }, [path]);

  return (
    <section aria-label={path}>
      <h2>
        <code>{path}</code>
      </h2>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <p role="alert">{state.error}</p>}
      {state.status === 'ready' && state.items.length === 0 && <p>Nothing here yet.</p>}
      {state.status === 'ready' && state.items.length > 0 && (
        <ul aria-label={`From ${path}`}>
          {state.items.map((item, index) => (
            <li key={item.id ?? index}>{typeof item === 'string' ? item : JSON.stringify(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function App() {
  return (
    <main>
      <h1>{TITLE}</h1>
      {ENDPOINTS.map((path) => (
        <Endpoint key={path} path={path} />
      ))}
    </main>
  );
}
