import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '@shared/ipc/bridge';
import { PAGE_FLUSH_DONE, PAGE_FLUSH_REQUEST, type PageLife } from '@shared/ipc/page-flush';

// The page gets exactly the contract's channels and nothing of ipcRenderer itself.
const api = createApi((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld('api', api satisfies Window['api']);

// Before the window closes, main asks the page to save its unsaved text (shared/ipc/page-flush.ts);
// the page answers when its saves are done. Only a number crosses, never ipcRenderer itself.
const pageLife: PageLife = {
  onFlushRequest(flush) {
    ipcRenderer.on(PAGE_FLUSH_REQUEST, (_event, id: unknown) => {
      const answer = () => ipcRenderer.send(PAGE_FLUSH_DONE, typeof id === 'number' ? id : 0);
      Promise.resolve(flush()).then(answer, answer);
    });
  },
};
contextBridge.exposeInMainWorld('pageLife', pageLife);
