import type { PrepPlannerApi } from '@shared/ipc/bridge';

declare global {
  interface Window {
    /** The only door to main, built by the preload from the IPC contract. */
    readonly api: PrepPlannerApi;
  }
}
