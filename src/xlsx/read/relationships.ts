/** A part's relationships (`_rels/<part>.rels`, ECMA-376 part 2, §9.3): id → the part it points to, resolved. */
import type { XlsxPackage } from "./xlsx-package";
import { elementsNamed } from "./parse-xml";

export interface Relationship {
  readonly path: string;
  readonly type: string;
}

export function readRelationships(pkg: XlsxPackage, partPath: string): Map<string, Relationship> {
  const folder = partPath.slice(0, partPath.lastIndexOf("/") + 1);
  const xml = pkg.text(`${folder}_rels/${partPath.slice(folder.length)}.rels`);
  const relationships = new Map<string, Relationship>();
  if (!xml) return relationships;
  for (const rel of elementsNamed(xml, "Relationship")) {
    if (rel.Id && rel.Target && rel.TargetMode !== "External") {
      relationships.set(rel.Id, { path: resolvePath(folder, rel.Target), type: rel.Type ?? "" });
    }
  }
  return relationships;
}

/** The first relationship of a type (its URI's last segment: "styles", "sharedStrings"). */
export function relationshipOfType(relationships: Map<string, Relationship>, type: string): Relationship | undefined {
  for (const relationship of relationships.values()) if (relationship.type.endsWith(`/${type}`)) return relationship;
  return undefined;
}

function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}
