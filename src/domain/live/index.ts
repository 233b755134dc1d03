/** Live checks: the changed rows re-checked against what the last full analysis kept. */
export { liveBaseline, LiveMemo, type BaselineOutcome, type LiveBaseline } from "./baseline";
export { issuesInRows, recheckRows, rowsVerdict, type ChangedRow, type FullReadReason, type RecheckOutcome, type SheetRowsChange } from "./recheck";
export { isStructuralChange, movesCells } from "./structural";
export { issueChanges, type IssueChanges } from "./issue-changes";
