import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('main', () => {
  it('prints one line without a stack trace and exits 2 when the file is missing', () => {
    const missing = 'no-such-dir/no-such-report.json';
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', missing], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    // npm may add its own warnings; ours is the one line naming the file.
    const ours = result.stderr.split('\n').filter((line) => line.includes(missing));
    expect(ours).toEqual([`${missing}: 找不到这个文件。`]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
  }, 30_000);
});
