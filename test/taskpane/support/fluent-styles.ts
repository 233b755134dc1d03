/**
 * The CSS Fluent writes into jsdom during the pane's tests. jsdom lays nothing out: what it computes from a
 * stylesheet is only read back, by Testing Library (display and visibility, to leave hidden elements out of
 * role queries and accessible names), jest-dom's toBeVisible (also opacity), user-event (pointer-events,
 * before a click) and Fluent's focus manager, tabster (position, transform). Each getComputedStyle matches
 * every rule of the document against the element and, for visibility, against each of its ancestors:
 * Fluent's atomic CSS is thousands of rules, which made a role query cost hundreds of milliseconds. The
 * pane's tests therefore keep only the rules that set one of those properties; what they see of the page
 * is unchanged. axe-core reads far more (fonts, colours, sizes, overflow…), so its test keeps every rule.
 */
import { createDOMRenderer, type GriffelRenderer } from "@fluentui/react-components";

const READ_BACK = /[{;]\s*(display|visibility|opacity|pointer-events|position|transform)\s*:/;

/** Griffel's renderer for the pane's tests: only the rules that set a property something reads back. */
export function readBackStylesRenderer(): GriffelRenderer {
  return createDOMRenderer(document, { unstable_filterCSSRule: (rule) => READ_BACK.test(rule) });
}

/** Griffel's renderer as the add-in has it: every rule (the default, for axe-core). */
export function everyStyleRenderer(): GriffelRenderer {
  return createDOMRenderer(document);
}
