import { useEffect, useState } from 'react';

const ENDPOINT = '{{frontend_endpoint}}';
const TITLE = {{project_name_quoted}};

/** Loads ENDPOINT from the backend and lists what it returns: the starting point for your UI. */
export default function App() {
  const [state, setState] = useState({ status: 'loading', items: [], error: '' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(ENDPOINT, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`The backend answered ${response.status}.`);
        return response.json();
      })
      .then((data) => setState({ status: 'ready', items: Array.isArray(data) ? data : [data], error: '' }))
      .catch((error) => {
        if (error.name !== 'AbortError') setState({ status: 'error', items: [], error: `${error.message} Is the backend running?` });
      });
    return () => controller.abort();
  }, []);

  return (
    <main>
      <h1>{TITLE}</h1>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <p role="alert">{state.error}</p>}
      {state.status === 'ready' && (
        <ul aria-label={`From ${ENDPOINT}`}>
          {state.items.map((item, index) => (
            <li key={item.id ?? index}>{typeof item === 'string' ? item : JSON.stringify(item)}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
