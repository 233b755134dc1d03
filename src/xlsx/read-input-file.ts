/** The bytes of an input file, or an UnusableInputError saying in French why it cannot be read. */
import { promises as fs } from "fs";
import { UnusableInputError } from "./errors";
import { READ_MESSAGES } from "./read-messages";

/** Reads the whole file (never writes to it). Missing, a directory, not readable → UnusableInputError naming `path`. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    const stats = await fs.stat(path);
    if (stats.isDirectory()) throw new UnusableInputError(READ_MESSAGES.isDirectory(path));
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnusableInputError(READ_MESSAGES.notFound(path));
    if (code === "EISDIR") throw new UnusableInputError(READ_MESSAGES.isDirectory(path));
    if (code === "EACCES" || code === "EPERM") throw new UnusableInputError(READ_MESSAGES.accessDenied(path));
    throw new UnusableInputError(READ_MESSAGES.cannotRead(path));
  }
}
