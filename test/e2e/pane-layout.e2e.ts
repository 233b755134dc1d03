/**
 * The pane's tab bar at the widths Excel gives a task pane (320 px is the narrowest): one line, each tab shown in
 * full or, when it does not fit, listed in the « Plus » menu at the end of the line; nothing cut.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPlayground, pane, SCREENSHOTS, screenshotOf, tab, type Session } from "./support/browser";

interface TabBox {
  readonly name: string;
  readonly top: number;
  readonly right: number;
}

const TAB_NAMES = ["Analyser", "Contrôles", "Générer", "Saisie mensuelle", "Paramètres"];

async function setPaneWidth(page: Page, width: number): Promise<void> {
  await pane(page).evaluate((element, px) => {
    (element as HTMLElement).style.width = `${px}px`;
    (element as HTMLElement).style.flexBasis = `${px}px`;
  }, width);
  // Fluent's Overflow measures on its ResizeObserver's next callback: let two frames pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

const moreButton = (page: Page) => pane(page).getByRole("tablist").getByRole("button", { name: /^Plus/ });

/** « Plus » once its menu's chunk is there (before, a placeholder holds its place and opens nothing). */
async function clickMore(page: Page): Promise<void> {
  await pane(page).locator('[role="tablist"] button[aria-haspopup="menu"]').waitFor();
  await moreButton(page).click();
}

/** The tabs on the bar (those in the menu are not displayed), with their full names and boxes. */
async function visibleTabs(page: Page): Promise<TabBox[]> {
  return pane(page).getByRole("tab").evaluateAll((tabs) =>
    tabs.map((element) => {
      const box = element.getBoundingClientRect();
      // Fluent repeats the label in a hidden span that reserves the bold width: read the first one.
      const label = element.querySelector(".fui-Tab__content")?.textContent ?? "";
      return { name: element.getAttribute("aria-label") ?? label, top: box.top, right: box.right };
    }),
  );
}

/** Opens « Plus » and reads its items; leaves it open. */
async function menuNames(page: Page): Promise<string[]> {
  await clickMore(page);
  const items = page.getByRole("menuitem");
  await items.first().waitFor();
  return items.allTextContents();
}

/** Chooses a tab as a user does: on the bar, or from « Plus » when it is not there. */
async function chooseTab(page: Page, name: string): Promise<void> {
  if (await tab(page, name).isVisible()) {
    await tab(page, name).click();
    return;
  }
  await clickMore(page);
  await page.getByRole("menuitem", { name }).click();
}

describe("the pane's tabs at task-pane widths", () => {
  let session: Session;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => {
    await session.close();
  });
  afterEach(async () => {
    await session.page.keyboard.press("Escape");
  });

  it.each([320, 380, 450])("show every tab inside a %i px pane, on one line or in the « Plus » menu, none cut", async (width) => {
    const { page } = session;
    await setPaneWidth(page, width);
    const boxes = await visibleTabs(page);
    const list = (await pane(page).getByRole("tablist").boundingBox())!;
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(list.x + list.width + 0.5);
    let inMenu: string[] = [];
    if (await moreButton(page).isVisible()) {
      // The placeholder gives way to the menu's own button once its chunk is there: measure that one.
      await pane(page).locator('[role="tablist"] button[aria-haspopup="menu"]').waitFor();
      const more = (await moreButton(page).boundingBox())!;
      expect(more.x + more.width).toBeLessThanOrEqual(list.x + list.width + 0.5);
      inMenu = await menuNames(page);
      await page.keyboard.press("Escape");
    }
    expect([...boxes.map((box) => box.name), ...inMenu].sort()).toEqual([...TAB_NAMES].sort());
    await screenshotOf(pane(page).getByRole("tablist"), `16-onglets-${width}px`);
  });

  it("lists the tabs that do not fit at 320 px in « Plus », and chooses one from it", async () => {
    const { page } = session;
    await setPaneWidth(page, 320);
    await expect(moreButton(page).isVisible()).resolves.toBe(true);
    const inMenu = await menuNames(page);
    expect(inMenu.length).toBeGreaterThan(0);
    // The top of the pane, where the menu opens (the guide shows it).
    const box = (await pane(page).boundingBox())!;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "17-onglets-320px-menu-plus.png"), clip: { x: box.x, y: box.y, width: box.width, height: 200 } });
    const chosen = inMenu[inMenu.length - 1]!;
    await page.getByRole("menuitem", { name: chosen }).click();
    await expect(tab(page, chosen).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(tab(page, chosen).isVisible()).resolves.toBe(true);
    await chooseTab(page, "Analyser");
  });

  it.each(TAB_NAMES)("draws the selection line of %s under its label, at 320 px", async (name) => {
    const { page } = session;
    await setPaneWidth(page, 320);
    await chooseTab(page, name);
    await tab(page, name).waitFor();
    const geometry = await tab(page, name).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const label = element.querySelector(".fui-Tab__content, .fui-Tab__icon")!.getBoundingClientRect();
      // Fluent draws the selection line as the selected tab's ::after, absolutely placed inside the tab.
      const after = getComputedStyle(element, "::after");
      const height = parseFloat(after.height);
      const bottom = box.bottom - parseFloat(after.bottom);
      return {
        line: { left: box.left + parseFloat(after.left), right: box.right - parseFloat(after.right), top: bottom - height, height },
        label: { centre: (label.left + label.right) / 2, bottom: label.bottom },
      };
    });
    expect(geometry.line.height).toBeGreaterThan(0);
    expect(geometry.line.top).toBeGreaterThanOrEqual(geometry.label.bottom - 1);
    expect(geometry.label.centre).toBeGreaterThan(geometry.line.left);
    expect(geometry.label.centre).toBeLessThan(geometry.line.right);
  });
});
