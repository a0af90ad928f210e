import type { Download } from '@shared/ipc/channels/portfolio';

/**
 * Hands an export to the browser as a download (browser mode has no save dialog in main). A blob
 * URL keeps it local: nothing is fetched, so the page's CSP needs no exception.
 */
export function offerDownload(download: Download): void {
  const body = download.encoding === 'base64' ? Uint8Array.from(atob(download.content), (c) => c.charCodeAt(0)) : download.content;
  const url = URL.createObjectURL(new Blob([body], { type: download.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download once click() returns; keep the URL a while for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
