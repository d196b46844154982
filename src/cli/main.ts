/**
 * The CLI's entry point (`npm run cli -- <args>`): run() with the process streams. run() never
 * rejects (it turns every failure into one line), so nothing here needs a catch. The exit status is
 * set, not forced with process.exit(), so buffered output reaches a pipe before Node exits.
 */
import { run } from './run';

// A reader that stops early (`| head`) closes the pipe: stop quietly instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  process.stderr.write(`无法输出结果：${error.message}\n`);
  process.exit(2);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
