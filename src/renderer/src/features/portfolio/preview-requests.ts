/**
 * The rule for the preview's replies from main (channel `portfolio:preview`): each change asks
 * again, and replies may come back in any order (over HTTP two requests are two fetches). A reply
 * is shown only when it answers a newer request than the one on screen, so an old reply (options
 * changed meanwhile) never replaces a newer one. A failure is reported only for the latest request
 * (a newer one may still succeed); the model on screen stays until a newer reply replaces it.
 *
 * `ask` sends one request; `show.reply` gets each reply to draw, `show.failed` is called when the
 * latest request failed. After `stop()` (the view went away) nothing is called.
 */
export function latestReplies<Req, Rep>(ask: (request: Req) => Promise<Rep>, show: { reply(reply: Rep): void; failed(): void }) {
  let asked = 0;
  let shown = 0;
  let stopped = false;
  return {
    request(request: Req): void {
      const n = ++asked;
      ask(request).then(
        (reply) => {
          if (stopped || n <= shown) return;
          shown = n;
          show.reply(reply);
        },
        () => {
          if (!stopped && n === asked) show.failed();
        },
      );
    },
    stop(): void {
      stopped = true;
    },
  };
}
