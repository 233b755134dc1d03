/** Where a command writes: injectable so that tests capture the output. */
export interface CliIo {
  /** Writes the text to standard output as is (end your lines with "\n"). */
  readonly stdout: (text: string) => void;
  /** Writes the text to standard error as is (end your lines with "\n"). */
  readonly stderr: (text: string) => void;
}

const guarded = new WeakSet<NodeJS.WriteStream>();

/**
 * `bilan-qualite analyze … | head` closes the pipe early: the rest of the output has no reader,
 * which is no failure, so EPIPE is ignored instead of crashing with a stack trace.
 */
function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") process.exitCode = 1;
    });
  }
  if (!stream.destroyed) stream.write(text);
}

export const processIo: CliIo = {
  stdout: (text) => writeTo(process.stdout, text),
  stderr: (text) => writeTo(process.stderr, text),
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
