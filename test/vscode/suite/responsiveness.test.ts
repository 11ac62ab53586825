/**
 * Issue 15's proof that the checker left the extension host: while the language
 * server checks a 2 MB answer, a command of ours answers within 100 ms, call after
 * call, and the answer's diagnostics then arrive (so the check really ran meanwhile).
 *
 * The 100 ms bound is a correctness property, not a speed target (those live in
 * the bench): it says that the extension host is never blocked, which is what
 * moving the checker into its own process is for. Checking this answer takes the
 * core 0.7 to 1.5 s on this machine (one synchronous run: 2 MB of Markdown, about
 * 600 findings), so the bound has a margin of 7x or more both ways: a command that
 * runs on a free host answers in well under 10 ms even on a loaded machine, and a
 * host busy with the check could not answer within the bound.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, mlsd, mlsdDiagnostics, open, removeFile, show, waitForDiagnostics, writeFile } from './mlsdTestUtil';

/** The bound on one command's answer: the extension host was not blocked. */
const ANSWER_MS = 100;
/** A cheap command of ours: the practice session's state (none here); it never runs the checker. */
const STATE_COMMAND = '_mlsd.practice.snapshot';

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
    // sends arrives (an IPC message), and is timed from the moment it was due (the
    // previous call's return) to its return. The samples so tile the whole window
    // without a gap: a block of the host anywhere in it lands inside one sample. The
    // sampler starts before the answer opens, because a check on the host would start
    // while it opens (the document reaching the host, `didOpen`).
    //
    // Each sample also records the CPU time the extension host spent meanwhile. That
    // tells the two reasons a call can take long apart: the host was busy (a check
    // here is one synchronous run of 0.7 s or more, so its sample spends about that
    // much CPU), or the host was not scheduled (2 shared cores, with the server, the
    // workbench and other jobs running: calls of 100 to 400 ms that spent 0 to 10 ms
    // of CPU were seen). Only the first is the host being blocked, so the bound is on
    // the CPU a call spent; the wall time of the calls is reported, and several calls
    // in a row answered within the bound by the wall clock too.
    // Only the calls over the bound are kept (hundreds of thousands of calls are made:
    // keeping each would grow the host's heap and add garbage collections of the test's own).
    type Sample = { at: number; ms: number; cpuMs: number };
    const over: Sample[] = [];
    let calls = 0;
    let callsAfterOpen = 0;
    let run = 0;
    let longestRun = 0;
    let mostCpu = 0;
    let opened = false;
    const sampler = (async () => {
      while (!done) {
        const t = performance.now();
        const c = process.cpuUsage();
        await new Promise<void>((r) => setImmediate(r));
        await vscode.commands.executeCommand(STATE_COMMAND);
        const ms = performance.now() - t;
        const used = process.cpuUsage(c);
        const cpuMs = (used.user + used.system) / 1000;
        calls++;
        mostCpu = Math.max(mostCpu, cpuMs);
        if (ms >= ANSWER_MS || cpuMs >= ANSWER_MS) over.push({ at: t, ms, cpuMs });
        if (opened) {
          callsAfterOpen++;
          longestRun = Math.max(longestRun, (run = ms < ANSWER_MS ? run + 1 : 0));
        }
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
    const fmt = (ss: Sample[]) => ss.slice(0, 10).map((s) => `${s.ms.toFixed(0)} ms (CPU ${s.cpuMs.toFixed(0)} ms) at ${(s.at - t0).toFixed(0)}`).join(', ');
    const when = `opened at ${openedMs.toFixed(0)} ms, diagnostics at ${arrivedMs.toFixed(0)} ms, ${calls} calls, ${callsAfterOpen} after the open`;
    // Several answers in a row within the bound, by the wall clock, between the open and the diagnostics.
    assert.ok(longestRun >= 5, `at most ${longestRun} calls in a row answered within ${ANSWER_MS} ms between the open and the diagnostics (${when})`);
    const blocked = over.filter((s) => s.cpuMs >= ANSWER_MS);
    assert.equal(blocked.length, 0, `the extension host was blocked: ${blocked.length} calls waited while it spent ${ANSWER_MS} ms or more of CPU: ${fmt(blocked)} (${when})`);
    const slow = over.filter((s) => s.ms >= ANSWER_MS);
    console.log(`responsiveness: ${when}; ${slow.length} took ${ANSWER_MS} ms or more by the wall clock${slow.length ? `: ${fmt(slow)}` : ''}; most CPU in one call ${mostCpu.toFixed(1)} ms`);
  });
});
