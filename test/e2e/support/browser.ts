/** Debian's Chromium driven by playwright-core, on the playground the global setup serves. */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = resolve(__dirname, "..", "screenshots");

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export function playgroundUrl(): string {
  const url = process.env.PLAYGROUND_URL;
  if (!url) throw new Error("PLAYGROUND_URL is not set: run through jest.e2e.config.js (npm run test:e2e).");
  return url;
}

/** A fresh profile, the playground loaded and the pane ready (its settings read from the workbook). */
export async function openPlayground(query = ""): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), "bilan-qualite-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    locale: "fr-FR",
    // No animations: a focus indicator is checked at once, not halfway through its transition.
    reducedMotion: "reduce",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${playgroundUrl()}${query}`);
  await tab(page, "Analyser").waitFor();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Errors in the page: ${errors.join(" | ")}`);
    },
  };
}

export function pane(page: Page): Locator {
  return page.locator("#pane");
}

export function workbook(page: Page): Locator {
  return page.locator("#workbook");
}

export function tab(page: Page, name: string): Locator {
  return pane(page).getByRole("tab", { name });
}

/** The visible pane (the others stay mounted but hidden). */
export function panel(page: Page): Locator {
  return pane(page).locator('[role="tabpanel"]:not([hidden])');
}

export function sheetTab(page: Page, sheet: string): Locator {
  return workbook(page).locator(`nav button[data-sheet="${sheet}"]`);
}

/** The sheet tab of the sheet the view shows, when it is that sheet. */
export function viewedSheet(page: Page, sheet: string): Locator {
  return workbook(page).locator(`nav button[aria-pressed="true"][data-sheet="${sheet}"]`);
}

export function viewedCell(page: Page, address: string): Locator {
  return workbook(page).locator(`table td[data-address="${address}"]`);
}

/** The page as the viewport shows it, or only the `clip` rectangle of it. */
export async function screenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false, ...(clip ? { clip } : {}) });
  return path;
}

/** A screenshot of one element only (the pane, for the user guide). */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await locator.screenshot({ path });
  return path;
}
