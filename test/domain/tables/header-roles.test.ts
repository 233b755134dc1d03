import { classifyHeader } from "../../../src/domain/tables";

describe("classifyHeader", () => {
  it.each([
    ["Thématique", "theme"],
    ["THEMATIQUES", "theme"],
    ["Thème", "theme"],
    ["Domaine", "theme"],
    ["Indicateur", "name"],
    ["Indicateurs", "name"],
    ["Libellé", "name"],
    ["Intitulé de l'indicateur", "name"],
    ["Résultat", "result"],
    ["RESULTATS", "result"],
    ["Valeur", "result"],
    ["Réalisé", "result"],
    ["Cible", "target"],
    ["Objectifs", "target"],
    ["Seuil", "target"],
    ["Valeur cible", "target"],
    ["Commentaires", "comment"],
    ["Observations", "comment"],
    ["Analyse", "comment"],
    ["Commentaire sur le résultat", "comment"],
    ["Module", "module"],
    ["Unité", "unit"],
    ["Unité de mesure", "unit"],
    ["Sens", "direction"],
    ["Sens d'évolution souhaité", "direction"],
    ["Moyenne nationale", "national"],
    ["Moy. nat.", "national"],
    ["N-1", "previous"],
    ["Résultat N-1", "previous"],
    ["Année précédente", "previous"],
    ["Statut", "status"],
  ])("reads %p as a %s column", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it.each([
    ["Résultat 2021", "result", 2021],
    ["2021", "result", 2021],
    ["Année 2020", "result", 2020],
    ["Réalisé 2019", "result", 2019],
    ["Moyenne nationale 2021", "national", 2021],
    ["Cible 2021", "target", 2021],
  ])("reads %p as a %s column for %p", (text, role, year) => {
    expect(classifyHeader(text)).toEqual({ role, year });
  });

  it.each([
    ["Taux d'appels aboutis"],
    ["94 %"],
    [""],
    ["Globalement les cibles des indicateurs sont largement atteintes et les résultats sont très satisfaisants"],
    ["BILAN QUALITE 2021"],
  ])("does not take %p for a header", (text) => {
    expect(classifyHeader(text)).toBeNull();
  });
});
