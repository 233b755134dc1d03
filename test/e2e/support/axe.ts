/** An axe-core scan of the task pane in the page: the serious and critical violations, spelled out. */
import type { Page } from "playwright-core";

interface AxeNode {
  readonly target: readonly string[];
  readonly html: string;
  readonly failureSummary?: string;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

export interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly elements: readonly string[];
}

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

/**
 * Fluent's focus manager (Tabster) puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> around
 * focus groups; they only pass the focus on and must stay hidden from screen readers. axe reports them
 * as aria-hidden-focus: a known false positive (microsoft/tabster#288, accessibility-insights-web#7598,
 * which suppresses exactly these nodes). Only those nodes of that rule are left out; nothing else.
 */
function isTabsterDummy(rule: string, node: AxeNode): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(node.html);
}

export async function scanPane(page: Page, selector = "#pane"): Promise<{ serious: Violation[]; all: Violation[] }> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!injected) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run({ include: [include] }, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html.slice(0, 160), failureSummary: node.failureSummary })),
    }));
  }, selector);
  const all = violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      elements: violation.nodes.map((node) => `${node.target.join(" ")} — ${node.html}`),
    }));
  return { all, serious: all.filter((violation) => violation.impact === "serious" || violation.impact === "critical") };
}
