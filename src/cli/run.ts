/**
 * run(argv, io): the whole CLI as a function, so tests drive it in-process. It resolves to the exit
 * status and never rejects: anything unexpected becomes one line on stderr, never a stack trace.
 * Everything it prints passes through terminalText(), so text from a file cannot drive the terminal
 * (JSON output is unchanged by it: JSON.stringify already escapes every control character).
 */
import { parseArgs } from './args';
import { runCheck } from './check-command';
import { runConvert } from './convert-command';
import { runFigures } from './figures-command';
import { EXIT, messageOf } from './io';
import type { Io } from './io';
import { runSummary } from './summary-command';
import { runTemplate } from './template-command';
import { terminalText } from './terminal-text';
import { usage } from './usage';

export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: Io = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalText(text)),
    stderr: (text) => rawIo.stderr(terminalText(text)),
  };
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`${parsed.error}\n\n${usage()}`);
      return EXIT.trouble;
    }
    const { command } = parsed;
    switch (command.name) {
      case 'help':
        io.stdout(usage());
        return EXIT.ok;
      case 'check':
        return await runCheck(command, io);
      case 'figures':
        return await runFigures(command.files, io);
      case 'convert':
        return await runConvert(command, io);
      case 'summary':
        return await runSummary(command, io);
      case 'template':
        return await runTemplate(command, io);
    }
  } catch (error) {
    io.stderr(`程序出现意外错误：${messageOf(error)}\n`);
    return EXIT.trouble;
  }
}
