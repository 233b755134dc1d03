/**
 * The public page's figures for the year, each with its commitment and where it comes from. A figure the
 * year does not have (no indicator, not measured, to be corrected) is left out, never shown as 0.
 */
import { compare } from "../../domain/analysis/compare";
import type { Analysis, Direction, IndicatorAnalysis } from "../../domain/analysis/types";
import type { Quantity, Target } from "../../domain/values/types";
import { findCallRate, findMailDelay, findMailRate, findSatisfaction, delayInName, mailKind, publishable, type MailKind } from "./find";
import { orderedKinds, type PublicFigureKind } from "./kinds";
import { commitmentText, durationText, percentText } from "./spell";
import { PUBLIC_WORDS as W } from "./words";

export interface PublicFigure {
  readonly kind: PublicFigureKind;
  /** In large type: "94 %", "1,5 jour". */
  readonly value: string;
  /** What the figure says, after it: "des appels téléphoniques ont reçu une réponse". */
  readonly caption: string;
  /** Under it, smaller: "14 921 appels décrochés sur 15 860 reçus"; null when there is nothing to add. */
  readonly detail: string | null;
  /** "plus de 90 %"; null when the year has no commitment a visitor could read. */
  readonly commitment: string | null;
  /** Whether the commitment is kept; null without one. */
  readonly met: boolean | null;
  /** For the line on where the figures come from. */
  readonly origin: string;
}

const percent = (value: number): Quantity => ({ value, dimension: "percent", unit: "%", bare: false });

/** The indicator's target when the year judged it (not to be corrected). */
const targetOf = (indicator: IndicatorAnalysis | null): Target | null =>
  indicator !== null && indicator.status !== "invalid" ? (indicator.target?.quantity ?? null) : null;

const metOf = (indicator: IndicatorAnalysis): boolean | null => (indicator.status === "met" ? true : indicator.status === "not_met" ? false : null);

/** A value that is not the indicator's own result, judged against the indicator's target. */
function judged(value: Quantity, target: Target | null, direction: Direction): boolean | null {
  return target === null ? null : (compare(value, target, direction)?.met ?? null);
}

interface Commitment {
  readonly commitment: string | null;
  readonly met: boolean | null;
}

function commitmentOf(target: Target | null, direction: Direction, met: boolean | null): Commitment {
  const text = target === null ? null : commitmentText(target, direction);
  return { commitment: text, met: text === null ? null : met };
}

const targetPercent = (target: Target | null): number | null => (target?.dimension === "percent" ? target.value : null);

function callsFigure(analysis: Analysis): PublicFigure | null {
  const indicator = findCallRate(analysis);
  const monthly = analysis.monthly;
  const fromTable = indicator !== null && publishable(indicator) ? (indicator.result?.quantity?.value ?? null) : null;
  const rate = fromTable ?? monthly?.annualRate ?? null;
  if (rate === null) return null;
  const target = targetOf(indicator);
  const direction = indicator?.direction ?? "higher";
  const met = fromTable !== null && indicator !== null ? metOf(indicator) : judged(percent(rate), target, direction);
  // The calls counted, when they are the figure shown (the table's rate within half a point of them).
  const counted = monthly !== null && monthly.annualRate !== null && Math.abs(monthly.annualRate - rate) <= 0.5 && monthly.received > 0;
  return {
    kind: "calls",
    value: percentText(rate, targetPercent(target)),
    caption: W.captions.calls,
    detail: counted ? W.details.calls(monthly.answered, monthly.received) : null,
    ...commitmentOf(target, direction, met),
    origin: W.origins.calls,
  };
}

const mailWord = (kind: MailKind | null): string => W.mail[kind ?? "emails"];

function mailDelayFigure(analysis: Analysis): PublicFigure | null {
  const indicator = findMailDelay(analysis);
  const quantity = indicator !== null && publishable(indicator) ? indicator.result?.quantity : null;
  const value = quantity ? durationText(quantity) : null;
  if (indicator === null || value === null || value === undefined) return null;
  const mail = mailWord(mailKind(indicator));
  return {
    kind: "email-delay",
    value,
    caption: W.captions.emailDelay(mail),
    detail: null,
    ...commitmentOf(targetOf(indicator), indicator.direction, metOf(indicator)),
    origin: W.origins.mail(mail),
  };
}

function mailRateFigure(analysis: Analysis): PublicFigure | null {
  const indicator = findMailRate(analysis);
  const rate = indicator !== null && publishable(indicator) ? indicator.result?.quantity?.value : undefined;
  if (indicator === null || rate === undefined) return null;
  const mail = mailWord(mailKind(indicator));
  const target = targetOf(indicator);
  return {
    kind: "email-rate",
    value: percentText(rate, targetPercent(target)),
    caption: W.captions.emailRate(mail, delayInName(indicator.name)),
    detail: null,
    ...commitmentOf(target, indicator.direction, metOf(indicator)),
    origin: W.origins.mail(mail),
  };
}

/** The survey's overall rate; else the table's satisfaction rate. The table's target is the commitment. */
function satisfactionFigure(analysis: Analysis): PublicFigure | null {
  const indicator = findSatisfaction(analysis);
  const target = targetOf(indicator);
  const survey = analysis.survey;
  if (survey !== null && survey.overallRate !== null) {
    return {
      kind: "satisfaction",
      value: percentText(survey.overallRate, targetPercent(target)),
      caption: W.captions.satisfaction,
      detail: W.details.survey(survey.year ?? analysis.year, survey.respondents),
      ...commitmentOf(target, "higher", judged(percent(survey.overallRate), target, "higher")),
      origin: W.origins.satisfaction,
    };
  }
  const rate = indicator !== null && publishable(indicator) ? indicator.result?.quantity?.value : undefined;
  if (indicator === null || rate === undefined) return null;
  return {
    kind: "satisfaction",
    value: percentText(rate, targetPercent(target)),
    caption: W.captions.satisfaction,
    detail: null,
    ...commitmentOf(target, "higher", metOf(indicator)),
    origin: W.origins.satisfaction,
  };
}

const BUILDERS: Readonly<Record<PublicFigureKind, (analysis: Analysis) => PublicFigure | null>> = {
  calls: callsFigure,
  "email-delay": mailDelayFigure,
  "email-rate": mailRateFigure,
  satisfaction: satisfactionFigure,
};

/** The chosen figures the year has, in the page's order. */
export function publicFigures(analysis: Analysis, chosen: readonly PublicFigureKind[]): PublicFigure[] {
  return orderedKinds(chosen).flatMap((kind) => {
    const figure = BUILDERS[kind](analysis);
    return figure === null ? [] : [figure];
  });
}
