/** Excel error values typed or pasted as text, in English and French Excel. */

const ERROR_TEXT =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|VALEUR!|NOM\?|NOMBRE!|NUL!|PROPAGATION!|CHAMP!|BLOQUE!|BLOQUÉ!|CONNEXION!|OCCUPÉ!|INCONNU!|EXTERNE!)$/i;

export function isExcelErrorText(text: string): boolean {
  return ERROR_TEXT.test(text.trim());
}
