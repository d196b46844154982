/**
 * `npm start`: builds the app and serves it on http://127.0.0.1:<PORT>/ (default 4173). A port
 * already taken is found before the build and said in one line with the way out
 * (`PORT=4174 npm start`), not as Vite's stack trace after a minute of building.
 */
import { createServer } from 'node:net';
import { build, preview } from 'vite';

const DEFAULT_PORT = 4173;
const HOST = '127.0.0.1';

/** The port from PORT, or null with a message when it is not a usable port number. */
export function portFrom(value) {
  if (value === undefined || value.trim() === '') return { port: DEFAULT_PORT };
  const port = Number(value.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { error: `PORT=${value} 不是有效的端口号（1–65535），例如：PORT=4174 npm start` };
  }
  return { port };
}

/** Resolves true when nothing listens on host:port (so the preview server can take it). */
export function portIsFree(port, host = HOST) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

export const busyMessage = (port) =>
  `端口 ${port} 已被占用（可能本工具已在另一个窗口运行）。请换一个端口启动，例如：PORT=${port + 1} npm start`;

async function main() {
  const chosen = portFrom(process.env.PORT);
  if ('error' in chosen) {
    console.error(chosen.error);
    return 1;
  }
  const { port } = chosen;
  if (!(await portIsFree(port))) {
    console.error(busyMessage(port));
    return 1;
  }
  await build();
  const server = await preview({ preview: { host: HOST, port, strictPort: true } });
  server.printUrls();
  console.log('按 Ctrl+C 停止。');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error) => {
      // The port can still be taken between the check and the listen: say it the same way.
      const chosen = portFrom(process.env.PORT);
      if (error?.message?.includes('is already in use') && 'port' in chosen) {
        console.error(busyMessage(chosen.port));
      } else console.error(`启动失败：${error?.message ?? error}`);
      process.exit(1);
    },
  );
}
