import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  // Separate folders let several runs on different ports share a checkout.
  outputDir: process.env.E2E_PORT ? `test-results/port-${PORT}` : "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // journeys run many pages and axe scans on a 2-core machine beside the app
  timeout: 60_000,
  // a submit that writes the input, its duplicate keys and its e-mail in one transaction can
  // take several seconds when both cores are busy; 5 s (the default) made journeys flaky
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace records DOM snapshots of every action: about a third of the browser's and the
    // workers' CPU on this 2-core machine. CI's log is all anyone reads of a CI run, so it
    // records none there; locally a failing test keeps its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh database per run: PostgreSQL when DATABASE_URL is set, else a new PGlite folder.
    command: "tsx tests/setup/e2e-server.ts",
    url: `http://localhost:${PORT}/healthz`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
