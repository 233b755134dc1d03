/**
 * A small DOM testing kit on react-dom and jsdom: mount the pane, find elements by role and accessible
 * name as a user (or a screen reader) would, and act on them. Elements inside a hidden tab panel are
 * not found, as a user would not see them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const IMPLICIT_ROLES: Readonly<Record<string, string>> = {
  BUTTON: "button",
  TEXTAREA: "textbox",
  SELECT: "combobox",
  UL: "list",
  LI: "listitem",
  TABLE: "table",
  TR: "row",
  H1: "heading",
  H2: "heading",
  H3: "heading",
  FORM: "form",
  MAIN: "main",
  SECTION: "region",
};

function roleOf(element: Element): string | null {
  const explicit = element.getAttribute("role");
  if (explicit) return explicit;
  if (element.tagName === "INPUT") return (element as HTMLInputElement).type === "checkbox" ? "checkbox" : "textbox";
  return IMPLICIT_ROLES[element.tagName] ?? null;
}

/** Text with its no-break spaces (U+00A0, U+202F) read as plain spaces, for comparisons. */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}

function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

export function accessibleName(element: Element): string {
  const labelled = element.getAttribute("aria-labelledby");
  if (labelled) {
    return squash(labelled.split(/\s+/).map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "").join(" "));
  }
  const label = element.getAttribute("aria-label");
  if (label) return squash(label);
  if (element.id) {
    const forLabel = Array.from(element.ownerDocument.querySelectorAll("label")).find((l) => l.htmlFor === element.id);
    if (forLabel) return squash(forLabel.textContent);
  }
  return squash(element.textContent);
}

export function isVisible(element: Element): boolean {
  return element.closest("[hidden]") === null;
}

export interface Mounted {
  readonly container: HTMLElement;
  /** Every visible element with this role whose accessible name matches. */
  all(role: string, name?: string | RegExp): HTMLElement[];
  /** The one visible element with this role and name; throws when there is none or several. */
  get(role: string, name?: string | RegExp): HTMLElement;
  query(role: string, name?: string | RegExp): HTMLElement | null;
  /** The visible text of the pane. */
  text(): string;
  unmount(): void;
}

function matches(name: string, wanted: string | RegExp | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === "string" ? name === wanted : wanted.test(name);
}

export async function mount(ui: ReactElement): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  });
  const all = (role: string, name?: string | RegExp) =>
    Array.from(container.querySelectorAll<HTMLElement>("*")).filter(
      (element) => roleOf(element) === role && isVisible(element) && matches(accessibleName(element), name),
    );
  const mounted: Mounted = {
    container,
    all,
    query: (role, name) => all(role, name)[0] ?? null,
    get: (role, name) => {
      const found = all(role, name);
      if (found.length !== 1) {
        const names = all(role).map(accessibleName);
        throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}. ${role}s: ${JSON.stringify(names)}`);
      }
      return found[0];
    },
    text: () => {
      const clone = container.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("[hidden]").forEach((hidden) => hidden.remove());
      return squash(clone.textContent);
    },
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
  return mounted;
}

/** Lets pending promises settle and React render what follows. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Fluent's tab indicator moves on the next animation frame.
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
  await settle();
}

/** Types into an input or a textarea as the user would (React sees an input event). */
export async function typeInto(element: HTMLElement, text: string): Promise<void> {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
  await act(async () => {
    setter?.call(field, text);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export async function choose(select: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

export async function pressKey(element: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
}

/** Disabled as a user perceives it: natively, or through aria-disabled (Fluent's disabledFocusable). */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";
}

/**
 * The one tab with this name, as a screen reader says it: its aria-label when it has one (a shortened label
 * or an icon), else its label (Fluent repeats the label in a hidden span that reserves the bold width).
 */
export function tabNamed(pane: Mounted, name: string): HTMLElement {
  const found = pane.all("tab").filter((tab) => (tab.getAttribute("aria-label") ?? tab.querySelector(".fui-Tab__content")?.textContent) === name);
  if (found.length !== 1) throw new Error(`${found.length} tabs named « ${name} »`);
  return found[0];
}
