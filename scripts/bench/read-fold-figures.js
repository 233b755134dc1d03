"use strict";
/**
 * The read and fold figures of issue 15 against their targets, for every measured workbook: the read's
 * largest exchange as a share of Excel on the web's 5 MB (≤ 60 %), the read's syncs, and the telephony
 * fold's syncs (≤ 2) with its largest exchange.
 */
const { round } = require("./statistics");

const FIVE_MB_KIB = 5 * 1024;

function readFoldFigures(syncs, targets) {
  const workbooks = Object.fromEntries(
    Object.entries(syncs).map(([label, measured]) => {
      const read = measured?.read ?? null;
      const fold = measured?.fold ?? null;
      const share = read ? read.largestPayloadKiB / FIVE_MB_KIB : null;
      return [
        label,
        {
          readSyncs: read?.syncs ?? null,
          readLargestShareOf5MB: round(share, 3),
          readLargestMet: share === null ? null : read.largestPayloadKiB <= targets.readLargestKiB,
          foldSyncs: fold?.syncs ?? null,
          foldSyncsMet: fold?.syncs == null ? null : fold.syncs <= targets.foldSyncs,
          foldLargestShareOf5MB: fold?.largestPayloadKiB == null ? null : round(fold.largestPayloadKiB / FIVE_MB_KIB, 3),
          foldFailure: fold?.failure ?? null,
        },
      ];
    }),
  );
  return { readLargestShareTarget: targets.readLargestKiB / FIVE_MB_KIB, foldSyncsTarget: targets.foldSyncs, workbooks };
}

/** Rows for the French table: the fold on the large workbooks (the sample's row is already there). */
function foldRows(syncs, targets, withMark) {
  return [
    ["téléphonie collée, volumineux", withMark(syncs.large?.fold?.syncs, targets.foldSyncs), round(syncs.large?.fold?.largestPayloadKiB, 1)],
    ["téléphonie collée, volumineux, sites dans une feuille", withMark(syncs.largeOneSheet?.fold?.syncs, targets.foldSyncs), round(syncs.largeOneSheet?.fold?.largestPayloadKiB, 1)],
  ];
}

module.exports = { readFoldFigures, foldRows };
