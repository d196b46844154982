import { describe, expect, it, vi } from 'vitest';
import { ensureSystemDeps, requirements } from './ensure-system-deps.mjs';

const present = (name: string) => ({ name, present: () => true });
const absent = (name: string) => ({ name, present: () => false });

describe('ensureSystemDeps', () => {
  it('calls nothing and prints nothing when every package is present', () => {
    const apt = vi.fn(() => 0);
    const log = vi.fn();
    expect(ensureSystemDeps({ list: [present('chromium')], isRoot: true, apt, log })).toBe(0);
    expect(apt).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('prints the exact install command and fails when not root', () => {
    const apt = vi.fn(() => 0);
    const log = vi.fn();
    const list = [absent('chromium'), absent('fonts-noto-cjk')];
    expect(ensureSystemDeps({ list, isRoot: false, apt, log })).toBe(1);
    expect(apt).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('sudo apt-get install -y chromium fonts-noto-cjk');
  });

  it('names only the missing packages in the command', () => {
    const log = vi.fn();
    const list = [present('chromium'), absent('fonts-noto-cjk')];
    ensureSystemDeps({ list, isRoot: false, apt: () => 0, log });
    expect(log.mock.calls[0]?.[0]).toMatch(/sudo apt-get install -y fonts-noto-cjk$/);
  });

  it('updates then installs the missing packages non-interactively when root', () => {
    let installed = false;
    const list = [present('chromium'), { name: 'fonts-noto-cjk', present: () => installed }];
    const apt = vi.fn((args: readonly string[]) => {
      if (args[0] === 'install') installed = true;
      return 0;
    });
    expect(ensureSystemDeps({ list, isRoot: true, apt, log: () => {} })).toBe(0);
    expect(apt.mock.calls).toEqual([
      [['update']],
      [
        ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'],
        { DEBIAN_FRONTEND: 'noninteractive' },
      ],
    ]);
  });

  it('returns apt-get’s exit code when the install fails', () => {
    const apt = vi.fn((args: readonly string[]) => (args[0] === 'install' ? 100 : 0));
    const list = [absent('chromium')];
    expect(ensureSystemDeps({ list, isRoot: true, apt, log: () => {} })).toBe(100);
  });

  it('fails when a package is still missing after apt-get succeeds', () => {
    const log = vi.fn();
    expect(ensureSystemDeps({ list: [absent('chromium')], isRoot: true, apt: () => 0, log })).toBe(
      1,
    );
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('chromium'));
  });
});

describe('requirements', () => {
  it('lists the packages the browser tests need', () => {
    expect(requirements.map((r) => r.name)).toEqual([
      'chromium',
      'fonts-noto-cjk',
      'libreoffice-writer-nogui',
      'poppler-utils',
    ]);
  });
});
