import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const e2e = {
  environment: 'node' as const,
  // Ceilings, not timings: on a 2-core machine shared by several test runs one E2E test took 45-65 s.
  testTimeout: 180_000,
  hookTimeout: 120_000,
  // Two cores: one Chromium at a time keeps timings honest and the machine responsive.
  fileParallelism: false,
  // Groups run one after another (lowest first): e2e-http waits for e2e, so one Chromium at a time.
  sequence: { groupOrder: 0 },
  // A shared 2-core machine can take longer than vitest's 1 s default to settle a view; this is a
  // ceiling for polling, never a timing assertion.
  expect: { poll: { timeout: 10_000 } },
};

export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // Property and burst tests do real work; on a busy 2-core machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], ...e2e },
      },
      {
        // The main E2E flows again (boot and restart, board moves, scaffolding), with the page
        // served by the real browser-mode server and every call over HTTP (token cookie, Host/Origin
        // checks, the renderer's HTTP transport). Runs after the e2e project: one Chromium at a time.
        extends: true,
        test: {
          name: 'e2e-http',
          include: ['tests/e2e/{skeleton,board,scaffold,several-tabs,notes-autosave,leave-unsaved,typed-drafts-s7,leave-rename-s8,roadmap-moved-s8}.e2e.test.ts'],
          env: { PREP_E2E_TRANSPORT: 'http' },
          ...e2e,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
