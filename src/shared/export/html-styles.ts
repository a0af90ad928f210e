/**
 * The export's only styling, inlined so the file works offline and as a GitHub Pages index.html.
 * Light and dark follow the reader's OS; print always uses the light palette on white paper.
 */
export const PORTFOLIO_CSS = `
:root { color-scheme: light dark; --bg: #f6f7f9; --surface: #fff; --text: #1c2230; --muted: #5d6678; --border: #dfe3ea; --accent: #3b5bdb; --accent-soft: #e3e9ff; --ok: #2b8a3e; --bar: #e9ecf2; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14161b; --surface: #1d2027; --text: #e6e8ee; --muted: #9aa3b5; --border: #323744; --accent: #8ea2ff; --accent-soft: #27305a; --ok: #69db7c; --bar: #2c313c; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'; }
main { max-width: 860px; margin: 0 auto; padding: 48px 24px 64px; overflow-wrap: anywhere; }
/* Like dir="auto": each block takes its direction from its own text (right-to-left titles and notes). */
h1, h2, h3, p, li, dt, dd, blockquote { unicode-bidi: plaintext; }
h1 { font-size: 2.2rem; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.15rem; margin: 0; }
p { margin: 0 0 10px; }
a { color: var(--accent); overflow-wrap: anywhere; }
.headline { font-size: 1.15rem; color: var(--muted); margin: 0 0 12px; }
.profile-links { list-style: none; padding: 0; margin: 0 0 16px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
.summary { color: var(--muted); }
.projects { display: grid; gap: 16px; }
.project { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 18px 20px; break-inside: avoid; }
.project-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; margin-bottom: 6px; }
.badge { font-size: 0.8rem; font-weight: 600; padding: 1px 10px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); white-space: nowrap; }
.badge.done { background: color-mix(in srgb, var(--ok) 16%, transparent); color: var(--ok); }
.meta { color: var(--muted); font-size: 0.92rem; }
.stack-field { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 8px; margin: 8px 0; }
.stack { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.stack li { font-size: 0.82rem; padding: 1px 9px; border-radius: 999px; border: 1px solid var(--border); }
.steps { margin: 6px 0 0; padding-left: 22px; }
.field { margin: 6px 0 0; }
.label { font-weight: 600; }
.notes { margin: 12px 0 0; padding: 8px 14px; border-left: 3px solid var(--border); color: var(--muted); white-space: pre-wrap; overflow-wrap: anywhere; }
.progress dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; }
.progress dt { font-weight: 600; }
.progress dd { margin: 0; }
.bar { height: 8px; border-radius: 999px; background: var(--bar); overflow: hidden; margin-top: 6px; max-width: 320px; }
.bar span { display: block; height: 100%; background: var(--accent); }
.skills { padding-left: 22px; }
.skills li { margin-bottom: 6px; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; padding: 0 4px; border-radius: 4px; background: var(--bar); }
footer { margin-top: 48px; color: var(--muted); font-size: 0.85rem; }
@media print {
  :root { color-scheme: light; --bg: #fff; --surface: #fff; --text: #111; --muted: #444; --border: #ccc; --accent: #1f3fb8; --accent-soft: #e3e9ff; --ok: #2b8a3e; --bar: #e9ecf2; }
  main { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  /* Every card that fits on a page stays whole (.project above); only one whose notes alone
     would nearly fill a page flows on, rather than leave most of a page blank. */
  .project.tall { break-inside: auto; }
  .project-head { break-after: avoid; }
  .profile-links a::after { content: ' (' attr(href) ')'; color: var(--muted); }
}
@page { margin: 16mm 14mm; }
`;
