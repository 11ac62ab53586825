/**
 * Issue 15's proof that the checker left the extension host: while the language
 * server checks a 2 MB answer, a command of ours answers within 100 ms, call after
 * call, and the answer's diagnostics then arrive (so the check really ran meanwhile).
 *
 * The bounds are a correctness property, not a speed target (those live in the
 * bench): they say that the extension host is never blocked by the check, which is
 * what moving the checker into its own process is for. Checking this answer takes
 * the core 0.7 to 1.5 s on this machine (one synchronous run: 2 MB of Markdown,
 * about 600 findings): a host busy with the check spends that much CPU inside one
 * call, far over the CPU bound (300 ms), while a command that runs on a free host
 * answers in well under 10 ms even on a loaded machine.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, mlsd, mlsdDiagnostics, open, removeFile, show, waitForDiagnostics, writeFile } from './mlsdTestUtil';

/** The bound on one command's answer by the wall clock: several in a row meet it. */
const ANSWER_MS = 100;
/**
 * The bound on the main thread's CPU within one call: a check on the host is one
 * synchronous run of 700 ms or more, so a call that spent less did not wait for one.
 * Opening the 2 MB answer costs the host's own work (the document's text and lines)
 * up to 106 ms of one call's CPU beside two busy loops (seen once, at 1.4 s into the
 * open): 100 ms was too close to that, 300 ms is still under half the check.
 */
const BLOCKED_CPU_MS = 300;
/** A cheap command of ours: the practice session's state (none here); it never runs the checker. */
const STATE_COMMAND = '_mlsd.practice.snapshot';

/**
 * The CPU time, in ms, that the calling thread (the extension host's main thread)
 * has spent, and where it is read: Linux's per-thread scheduler statistics (ns),
 * else Node's `process.threadCpuUsage` (Node 23.9 and later), else the whole
 * process's time (which also counts threads beside the main one).
 */
const MAIN_THREAD_CPU: { readonly ms: () => number; readonly source: string } = (() => {
  try {
    const ms = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
    if (Number.isFinite(ms())) return { ms, source: "the main thread's, /proc/thread-self/schedstat" };
  } catch {
    /* not Linux */
  }
  const of = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const thread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (thread) return { ms: () => of(thread.call(process)), source: "the main thread's, process.threadCpuUsage" };
  return { ms: () => of(process.cpuUsage()), source: "the whole process's, process.cpuUsage" };
})();

/**
 * The worked example, repeated with varied numbers up to just under the size limit
 * (`mlsd.maxFileSizeKB`, 2048 KB by default, counted in characters): one front
 * matter, then each copy's sections under a `## Part n` heading, every number in the
 * prose shifted by the copy's index (headings keep theirs, so the steps stay steps).
 */
function answerOf(example: string, chars: number): string {
  const front = /^---\n[\s\S]*?\n---\n/.exec(example)?.[0] ?? '';
  const body = example.slice(front.length);
  const parts = [front];
  let size = front.length;
  for (let i = 1; ; i++) {
    const copy = `\n## Part ${i}\n\n${body
      .split('\n')
      .map((line) => (line.startsWith('#') ? line : line.replace(/\d+/g, (n) => String(Number(n) + (i % 97)))))
      .join('\n')}`;
    if (size + copy.length > chars) break;
    parts.push(copy);
    size += copy.length;
  }
  return parts.join('');
}

