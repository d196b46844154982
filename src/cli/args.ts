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
  | { readonly name: 'figures'; readonly files: readonly string[] }
  | {
      readonly name: 'convert';
      readonly file: string;
      readonly to: ConvertTarget;
      readonly output?: string;
    }
  | { readonly name: 'summary'; readonly inputs: readonly string[]; readonly csv: string };

export const CONVERT_TARGETS = ['json', 'txt', 'docx'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

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
  if (name === 'convert') return parseConvert(rest);
  if (name === 'summary') return parseSummary(rest);
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

/** `convert <file> --to json|txt|docx [-o <path>]`: one input, a target format, an optional path. */
function parseConvert(rest: readonly string[]): ParsedArgs {
  const files: string[] = [];
  const values: Record<'--to' | '-o', string | undefined> = { '--to': undefined, '-o': undefined };
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] ?? '';
    if (HELP_OPTIONS.includes(token)) return { ok: true, command: { name: 'help' } };
    const [raw = '', inlineValue] = token.split(/=(.*)/s);
    const option = raw === '--output' ? '-o' : raw;
    if (option === '--to' || option === '-o') {
      if (values[option] !== undefined) return fail(`${option} 只能给一次。`);
      const value = inlineValue ?? rest[(i += 1)];
      if (!value)
        return fail(`${option} 后面要写${option === '--to' ? '目标格式' : '输出文件名'}。`);
      values[option] = value;
    } else if (token.startsWith('-') && token !== '-') {
      return fail(`convert 命令没有选项“${token}”。`);
    } else {
      files.push(token);
    }
  }
  const [file, ...extra] = files;
  if (!file) return fail('convert 命令要给一个报告文件。');
  if (extra.length > 0) return fail('convert 命令一次只转换一个文件。');
  const to = values['--to'];
  if (!to) return fail(`convert 命令要用 --to 指明目标格式：${CONVERT_TARGETS.join('、')}。`);
  if (!CONVERT_TARGETS.includes(to as ConvertTarget)) {
    return fail(`不支持转换为“${to}”，可选：${CONVERT_TARGETS.join('、')}。`);
  }
  const output = values['-o'];
  return {
    ok: true,
    command: { name: 'convert', file, to: to as ConvertTarget, ...(output ? { output } : {}) },
  };
}

/** `summary <file or folder>... --csv <out.csv>`: files and folders, and where the CSV goes. */
function parseSummary(rest: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  let csv: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] ?? '';
    if (token === '--') {
      inputs.push(...rest.slice(i + 1));
      break;
    }
    if (HELP_OPTIONS.includes(token)) return { ok: true, command: { name: 'help' } };
    const [option = '', inlineValue] = token.split(/=(.*)/s);
    if (option === '--csv') {
      if (csv !== undefined) return fail('--csv 只能给一次。');
      const value = inlineValue ?? rest[(i += 1)];
      if (!value) return fail('--csv 后面要写汇总表（.csv）的文件名。');
      csv = value;
    } else if (token.startsWith('-') && token !== '-') {
      return fail(`summary 命令没有选项“${token}”。`);
    } else {
      inputs.push(token);
    }
  }
  if (inputs.length === 0) return fail('summary 命令至少要给一个报告文件或文件夹。');
  if (csv === undefined) return fail('summary 命令要用 --csv 指明汇总表的文件名。');
  return { ok: true, command: { name: 'summary', inputs, csv } };
}
