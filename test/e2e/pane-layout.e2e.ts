/** The pane's layout at the widths Excel gives a task pane: the five tabs on one line, the selection line under its label. */
import { openPlayground, pane, screenshotOf, tab, type Session } from "./support/browser";

interface TabBox {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

const TAB_NAMES = ["Analyser", "Contrôles", "Générer", "Saisie mensuelle", "Paramètres"];

describe("the pane's tabs at task-pane widths", () => {
  let session: Session;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => {
    await session.close();
  });

  it.each([320, 380, 450])("stay on one line inside a %i px pane, each with its full name", async (width) => {
    const { page } = session;
    await pane(page).evaluate((element, px) => {
      (element as HTMLElement).style.width = `${px}px`;
      (element as HTMLElement).style.flexBasis = `${px}px`;
    }, width);
    const boxes: TabBox[] = await pane(page).getByRole("tab").evaluateAll((tabs) =>
      tabs.map((element) => {
        const box = element.getBoundingClientRect();
        // Fluent repeats the label in a hidden span that reserves the bold width: read the first one.
        const label = element.querySelector(".fui-Tab__content")?.textContent ?? "";
        return { name: element.getAttribute("aria-label") ?? label, top: box.top, left: box.left, right: box.right, bottom: box.bottom };
      }),
    );
    const list = await pane(page).getByRole("tablist").boundingBox();
    expect(boxes.map((box) => box.name)).toEqual(TAB_NAMES);
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(list!.x + list!.width + 0.5);
    await screenshotOf(pane(page).getByRole("tablist"), `16-onglets-${width}px`);
  });

  it.each(TAB_NAMES)("draws the selection line of %s under its label, at 320 px", async (name) => {
    const { page } = session;
    await pane(page).evaluate((element) => {
      (element as HTMLElement).style.width = "320px";
      (element as HTMLElement).style.flexBasis = "320px";
    });
    await tab(page, name).click();
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
