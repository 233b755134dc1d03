/** Where a command writes: injectable so that tests capture the output. */
export interface CliIo {
  /** Writes the text to standard output as is (end your lines with "\n"). */
  readonly stdout: (text: string) => void;
  /** Writes the text to standard error as is (end your lines with "\n"). */
  readonly stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** An io that keeps what is written, for tests. */
export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    out: () => out.join(""),
    err: () => err.join(""),
  };
}
