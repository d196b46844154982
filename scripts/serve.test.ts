import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { busyMessage, portFrom, portIsFree } from './serve.mjs';

const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/** A server holding a free port for the duration of `use`. */
async function holdingAPort<T>(use: (port: number) => Promise<T> | T): Promise<T> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use((server.address() as AddressInfo).port);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('portFrom', () => {
  it('gives 4173 when PORT is unset or empty', () => {
    expect(portFrom(undefined)).toEqual({ port: 4173 });
    expect(portFrom(' ')).toEqual({ port: 4173 });
  });

  it('takes a valid PORT', () => {
    expect(portFrom('4174')).toEqual({ port: 4174 });
  });

  it.each(['abc', '0', '70000', '41.5'])('refuses PORT=%s with an example in Chinese', (value) => {
    expect(portFrom(value)).toEqual({ error: expect.stringContaining('PORT=4174 npm start') });
  });
});

describe('portIsFree', () => {
  it('says a port someone listens on is taken, and free once released', async () => {
    const port = await holdingAPort(async (held) => {
      expect(await portIsFree(held)).toBe(false);
      return held;
    });
    expect(await portIsFree(port)).toBe(true);
  });
});

describe('npm start on a busy port', () => {
  it('prints one line naming the port and how to choose another, and exits 1 before building', async () => {
    await holdingAPort((port) => {
      const run = spawnSync(process.execPath, [SERVE], {
        env: { ...process.env, PORT: String(port) },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${busyMessage(port)}\n`);
      expect(run.stderr).toContain(`PORT=${port + 1} npm start`);
    });
  });
});
