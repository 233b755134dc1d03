/**
 * jsdom lays nothing out (every width is 0) and has no ResizeObserver, which Fluent's Overflow uses to fit the
 * tabs on one line. Here the tab list gets a width and each tab (and the « Plus » button) a fixed width, so the
 * pane under test is as wide as the test says; ResizeObserver is a double that never fires, as jsdom never resizes.
 */
export const TAB_WIDTH_PX = 80;

let tabListWidth = 1000;

/** The width of the tab list for the tests that follow (1000 px, room for every tab, unless a test says less). */
export function setTabListWidth(px: number): void {
  tabListWidth = px;
}

function inTabList(element: HTMLElement): boolean {
  return element.getAttribute("role") === "tab" || (element.tagName === "BUTTON" && element.closest('[role="tablist"]') !== null);
}

Object.defineProperty(HTMLElement.prototype, "clientWidth", {
  configurable: true,
  get(this: HTMLElement) {
    return this.getAttribute("role") === "tablist" ? tabListWidth : 0;
  },
});

Object.defineProperty(HTMLElement.prototype, "offsetWidth", {
  configurable: true,
  get(this: HTMLElement) {
    return inTabList(this) ? TAB_WIDTH_PX : 0;
  },
});

class ResizeObserverThatNeverFires {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: ResizeObserverThatNeverFires });
}
