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
      /** Replace an existing output file given with -o (never the input). */
      readonly force: boolean;
    }
  | { readonly name: 'summary'; readonly inputs: readonly string[]; readonly csv: string }
  | { readonly name: 'template'; readonly inputs: readonly string[]; readonly outDir: string };

export const CONVERT_TARGETS = ['json', 'txt', 'docx'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

export type ParsedArgs =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

const HELP_OPTIONS = ['--help', '-h'];
const HELP = ['help', ...HELP_OPTIONS];
const LAST_YEAR = '--last-year';

const fail = (error: string): ParsedArgs => ({ ok: false, error });

/** A value option: its other spellings, and what to say when the value is missing. */
interface ValueOption {
  readonly aliases?: readonly string[];
  readonly missing: string;
}

interface Scanned {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

type Scan = { readonly ok: true; readonly help: boolean; readonly args: Scanned } | ParsedArgs;

/**
 * The token loop every command shares: `--` ends the options (so a file named `-x.json` can still
 * be given), `-h`/`--help` anywhere asks for help, a value option takes `--opt value` or
 * `--opt=value` and may be given once, any other `-…` is refused by name, the rest are positional.
 */
function scan(
  name: string,
  rest: readonly string[],
  flags: readonly string[],
  valueOptions: Readonly<Record<string, ValueOption>>,
): Scan {
  const canonical = new Map<string, string>();
  for (const [option, { aliases = [] }] of Object.entries(valueOptions)) {
    for (const spelling of [option, ...aliases]) canonical.set(spelling, option);
  }
  const positional: string[] = [];
  const seen = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] ?? '';
    if (token === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (HELP_OPTIONS.includes(token))
      return { ok: true, help: true, args: { positional, flags: seen, values } };
    const [spelling = '', inlineValue] = token.split(/=(.*)/s);
    const option = canonical.get(spelling);
    if (flags.includes(token)) {
      seen.add(token);
    } else if (option !== undefined) {
      if (values.has(option)) return fail(`${option} 只能给一次。`);
      const value = inlineValue ?? rest[(i += 1)];
      if (!value) return fail(valueOptions[option]?.missing ?? `${option} 后面缺少内容。`);
      values.set(option, value);
    } else if (token.startsWith('-') && token !== '-') {
      return fail(`${name} 命令没有选项“${token}”。`);
    } else {
      positional.push(token);
    }
  }
  return { ok: true, help: false, args: { positional, flags: seen, values } };
}

const HELP_COMMAND: ParsedArgs = { ok: true, command: { name: 'help' } };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return fail('缺少命令。');
  if (HELP.includes(name)) return HELP_COMMAND;
  if (name === 'convert') return parseConvert(rest);
  if (name === 'summary') return parseSummary(rest);
  if (name === 'template') return parseTemplate(rest);
  if (name !== 'check' && name !== 'figures') return fail(`不认识的命令“${name}”。`);
  const scanned =
    name === 'check'
      ? scan(name, rest, ['--json'], {
          [LAST_YEAR]: { missing: `${LAST_YEAR} 后面要写上一年度报告的文件名。` },
        })
      : scan(name, rest, [], {});
  if (!('help' in scanned)) return scanned;
  if (scanned.help) return HELP_COMMAND;
  const { positional: files, flags, values } = scanned.args;
  if (files.length === 0) return fail(`${name} 命令至少要给一个报告文件。`);
  if (name === 'figures') return { ok: true, command: { name, files } };
  const lastYear = values.get(LAST_YEAR);
  return {
    ok: true,
    command: { name, files, json: flags.has('--json'), ...(lastYear ? { lastYear } : {}) },
  };
}

/**
 * `convert <file> --to json|txt|docx [-o <path>] [--force]`: one input, a target format, an
 * optional path, and whether an existing file at that path may be replaced.
 */
function parseConvert(rest: readonly string[]): ParsedArgs {
  const scanned = scan('convert', rest, ['--force'], {
    '--to': { missing: '--to 后面要写目标格式。' },
    '-o': { aliases: ['--output'], missing: '-o 后面要写输出文件名。' },
  });
  if (!('help' in scanned)) return scanned;
  if (scanned.help) return HELP_COMMAND;
  const { positional, values, flags } = scanned.args;
  const [file, ...extra] = positional;
  if (!file) return fail('convert 命令要给一个报告文件。');
  if (extra.length > 0) return fail('convert 命令一次只转换一个文件。');
  const to = values.get('--to');
  if (!to) return fail(`convert 命令要用 --to 指明目标格式：${CONVERT_TARGETS.join('、')}。`);
  if (!CONVERT_TARGETS.includes(to as ConvertTarget)) {
    return fail(`不支持转换为“${to}”，可选：${CONVERT_TARGETS.join('、')}。`);
  }
  const output = values.get('-o');
  return {
    ok: true,
    command: {
      name: 'convert',
      file,
      to: to as ConvertTarget,
      ...(output ? { output } : {}),
      force: flags.has('--force'),
    },
  };
}

/** `summary <file or folder>... --csv <out.csv>`: files and folders, and where the CSV goes. */
function parseSummary(rest: readonly string[]): ParsedArgs {
  const scanned = scan('summary', rest, [], {
    '--csv': { missing: '--csv 后面要写汇总表（.csv）的文件名。' },
  });
  if (!('help' in scanned)) return scanned;
  if (scanned.help) return HELP_COMMAND;
  const { positional: inputs, values } = scanned.args;
  const csv = values.get('--csv');
  if (inputs.length === 0) return fail('summary 命令至少要给一个报告文件或文件夹。');
  if (csv === undefined) return fail('summary 命令要用 --csv 指明汇总表的文件名。');
  return { ok: true, command: { name: 'summary', inputs, csv } };
}

/** `template <file or folder>... --out-dir <dir>`: last year's reports, and where templates go. */
function parseTemplate(rest: readonly string[]): ParsedArgs {
  const scanned = scan('template', rest, [], {
    '--out-dir': { missing: '--out-dir 后面要写存放模板的文件夹。' },
  });
  if (!('help' in scanned)) return scanned;
  if (scanned.help) return HELP_COMMAND;
  const { positional: inputs, values } = scanned.args;
  const outDir = values.get('--out-dir');
  if (inputs.length === 0) return fail('template 命令至少要给一个上一年度的报告文件或文件夹。');
  if (outDir === undefined) return fail('template 命令要用 --out-dir 指明存放模板的文件夹。');
  return { ok: true, command: { name: 'template', inputs, outDir } };
}
