/**
 * Parses the command line into one command. Hand-written rather than node:util parseArgs so every
 * message is Chinese and each command accepts only its own options.
 */
export type Command =
  | { readonly name: 'help' }
  | {
      readonly name: 'check';
      readonly files: readonly string[];
      readonly json: boolean;
      readonly lastYear?: string;
    }
  | { readonly name: 'figures'; readonly files: readonly string[] };

export type ParsedArgs =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

const HELP_OPTIONS = ['--help', '-h'];
const HELP = ['help', ...HELP_OPTIONS];
const LAST_YEAR = '--last-year';

const fail = (error: string): ParsedArgs => ({ ok: false, error });

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return fail('缺少命令。');
  if (HELP.includes(name)) return { ok: true, command: { name: 'help' } };
  if (name !== 'check' && name !== 'figures') return fail(`不认识的命令“${name}”。`);

  const files: string[] = [];
  let json = false;
  let lastYear: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] ?? '';
    // After `--` every token is a file, so a file named `-x.json` can still be given.
    if (token === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (HELP_OPTIONS.includes(token)) return { ok: true, command: { name: 'help' } };
    const [option = '', inlineValue] = token.split(/=(.*)/s);
    if (name === 'check' && token === '--json') {
      json = true;
    } else if (name === 'check' && option === LAST_YEAR) {
      if (lastYear !== undefined) return fail(`${LAST_YEAR} 只能给一次。`);
      let value = inlineValue;
      if (value === undefined) {
        i += 1;
        value = rest[i];
      }
      if (!value) return fail(`${LAST_YEAR} 后面要写上一年度报告的文件名。`);
      lastYear = value;
    } else if (token.startsWith('-') && token !== '-') {
      return fail(`${name} 命令没有选项“${token}”。`);
    } else {
      files.push(token);
    }
  }
  if (files.length === 0) return fail(`${name} 命令至少要给一个报告文件。`);
  if (name === 'figures') return { ok: true, command: { name, files } };
  return { ok: true, command: { name, files, json, ...(lastYear ? { lastYear } : {}) } };
}
