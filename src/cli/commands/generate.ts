/**
 * PLACEHOLDER written by the command line's frame so that it compiles: the owner of
 * this command replaces this whole file with the real command.
 */
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import { MESSAGES } from "../messages";

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  io.stderr(`${MESSAGES.commandUnavailable(args.command)}\n`);
  return 2;
}
