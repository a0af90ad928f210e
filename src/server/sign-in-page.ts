/**
 * What someone gets who opens the server's address without this run's token (a bookmark, a
 * copied address without its ?token=…): plain HTML, no script, so the strict CSP holds.
 */
export function signInPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Prep Planner</title></head>
<body>
<main>
<h1>Prep Planner</h1>
<p>This address needs the link that <code>npm start</code> printed when it started (it ends with <code>?token=…</code>).
Each run has its own link, so other sites and other users of this machine cannot reach your plan.</p>
<p>Copy that link from the terminal, or stop the server with Ctrl+C and run <code>npm start</code> again.</p>
</main>
</body></html>`;
}
