/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { parseTelephonyText } from "../../src/domain/telephony";
import type { SiteChoice, TelephonyPreview } from "../../src/port";
import { renderLoadedApp, visiblePanel, openTab, type RenderedPane } from "./support/render";
import { plain, spacedPart } from "./support/text";
import { fakeOperations, type FakeOperations } from "./support/fake-operations";

const PASTED = ["Mois;Reçus;Aboutis", "février 2022;300;270", "mars 2022;320;275"].join("\n");
const PREFECTURE = "Standard préfecture 2022";
const MAURIAC = "Téléphonie Mauriac 2022";

/** The choice as the adapter gives it for two sites that both hold janvier and février. */
const CHOICE: SiteChoice = {
  sites: [PREFECTURE, MAURIAC],
  chosen: null,
  bySite: [
    { site: PREFECTURE, sheet: PREFECTURE, addedMonths: ["2022-03"], replacedMonths: ["2022-02"], annualRateAfter: 93.5 },
    { site: MAURIAC, sheet: MAURIAC, addedMonths: ["2022-03"], replacedMonths: ["2022-02"], annualRateAfter: 94.25 },
  ],
};

function previewWith(siteChoice: SiteChoice | undefined): (text: string, year: number | null) => Promise<TelephonyPreview> {
  return async (text, year) => {
    const reading = parseTelephonyText(text, year === null ? {} : { year });
    const { months, received, answered, annualRate } = reading.monthly;
    return { year: reading.year ?? 0, months, issues: reading.issues, received, answered, annualRate, ...(siteChoice === undefined ? {} : { siteChoice }) };
  };
}

function operationsWith(siteChoice: SiteChoice | undefined): FakeOperations {
  return fakeOperations({
    previewTelephony: previewWith(siteChoice),
    applyTelephony: async (preview) => ({
      sheet: preview.siteChoice?.chosen ?? "Téléphonie 2022",
      created: false,
      replacedMonths: ["2022-02"],
      addedMonths: ["2022-03"],
      analysis: null,
      ...(preview.siteChoice ? { sites: [{ site: preview.siteChoice.chosen ?? "", sheet: preview.siteChoice.chosen ?? "", addedMonths: ["2022-03"], replacedMonths: ["2022-02"] }] } : {}),
    }),
  });
}

async function pasteAndPreview(operations: FakeOperations, text = PASTED): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(operations);
  await openTab(rendered.user, "Saisie mensuelle");
  await rendered.user.click(screen.getByRole("textbox", { name: "Chiffres à coller" }));
  await rendered.user.paste(text);
  await rendered.user.click(screen.getByRole("button", { name: "Prévisualiser" }));
  await waitFor(() => expect(within(visiblePanel()).getByText(/2 mois trouvés/)).toBeInTheDocument());
  return rendered;
}

const siteField = () => within(visiblePanel()).queryByRole("radiogroup", { name: /^Site/ });
const checkedSite = () => within(siteField() as HTMLElement).queryByRole("radio", { checked: true })?.getAttribute("value") ?? null;
const applyButton = () => screen.getByRole("button", { name: "Intégrer au classeur" });

describe("the choice of site in Saisie mensuelle", () => {
  it("shows no choice when the year has one site", async () => {
    await pasteAndPreview(operationsWith(undefined));
    expect(siteField()).not.toBeInTheDocument();
    expect(applyButton()).not.toHaveAttribute("aria-disabled", "true");
  });

  it("asks for the site when the year has several, with nothing chosen and nothing to write until one is", async () => {
    const operations = operationsWith(CHOICE);
    const { user } = await pasteAndPreview(operations);
    expect(checkedSite()).toBeNull();
    expect(visiblePanel()).toHaveTextContent(spacedPart("Choisissez le site de ces chiffres avant de les intégrer."));
    expect(applyButton()).toHaveAttribute("aria-disabled", "true");
    await user.click(applyButton());
    expect(operations.applyTelephony).not.toHaveBeenCalled();
  });

  it("is chosen from the keyboard; the preview then says that site's new and replaced months and the rate after, and the fold goes to it", async () => {
    const operations = operationsWith(CHOICE);
    const { user } = await pasteAndPreview(operations);
    const radios = within(siteField() as HTMLElement).getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual([PREFECTURE, MAURIAC]);
    expect(checkedSite()).toBeNull();
    // Native radios, in the tab order; arrow keys move the choice, as in any radio group.
    expect(radios.every((radio) => radio.tagName === "INPUT" && radio.getAttribute("tabindex") !== "-1")).toBe(true);
    radios[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(checkedSite()).toBe(MAURIAC);
    const text = plain(visiblePanel().textContent);
    expect(text).toContain(`Pour « ${MAURIAC} » : mois nouveaux : mars 2022 ; mois dont les chiffres seront remplacés : février 2022.`);
    expect(text).toContain("Taux annuel de l’ensemble des sites après intégration : 94,3 %");
    expect(applyButton()).not.toHaveAttribute("aria-disabled", "true");
    await user.click(applyButton());
    expect(operations.applyTelephony).toHaveBeenCalledTimes(1);
    expect(operations.applyTelephony.mock.calls[0][0].siteChoice?.chosen).toBe(MAURIAC);
    expect(await within(visiblePanel()).findByText(spacedPart(`Feuille « ${MAURIAC} » mise à jour.`))).toBeInTheDocument();
    // Written: the site it went to stays shown, and cannot be changed under the outcome.
    expect(within(siteField() as HTMLElement).getAllByRole("radio").every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
    expect(checkedSite()).toBe(MAURIAC);
  });

  it("starts on the site the pasted export names", async () => {
    await pasteAndPreview(operationsWith({ ...CHOICE, chosen: PREFECTURE }));
    expect(checkedSite()).toBe(PREFECTURE);
    expect(plain(visiblePanel().textContent)).toContain(`Pour « ${PREFECTURE} » : mois nouveaux : mars 2022`);
  });

  it("says when the export names a site the workbook does not have, and still asks for one", async () => {
    await pasteAndPreview(operationsWith({ ...CHOICE, unmatched: "Saint-Flour" }));
    expect(checkedSite()).toBeNull();
    expect(plain(visiblePanel().textContent)).toContain("Ces chiffres nomment le site « Saint-Flour », absent du classeur : choisissez celui où les écrire.");
  });

  it("offers no choice when the export's rows name their own sites, and says where each goes", async () => {
    const pasted: SiteChoice = {
      ...CHOICE,
      bySite: [],
      pasted: [
        { pasted: "Mauriac", site: MAURIAC, months: [], fold: { site: MAURIAC, sheet: MAURIAC, addedMonths: ["2022-03"], replacedMonths: [] } },
        { pasted: "Saint-Flour", site: null, months: [], fold: null },
      ],
      annualRateAfter: 94.1,
    };
    await pasteAndPreview(operationsWith(pasted));
    expect(siteField()).not.toBeInTheDocument();
    const text = plain(visiblePanel().textContent);
    expect(text).toContain("Ces chiffres nomment 2 sites : les lignes de chacun iront à son propre site.");
    expect(text).toContain(`Pour « ${MAURIAC} » : mois nouveaux : mars 2022.`);
    expect(text).toContain("« Saint-Flour » ne correspond à aucun site du classeur : ses chiffres ne seront pas intégrés.");
    expect(applyButton()).not.toHaveAttribute("aria-disabled", "true");
  });
});