suite('language server: the extension host stays responsive', () => {
  let uri: vscode.Uri;
  let text: string;
  suiteSetup(async function () {
    this.timeout(60000);
    await mlsd();
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'examples', 'ctr-sponsored-search.mlsd.md')));
    const limit = vscode.workspace.getConfiguration('mlsd').get<number>('maxFileSizeKB', 2048) * 1024;
    text = answerOf(example, Math.min(limit, 2048 * 1024) - 8 * 1024);
    uri = await writeFile(`scratch-2mb-${Date.now()}.mlsd.md`, text);
  });
  suiteTeardown(async () => {
    await closeAll();
    await removeFile(uri);
  });

  test(`a command of ours answers within ${ANSWER_MS} ms, call after call, while the server checks a 2 MB answer`, async function () {
    this.timeout(180000);
    assert.ok(text.length > 2000 * 1024, `the answer is ${(text.length / 1024).toFixed(0)} KB`);
    assert.deepEqual(mlsdDiagnostics(uri), [], 'a new file: no diagnostics yet');
    const arrived = waitForDiagnostics(uri, (ds) => ds.length > 0, 'the 2 MB answer\'s diagnostics', 150000);
    let done = false;
    void arrived.then(
      () => (done = true),
      () => (done = true),
    );

    // Each call is started from a fresh macrotask, as a command that the workbench
    // sends arrives (an IPC message), after a timer of 1 ms, and is timed from the
    // previous call's return to its own return. The samples so tile the whole window
    // without a gap: a block of the host anywhere in it, in the timer's wait or in the
    // call, lands inside one sample. The sampler starts before the answer opens,
    // because a check on the host would start while it opens (the document reaching
    // the host, `didOpen`). The timer paces the calls at about one a millisecond:
    // back to back they were 20,000 a second, each with two messages to the
    // workbench (the command's telemetry and activation event), and their own
    // garbage, 1.4 GB in 10 s, was most of what the host's collector then did.
    //
    // Each sample also records the CPU time the extension host's main thread (the
    // one that runs extensions) spent meanwhile. That tells the two reasons a call
    // can take long apart: the host was busy (a check here is one synchronous run of
    // 0.7 s or more, so its sample spends about that much CPU), or the host was not
    // scheduled (2 shared cores, with the server, the workbench and other jobs
    // running: calls of 100 to 900 ms that spent 0 to 15 ms were seen). Only the first
    // is the host being blocked, so the bound is on the CPU a call spent; the wall
    // time of the calls is reported, and several calls in a row answered within the
    // bound by the wall clock too. The CPU is the main thread's, not the process's:
    // the process's (`process.cpuUsage`) counts V8's collector threads and the thread
    // pool too, which run beside the main thread without blocking it; during a major
    // garbage collection a call was seen to spend 95 ms of the process's CPU and 14 ms
    // of the main thread's (the cause of this test's earlier failures at 110 ms).
    // Only the calls over the bound are kept.
    type Sample = { at: number; ms: number; cpuMs: number; processCpuMs: number };
    const over: Sample[] = [];
    let calls = 0;
    let callsAfterOpen = 0;
    let run = 0;
    let longestRun = 0;
    let mostCpu = 0;
    let mostProcessCpu = 0;
    let opened = false;
    const sampler = (async () => {
      let t = performance.now();
      let c = MAIN_THREAD_CPU.ms();
      let p = process.cpuUsage();
      while (!done) {
        await new Promise<void>((r) => setTimeout(r, 1));
        await vscode.commands.executeCommand(STATE_COMMAND);
        const now = performance.now();
        const cNow = MAIN_THREAD_CPU.ms();
        const pUsed = process.cpuUsage(p);
        const ms = now - t;
        const cpuMs = cNow - c;
        const processCpuMs = (pUsed.user + pUsed.system) / 1000;
        calls++;
        mostCpu = Math.max(mostCpu, cpuMs);
        mostProcessCpu = Math.max(mostProcessCpu, processCpuMs);
        if (ms >= ANSWER_MS || cpuMs >= ANSWER_MS) over.push({ at: t, ms, cpuMs, processCpuMs });
        if (opened) {
          callsAfterOpen++;
          longestRun = Math.max(longestRun, (run = ms < ANSWER_MS ? run + 1 : 0));
        }
        t = now;
        c = cNow;
        p = process.cpuUsage();
      }
    })();
    const t0 = performance.now();
    const editor = await open(uri);
    opened = true;
    const openedMs = performance.now() - t0;
    const ds = await arrived;
    const arrivedMs = performance.now() - t0;
    await sampler;

    assert.equal(editor.document.getText().length, text.length);
    assert.ok(ds.length > 100, `the check ran: ${ds.length} diagnostics. ${show(ds.slice(0, 5))}`);
    const fmt = (ss: Sample[]) => ss.slice(0, 10).map((s) => `${s.ms.toFixed(0)} ms (CPU ${s.cpuMs.toFixed(0)} ms, the process's ${s.processCpuMs.toFixed(0)} ms) at ${(s.at - t0).toFixed(0)}`).join(', ');
    const when = `opened at ${openedMs.toFixed(0)} ms, diagnostics at ${arrivedMs.toFixed(0)} ms, ${calls} calls, ${callsAfterOpen} after the open`;
    // Several answers in a row within the bound, by the wall clock, between the open and the diagnostics.
    assert.ok(longestRun >= 5, `at most ${longestRun} calls in a row answered within ${ANSWER_MS} ms between the open and the diagnostics (${when})`);
    const blocked = over.filter((s) => s.cpuMs >= BLOCKED_CPU_MS);
    assert.equal(blocked.length, 0, `the extension host was blocked: ${blocked.length} calls waited while its main thread spent ${BLOCKED_CPU_MS} ms or more of CPU (${MAIN_THREAD_CPU.source}): ${fmt(blocked)} (${when})`);
    const slow = over.filter((s) => s.ms >= ANSWER_MS);
    console.log(`responsiveness: ${when}; ${slow.length} took ${ANSWER_MS} ms or more by the wall clock${slow.length ? `: ${fmt(slow)}` : ''}; most CPU in one call ${mostCpu.toFixed(1)} ms (${MAIN_THREAD_CPU.source}), the process's ${mostProcessCpu.toFixed(1)} ms`);
  });
});
