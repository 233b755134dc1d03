/**
 * Threaded comments (ExcelApi 1.10): `workbook.comments` and `worksheet.comments`, each a CommentCollection
 * (https://learn.microsoft.com/javascript/api/excel/excel.commentcollection). "A comment includes both the
 * single initial comment and the connected threaded discussion. It is tied to an individual cell"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments): it is kept on its sheet,
 * so it follows a rename and goes with a deleted sheet. `add` takes one cell — a Range, or a string that
 * "must contain the full address, including the sheet name"; a larger range is an `InvalidArgument`.
 * Modelled: add, getCount, load of items (id, content, authorName, resolved). Not modelled: replies'
 * own API, rich content, mentions, events.
 */
import type { SimContext } from "../context";
import type { SimComment, SimModel, SimSheet } from "../model";
import { SimError } from "../errors";
import { parseRect, splitSheet } from "../addresses";
import { sheetById, sheetByKey } from "../sheet-ops";
import { SimClientResult, SimObject } from "./base";
import { SimCollection } from "./collection";
import type { RangeProxy } from "./range";
import { jsonBytes } from "../json-bytes";

/** The sheets a collection spans: one sheet's id, or null for the whole workbook. */
type Scope = (model: SimModel) => string | null;

export class CommentProxy extends SimObject<{ sheetId: string; id: string }> {
  protected readonly typeName = "Comment";
  protected readonly scalarNames = ["id", "content", "authorName", "resolved"];

  get id(): string { return this.property("id"); }
  get content(): string { return this.property("content"); }
  get authorName(): string { return this.property("authorName"); }
  get resolved(): boolean { return this.property("resolved"); }

  protected fetch(name: string, { sheetId, id }: { sheetId: string; id: string }, model: SimModel): unknown {
    const comment = sheetById(model, sheetId).comments.find((candidate) => candidate.id === id);
    return comment?.[name as "id" | "content" | "authorName" | "resolved"];
  }
}

export class CommentCollectionProxy extends SimCollection<CommentProxy> {
  protected readonly typeName = "CommentCollection";

  constructor(context: SimContext, private readonly scope: Scope) {
    super(context);
  }

  private sheets(model: SimModel): SimSheet[] {
    const id = this.scope(model);
    return id === null ? model.sheets : [sheetById(model, id)];
  }

  protected list(model: SimModel): CommentProxy[] {
    return this.sheets(model).flatMap((sheet) =>
      sheet.comments.map((comment) => {
        const proxy = new CommentProxy(this.context, () => ({ sheetId: sheet.id, id: comment.id }));
        proxy.bind({ sheetId: sheet.id, id: comment.id });
        return proxy;
      }),
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.enqueue({
      requestBytes: 40,
      readOnly: true,
      execute: (execution) => {
        const count = this.sheets(execution.model).reduce((sum, sheet) => sum + sheet.comments.length, 0);
        execution.stage(() => result.set(count), jsonBytes(count));
      },
    });
    return result;
  }

  add(cellAddress: RangeProxy | string, content: string): CommentProxy {
    const proxy = new CommentProxy(this.context, () => {
      throw new SimError("InvalidOperation", "The comment was not added.");
    });
    this.context.enqueue({
      requestBytes: 40 + jsonBytes(content) + (typeof cellAddress === "string" ? cellAddress.length : 0),
      execute: ({ model }) => {
        const { sheet, top, left, bottom, right } = this.target(model, cellAddress);
        if (top !== bottom || left !== right) throw new SimError("InvalidArgument", "A comment can only be added to a single cell.");
        const comment: SimComment = { id: `{comment-${model.nextId++}}`, row: top, column: left, content, authorName: "Bilan Qualité", resolved: false, replies: [] };
        sheet.comments.push(comment);
        proxy.bind({ sheetId: sheet.id, id: comment.id });
      },
    });
    return proxy;
  }

  private target(model: SimModel, cellAddress: RangeProxy | string): { sheet: SimSheet; top: number; left: number; bottom: number; right: number } {
    if (typeof cellAddress !== "string") {
      const ref = cellAddress.resolve(model);
      if (ref === null) throw new SimError("ItemNotFound", "The range does not exist.");
      return { sheet: sheetById(model, ref.sheetId), ...ref };
    }
    const { sheet: named, local } = splitSheet(cellAddress);
    const sheet = named === null ? null : sheetByKey(model, named);
    const scoped = this.scope(model);
    if (sheet === null || (scoped !== null && sheet.id !== scoped)) throw new SimError("InvalidArgument", `The address '${cellAddress}' must name a cell of this workbook with its sheet.`);
    return { sheet, ...parseRect(local) };
  }
}
