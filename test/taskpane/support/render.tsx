/**
 * The pane under React Testing Library: rendered in Fluent's provider as the add-in renders it, with a
 * user-event session to click, type and press keys as the user would, and jest-dom's matchers.
 */
import "@testing-library/jest-dom";
import "./layout";
import { FluentProvider, RendererProvider, webLightTheme, type GriffelRenderer } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import type { ReactNode } from "react";
import { App } from "../../../src/taskpane/App";
import type { WorkbookOperations } from "../../../src/port";
import { appliedStylesRenderer, readBackStylesRenderer } from "./fluent-styles";

// Role queries on Fluent's tree take a few hundred milliseconds in jsdom, more on a busy 2-core machine:
// findBy/waitFor wait up to 4 s (not 1 s) and a test up to 15 s, so a slow machine does not fail a right pane.
configure({ asyncUtilTimeout: 4_000 });
jest.setTimeout(15_000);

let styles: GriffelRenderer = readBackStylesRenderer();

/** For axe-core's test: every rule of Fluent's CSS that jsdom can apply (see ./fluent-styles). */
export function keepEveryStyle(): void {
  styles = appliedStylesRenderer();
}

function InFluent({ children }: { readonly children: ReactNode }) {
  return (
    <RendererProvider renderer={styles} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </RendererProvider>
  );
}

/** What a test acts with: the user's session, and the element the pane is rendered in (queries go through `screen`). */
export interface RenderedPane {
  readonly user: UserEvent;
  readonly container: HTMLElement;
}

/** The pane as it first appears: outside Excel, or while the workbook's settings load. */
export function renderApp(operations: WorkbookOperations | null): RenderedPane {
  const user = userEvent.setup();
  const { container } = render(<App operations={operations} />, { wrapper: InFluent });
  return { user, container };
}

/** The pane outside Excel, once its notice (fetched in its own chunk) is shown. */
export async function renderOutsideExcel(): Promise<RenderedPane> {
  const rendered = renderApp(null);
  await screen.findByText(/Ce complément fonctionne dans Excel/);
  return rendered;
}

/** The pane once the settings are read and the tabs shown. */
export async function renderLoadedApp(operations: WorkbookOperations): Promise<RenderedPane> {
  const rendered = renderApp(operations);
  await screen.findByRole("tablist", { name: "Sections du complément" });
  return rendered;
}

/** Chooses a tab as the user does and waits for its pane, whose code is fetched the first time. */
export async function openTab(user: UserEvent, name: string): Promise<void> {
  await user.click(screen.getByRole("tab", { name }));
  await waitFor(() => expect(within(visiblePanel()).queryByText("Chargement…")).not.toBeInTheDocument());
  await waitFor(() => expect(visiblePanel()).not.toBeEmptyDOMElement());
}

/** The panel of the chosen tab (the others are hidden, so there is exactly one). */
export function visiblePanel(): HTMLElement {
  return screen.getByRole("tabpanel");
}

/** Replaces what a field holds by this text, typed as the user types it (an empty text just clears it). */
export async function retype(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  if (text !== "") await user.type(field, text);
}
