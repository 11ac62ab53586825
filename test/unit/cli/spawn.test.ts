import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ANSWER, ROOT, TYPICAL, workspace } from './helpers';

// The one end-to-end test of the built CLI: bundle, shebang, exit code, streams.
describe('bin/mlsd.js (built dist/cli.js)', () => {
  let w: ReturnType<typeof workspace>;
  beforeAll(() => {
    execFileSync(process.execPath, ['esbuild.config.mjs', '--only=cli'], { cwd: ROOT, stdio: 'pipe' });
    w = workspace({ 'good.mlsd.md': TYPICAL, 'bad.mlsd.md': EMPTY_ANSWER });
  });
  afterAll(() => w?.cleanup());

  it('checks files, prints JSON on stdout only and exits 1 on errors', () => {
    const r = spawnSync(join(ROOT, 'bin/mlsd.js'), ['check', '--format', 'json'], { cwd: w.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual(['bad.mlsd.md', 'good.mlsd.md']);
    expect(out.files[1].findings).toEqual([]);
  });

  it('exits 0 on a clean file and 2 on a usage error', () => {
    const ok = spawnSync(process.execPath, [join(ROOT, 'bin/mlsd.js'), 'check', 'good.mlsd.md'], { cwd: w.dir, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/0 error\(s\), 0 warning\(s\), 0 info in 1 file\(s\)/);
    const usage = spawnSync(process.execPath, [join(ROOT, 'bin/mlsd.js'), 'check', '--nope'], { cwd: w.dir, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Unknown option "--nope"/);
  });
});
