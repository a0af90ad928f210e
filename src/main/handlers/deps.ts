import type { Curriculum } from '@shared/curriculum-schema';
import type { Clock } from '../core/clock';
import type { FsPort } from '../core/fs-port';
import type { GitRunner } from '../core/scaffold/git-init';
import type { PlanStore } from '../core/plan-store';
import type { RoadmapManager } from './roadmaps';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs, injected so tests (and the E2E harness) answer them. Null means cancelled. */
export interface Dialogs {
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

/** The OS integration Electron's `shell` gives; injected for the same reason. */
export interface DesktopShell {
  openExternal(url: string): Promise<void>;
  /** Resolves to an error message, or '' on success (Electron's convention). */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface HandlerDeps {
  store: PlanStore;
  curriculum: Curriculum;
  clock: Clock;
  dialogs: Dialogs;
  shell: DesktopShell;
  fs: FsPort;
  appVersion: string;
  /** Folder holding the user-editable project templates (`resources/templates`). */
  templatesDir: string;
  /** Runs git for a new project folder's first commit; git from the PATH when not given. */
  git?: GitRunner;
  /** Renders self-contained HTML to PDF (Electron's printToPDF; Chromium's page.pdf in tests). */
  printToPdf(html: string): Promise<Uint8Array>;
  /** 'browser' when the local HTTP server runs main (src/server): the page then asks for paths itself. */
  shellKind?: 'desktop' | 'browser';
  /** Which roadmap the store and curriculum belong to ('builtin' when not given). */
  roadmapId?: string;
  /** The data folder's roadmaps (import, switch, remove); the roadmaps:* channels refuse without it. */
  roadmaps?: RoadmapManager;
}
