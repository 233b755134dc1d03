/** Driving the page by keyboard alone: Tab to an element, and what the focused element looks like. */
import type { Page } from "playwright-core";

export interface Focused {
  readonly role: string | null;
  readonly tag: string;
  readonly name: string;
  /** True when a focus indicator is drawn: an outline, a box shadow, Fluent's ::after focus border or a field's accent line. */
  readonly visible: boolean;
}

/** The focused element; an indicator that is still fading in (Fluent animates a field's accent line) gets half a second. */
export async function focused(page: Page): Promise<Focused> {
  let now = await focusedNow(page);
  for (let attempt = 0; attempt < 5 && !now.visible && now.tag !== "body"; attempt++) {
    await page.waitForTimeout(100);
    now = await focusedNow(page);
  }
  return now;
}

function focusedNow(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { role: null, tag: "body", name: "", visible: false };
    const style = getComputedStyle(element);
    const after = getComputedStyle(element, "::after");
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const fluent = after.content !== "none" && after.borderTopStyle !== "none" && parseFloat(after.borderTopWidth) > 0;
    // Fluent's Input and Textarea draw their focus as an accent line on the wrapper's ::after, scaled from 0 to 1.
    const wrapper = element.parentElement ? getComputedStyle(element.parentElement, "::after") : null;
    const accent =
      (element.tagName === "INPUT" || element.tagName === "TEXTAREA") &&
      wrapper !== null &&
      wrapper.content !== "none" &&
      parseFloat(wrapper.height) > 0 &&
      !/^matrix\(0,/.test(wrapper.transform);
    const name = (element.getAttribute("aria-label") ?? element.innerText ?? element.getAttribute("title") ?? "").replace(/\s+/g, " ").trim();
    return { role: element.getAttribute("role"), tag: element.tagName.toLowerCase(), name, visible: outline || shadow || fluent || accent };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `limit` presses. */
export async function tabTo(page: Page, name: RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<Focused> {
  const limit = options.limit ?? 60;
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (name.test(now.name)) return now;
  }
  throw new Error(`No element named ${name} reached in ${limit} presses of Tab`);
}
