"use strict";
/**
 * The kinds of indicators a generated workbook holds, after DOMAIN.md's table: each kind says how
 * its result cell and its target cell are written. A cell is { value, numFmt? } in exceljs terms.
 */

const frenchDecimal = (n, decimals) => n.toFixed(decimals).replace(".", ",");

const NOT_APPLICABLE = ["/", "-", "NC", "N.C.", "ND", "non mesuré", "sans objet", "S.O."];
const EXCEL_ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!"];

/** A percent result typed as text, the ways people type it: `94 %`, `94,00 %`. */
function percentResult(random, percent) {
  return random.chance(0.5) ? { value: `${percent} %` } : { value: `${frenchDecimal(percent, 2)}\u00a0%` };
}

const INDICATOR_KINDS = [
  {
    theme: "Accueil téléphonique",
    name: "Taux d'appels aboutis",
    result: (random) => percentResult(random, random.integer(80, 100)),
    target: () => ({ value: ">90 %" }),
  },
  {
    theme: "Accueil téléphonique",
    name: "Taux d'appels perdus",
    result: (random) => percentResult(random, random.integer(0, 20)),
    target: () => ({ value: "< 10 %" }),
  },
  {
    theme: "Site internet et réseaux sociaux",
    name: "Taux de connexion au site",
    result: (random) => percentResult(random, random.integer(1, 30)),
    target: () => ({ value: "5 %" }),
  },
  {
    theme: "Site internet et réseaux sociaux",
    name: "Taux d'engagement sur les réseaux sociaux",
    result: (random) => percentResult(random, random.integer(1, 9)),
    target: () => ({ value: 0.02, numFmt: "0%" }),
  },
  {
    theme: "Accueil au PAN",
    name: "Nombre d'utilisateurs au PAN",
    result: (random) => ({ value: `${random.integer(1, 40)} usagers par jour` }),
    target: () => null,
  },
  {
    theme: "Courriels",
    name: "Taux de réponse sous 5 jours",
    result: (random) => percentResult(random, random.integer(60, 100)),
    target: () => ({ value: "> 80 %" }),
  },
  {
    theme: "Courriels",
    name: "Délai de réponse",
    result: (random) =>
      random.chance(0.5)
        ? { value: `${frenchDecimal(random.integer(5, 80) / 10, 1)} jours` }
        : { value: `${random.integer(4, 96)} h` },
    target: (random) => ({ value: random.pick(["5 jours", "15 jours ouvrés", "≤ 2 jours", "au plus 3 j"]) }),
  },
  {
    theme: "Enquête de satisfaction",
    name: "Taux de satisfaction",
    result: (random) => percentResult(random, random.integer(70, 100)),
    target: (random) => (random.chance(0.5) ? null : { value: "≥ 85 %" }),
  },
  {
    theme: "Communication d'urgence",
    name: "Nombre d'activations de la cellule",
    result: (random) => ({ value: random.integer(0, 30) }),
    target: () => null,
  },
  {
    theme: "Communication d'urgence",
    name: "Délai d'information des élus",
    result: (random) => percentResult(random, random.integer(80, 100)),
    target: (random) => (random.chance(0.2) ? { value: "0,00" } : { value: "100 %" }),
  },
  {
    theme: "Communication d'urgence",
    name: "Nombre d'exercices réalisés",
    result: (random) => ({ value: `${random.integer(0, 6)} exercices` }),
    target: (random) => ({ value: random.pick(["4 exercices/an", "4/an", "au moins 4"]) }),
  },
  {
    theme: "Communication d'urgence",
    name: "Taux d'activation de la CIP dans les délais",
    result: (random) => percentResult(random, random.integer(90, 100)),
    target: () => ({ value: "100 % en 1 h" }),
  },
];

/** The result cell, sometimes replaced by a not-applicable marker, an empty cell, an Excel error or a formula. */
function resultCell(kind, random) {
  const draw = random.next();
  if (draw < 0.05) return { value: random.pick(NOT_APPLICABLE) };
  if (draw < 0.07) return null;
  if (draw < 0.08) return { value: { error: random.pick(EXCEL_ERRORS) } };
  if (draw < 0.09) return { value: { formula: "ROUND(0.9,2)", result: 0.9 }, numFmt: "0%" };
  if (draw < 0.095) return { value: "à compléter" };
  return kind.result(random);
}

module.exports = { INDICATOR_KINDS, resultCell, frenchDecimal };
