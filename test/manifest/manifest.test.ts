/** @jest-environment jsdom */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { ROOT, all, everything, child, childNames, followsOrder, pngSize, readManifest, xsiType } from "./read-manifest";

/** The order the OfficeApp 1.1 schema wants for a task pane add-in's base manifest. */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dependencies", "VersionOverrides", "ExtendedOverrides",
];
const VERSION_OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];

const manifest = readManifest();
const root = manifest.documentElement;
const overrides = child(root, "VersionOverrides");
const resources = child(overrides, "Resources");

function resourceIds(): string[] {
  return Array.from(resources.getElementsByTagName("*"))
    .map((element) => element.getAttribute("id"))
    .filter((id): id is string => id !== null);
}

function urlsInManifest(): string[] {
  const urls = everything(manifest)
    .map((element) => element.getAttribute("DefaultValue") ?? "")
    .filter((value) => /^[a-z]+:\/\//i.test(value));
  return urls;
}

describe("manifest.xml", () => {
  it("is a task pane add-in manifest", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("lists the base elements in the order the schema wants", () => {
    expect(followsOrder(childNames(root), OFFICE_APP_ORDER)).toBe(true);
  });

  it.each(["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "DefaultSettings", "Permissions"])(
    "has the required element %s",
    (name) => {
      expect(childNames(root)).toContain(name);
    },
  );

  it("has a GUID as its id", () => {
    expect(child(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("speaks French: locale fr-FR, display name « Bilan Qualité »", () => {
    expect(child(root, "DefaultLocale").textContent).toBe("fr-FR");
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("Bilan Qualité");
    expect(child(root, "Description").getAttribute("DefaultValue")).toMatch(/indicateurs/);
  });

  it("runs in Excel only, with read-write access to the document", () => {
    expect(Array.from(child(root, "Hosts").children).map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(all(manifest, "Host").filter((host) => xsiType(host) !== null).map(xsiType)).toEqual(["Workbook"]);
  });

  it("asks for ExcelApi 1.13 at most", () => {
    const sets = all(manifest, "Set").filter((set) => set.getAttribute("Name") === "ExcelApi");
    expect(sets).toHaveLength(1);
    const [major, minor] = (sets[0].getAttribute("MinVersion") ?? "").split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(13);
  });

  it("opens the task pane from localhost:3000/taskpane.html", () => {
    expect(child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  it("uses https for every URL", () => {
    const urls = urlsInManifest();
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("orders VersionOverrides, its desktop form factor and its resources as the schema wants", () => {
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(followsOrder(childNames(overrides), VERSION_OVERRIDES_ORDER)).toBe(true);
    const desktop = all(manifest, "DesktopFormFactor")[0];
    expect(childNames(desktop)).toEqual(DESKTOP_ORDER);
    expect(childNames(resources)).toEqual(RESOURCES_ORDER);
  });

  it("puts a button that opens the pane in a group of the Home tab", () => {
    const tab = all(manifest, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all(manifest, "Action")[0];
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(xsiType(all(manifest, "Control")[0])).toBe("Button");
  });

  it("defines every resid it uses, once", () => {
    const ids = resourceIds();
    expect(new Set(ids).size).toBe(ids.length);
    const used = everything(manifest).map((element) => element.getAttribute("resid")).filter((id): id is string => id !== null);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(everything(manifest).map((element) => element.getAttribute("resid")));
    expect(resourceIds().filter((id) => !used.has(id))).toEqual([]);
  });

  it.each([
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ])("keeps %s within %i characters", (group, limit) => {
    const strings = Array.from(child(resources, group).children).map((element) => element.getAttribute("DefaultValue") ?? "");
    expect(strings.filter((text) => text.length > limit)).toEqual([]);
  });

  it("points every icon at a PNG in assets/ of the announced size", () => {
    const images = all(manifest, "Image")
      .filter((image) => image.getAttribute("id") !== null)
      .map((image) => image.getAttribute("DefaultValue") ?? "");
    const icons = [...images, child(root, "IconUrl").getAttribute("DefaultValue") ?? "", child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? ""];
    for (const url of icons) {
      const match = /^https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = resolve(ROOT, match![1]);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: Number(match![2]), height: Number(match![2]) });
    }
  });

  it.each([16, 32, 64, 80])("ships a %i px icon", (size) => {
    expect(pngSize(readFileSync(resolve(ROOT, `assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
  });
});
