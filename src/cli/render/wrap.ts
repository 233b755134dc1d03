/** Word wrap for the terminal: lines no longer than the width, each starting with the indent. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(" ")) {
    const candidate = line === indent ? `${indent}${word}` : `${line} ${word}`;
    if ([...candidate].length > width && line !== indent) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}
