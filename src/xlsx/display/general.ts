/** Excel's General format: up to ten significant digits, scientific beyond, French decimal comma. */

const DECIMAL = ",";

export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return formatScientific(value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const decimals = Math.max(0, 10 - integerDigits);
  const plain = String(Number(value.toFixed(decimals)));
  return plain.includes("e") ? formatScientific(value) : plain.replace(".", DECIMAL);
}

function formatScientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(5).split("e");
  const cleanMantissa = mantissa.replace(/\.?0+$/, "").replace(".", DECIMAL);
  const exponentNumber = Number(exponent);
  const sign = exponentNumber < 0 ? "-" : "+";
  return `${cleanMantissa}E${sign}${String(Math.abs(exponentNumber)).padStart(2, "0")}`;
}
