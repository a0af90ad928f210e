import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '@shared/ipc/bridge';

// The page gets exactly the contract's channels and nothing of ipcRenderer itself.
const api = createApi((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld('api', api satisfies Window['api']);
