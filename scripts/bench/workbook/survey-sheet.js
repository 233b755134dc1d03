"use strict";
/**
 * Writes a satisfaction survey sheet as a form tool exports it (DOMAIN.md, "The satisfaction survey"): N°,
 * Date, Site, one column per question, Commentaire; one row per respondent, answers spelled as people type
 * them (any case, missing accents, trailing spaces, « Satisfait », scores typed « 4/5 »), the no-answer
 * forms, several sites, and a few answers on no scale (« Moyen »), each a warning at its cell.
 */

const SATISFACTION = [
  ["Très satisfait", 30], ["TRÈS SATISFAIT", 3], ["tres satisfait", 3], ["Très satisfaite", 3],
  ["Plutôt satisfait", 25], ["Plutot satisfait ", 6], ["Satisfait", 8], ["satisfaite", 2],
  ["Plutôt pas satisfait", 5], ["Peu satisfait", 3],
  ["Pas du tout satisfait", 2], ["Insatisfait", 1], ["pas satisfait", 1],
  ["Sans avis", 3], ["", 3], ["NSP", 1], ["Non concerné", 1],
];
const AGREEMENT = [
  ["Tout à fait d'accord", 35], ["Tout à fait d’accord", 5], ["tout a fait d'accord", 4],
  ["Plutôt d'accord", 30], ["Plutot d'accord", 5], ["D'accord", 4],
  ["Plutôt pas d'accord", 8], ["Pas du tout d'accord", 4], ["Ne sait pas", 3], ["", 2],
];
const YES_NO = [["Oui", 80], ["oui", 5], ["OUI ", 2], ["Non", 9], ["non", 1], ["Sans objet", 2], ["/", 1]];
const SCORE_5 = [[5, 30], [4, 32], [3, 18], [2, 8], [1, 4], ["4/5", 3], ["5 / 5", 2], ["NSP", 2], ["", 1]];
const SCORE_10 = [[10, 18], [9, 20], [8, 22], [7, 14], [6, 8], [5, 6], [4, 4], [3, 2], [2, 2], [1, 1], [0, 1], ["", 2]];

const SATISFACTION_TOPICS = [
  "de l'accueil téléphonique", "de l'information téléphonique", "de l'accueil au guichet", "du temps d'attente au guichet",
  "de la signalétique du bâtiment", "de la propreté des locaux", "du confort de la salle d'attente", "de l'amabilité des agents",
  "de la clarté des explications", "du délai de réponse à votre courriel", "de la prise de rendez-vous en ligne",
  "du site internet de la préfecture", "des horaires d'ouverture", "de l'accès pour les personnes à mobilité réduite",
  "du point d'accueil numérique",
];
const AGREEMENT_STATEMENTS = [
  "Les informations données étaient claires", "L'agent a pris le temps de vous écouter", "Votre démarche a abouti",
  "Les documents à fournir étaient bien indiqués", "Vous recommanderiez ce service",
];
const YES_NO_QUESTIONS = [
  "L'agent d'accueil s'est-il présenté ?", "Avez-vous obtenu une réponse à votre question ?",
  "Avez-vous été orienté vers le bon service ?", "Aviez-vous pris rendez-vous ?",
];
const SCORE_5_QUESTIONS = ["Note de l'accueil (de 1 à 5)", "Note de la rapidité du traitement (de 1 à 5)", "Note de la disponibilité des agents (de 1 à 5)"];
const SCORE_10_QUESTIONS = ["Note globale du service (de 0 à 10)", "Note de la facilité des démarches (de 0 à 10)"];

/** The 30 questions of the benchmark's survey, each with its answers' spellings and weights. */
const QUESTIONS = [
  { header: "Globalement, êtes-vous satisfait de l'accueil de la préfecture ?", answers: SATISFACTION },
  ...SATISFACTION_TOPICS.map((topic) => ({ header: `Êtes-vous satisfait ${topic} ?`, answers: SATISFACTION })),
  ...AGREEMENT_STATEMENTS.map((header) => ({ header, answers: AGREEMENT })),
  ...YES_NO_QUESTIONS.map((header) => ({ header, answers: YES_NO })),
  ...SCORE_5_QUESTIONS.map((header) => ({ header, answers: SCORE_5 })),
  ...SCORE_10_QUESTIONS.map((header) => ({ header, answers: SCORE_10 })),
];

const SITES = [["Préfecture", 42], ["prefecture ", 3], ["Sous-préfecture de Mauriac", 15], ["Sous-préfecture de Saint-Flour", 15], ["PAN", 15], ["BMI", 10]];
const COMMENTS = ["Accueil aimable, merci.", "Attente un peu longue au guichet.", "Difficile de joindre le standard le lundi matin.", "Très bon accueil au PAN."];
/** Every this many respondents, one answer on no scale (« Moyen » to a satisfaction question). */
const OFF_SCALE_EVERY = 400;

/** Picks a value from [value, weight] pairs. */
function pick(random, choices) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [value, weight] of choices) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/** Adds `Réponses enquête <year>` to an exceljs workbook: `respondents` rows of QUESTIONS' answers. */
function writeSurveySheet(workbook, { year, respondents, random }) {
  const sheet = workbook.addWorksheet(`Réponses enquête ${year}`);
  sheet.addRow(["N°", "Date", "Site", ...QUESTIONS.map((question) => question.header), "Commentaire"]);
  const firstDay = Date.UTC(year, 2, 1);
  for (let number = 1; number <= respondents; number += 1) {
    const date = new Date(firstDay + random.integer(0, 59) * 86_400_000);
    const answers = QUESTIONS.map((question) => pick(random, question.answers));
    if (number % OFF_SCALE_EVERY === 0) answers[1] = "Moyen";
    const comment = random.chance(0.1) ? random.pick(COMMENTS) : null;
    sheet.addRow([number, date, pick(random, SITES), ...answers.map((answer) => (answer === "" ? null : answer)), comment]);
  }
  sheet.getColumn(2).numFmt = "dd/mm/yyyy";
  return sheet;
}

module.exports = { writeSurveySheet, QUESTIONS, SITES, OFF_SCALE_EVERY };
