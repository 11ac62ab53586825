/**
 * Runs the CLI in a child process with a timeout, so that a regression that
 * blocks (a FIFO) or reads without end (/dev/zero) fails its test instead of
 * hanging the suite; the child reports its peak memory.
 *
 * The CLI is bundled from src/cli/main.ts with esbuild into a temp folder of
 * its own (the same options as `npm run build`'s cli target), so that these
 * tests neither depend on nor race with dist/cli.js.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './helpers';

const RSS_MARK = '\n@@mlsd-test-max-rss-kb=';

export interface ChildCli {
  /** Run `mlsd <args>` in `cwd`; `uid`/`gid` run it as that user (the test must run as root). */
  run(args: readonly string[], cwd: string, o?: { timeoutMs?: number; uid?: number; gid?: number }): ChildResult;
  cleanup(): void;
}

export interface ChildResult {
  /** Exit code; null when the child was killed (e.g. by the timeout). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Peak resident memory of the child in MB (NaN when it did not exit normally). */
  readonly maxRssMB: number;
  /** Wall time in ms. */
  readonly ms: number;
}

export function buildChildCli(): ChildCli {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-bundle-'));
  // Readable by another uid, for the tests that run the CLI as an ordinary user.
  chmodSync(dir, 0o755);
  const cli = join(dir, 'cli.js');
  buildSync({ absWorkingDir: ROOT, entryPoints: ['src/cli/main.ts'], outfile: cli, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'silent' });
  const preload = join(dir, 'rss.js');
  writeFileSync(preload, `process.on('exit', () => { try { require('fs').writeSync(2, ${JSON.stringify(RSS_MARK)} + process.resourceUsage().maxRSS + '\\n'); } catch {} });\n`);
  return {
    run(args, cwd, o = {}) {
      const start = Date.now();
      const r = spawnSync(process.execPath, ['--require', preload, cli, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: o.timeoutMs ?? 8_000,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
        uid: o.uid,
        gid: o.gid,
      });
      const ms = Date.now() - start;
      const err = r.stderr ?? '';
      const at = err.lastIndexOf(RSS_MARK);
      const stderr = at >= 0 ? err.slice(0, at) : err;
      const maxRssMB = at >= 0 ? Number(err.slice(at + RSS_MARK.length).trim()) / 1024 : NaN;
      const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
      return { code: r.status, stdout: r.stdout ?? '', stderr, timedOut, maxRssMB, ms };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
