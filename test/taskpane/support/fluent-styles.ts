/**
 * The CSS Fluent writes into jsdom during the pane's tests. jsdom lays nothing out: what it computes from a
 * stylesheet is only read back, by Testing Library (display and visibility, to leave hidden elements out of
 * role queries and accessible names), jest-dom's toBeVisible (also opacity), user-event (pointer-events,
 * before a click) and Fluent's focus manager, tabster (position, transform). Each getComputedStyle matches
 * every rule of the document against the element and, for visibility, against each of its ancestors:
 * Fluent's atomic CSS is thousands of rules, which made a role query cost hundreds of milliseconds. The
 * pane's tests therefore keep only the rules that set one of those properties; what they see of the page
 * is unchanged. axe-core reads far more (fonts, colours, sizes, overflow…): its test keeps every rule jsdom
 * can apply to an element, which leaves out only pseudo-elements (`::after`) and media rules not listing
 * `screen` (jsdom's style-rules.js applies no other), about a quarter of Fluent's rules.
 */
import { createDOMRenderer, type GriffelRenderer } from "@fluentui/react-components";

const READ_BACK = /[{;]\s*(display|visibility|opacity|pointer-events|position|transform)\s*:/;
const SCREEN_MEDIA = /^@media\s+([^{]*,)?\s*screen\s*[,{]/i;

/** Whether jsdom's getComputedStyle can ever apply the rule to an element (not to a pseudo-element). */
function appliesInJsdom(rule: string): boolean {
  if (rule.startsWith("@")) return SCREEN_MEDIA.test(rule);
  return !rule.slice(0, rule.indexOf("{")).includes("::");
}

/** Griffel's renderer for the pane's tests: only the rules that set a property something reads back. */
export function readBackStylesRenderer(): GriffelRenderer {
  return createDOMRenderer(document, { unstable_filterCSSRule: (rule) => appliesInJsdom(rule) && READ_BACK.test(rule) });
}

/** Griffel's renderer for axe-core: every rule jsdom can apply. */
export function appliedStylesRenderer(): GriffelRenderer {
  return createDOMRenderer(document, { unstable_filterCSSRule: appliesInJsdom });
}
