import { existsSync } from 'node:fs';

/** Where Chromium usually is; CHROMIUM_PATH wins. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Browser mode's PDF export: Electron's printToPDF is not there, so the export HTML is printed by
 * a headless Chromium through playwright-core (scripts off, offline, like the desktop's hidden
 * print window). Without Chromium the message says what to do instead; the handler adds that no
 * file was written.
 */
export async function printToPdfWithChromium(html: string, env: Record<string, string | undefined> = process.env): Promise<Uint8Array> {
  const executablePath = [env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!executablePath) {
    throw new Error('browser mode prints PDFs with Chromium, which is not installed here; export the web page and use your browser\'s Print → Save as PDF');
  }
  const { chromium } = await import('playwright-core').catch(() => {
    throw new Error('browser mode prints PDFs through playwright-core, which is not installed (npm ci installs it); export the web page and print it from your browser');
  });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
