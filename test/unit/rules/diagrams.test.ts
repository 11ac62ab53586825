/**
 * Diagrams the checker reads (issue 14): Mermaid syntax errors at the answer's
 * line (MLSD025, Mermaid's own parser, loaded lazily), flowcharts and sequence
 * diagrams read as graphs, the open feedback loop (MLSD026) and the text and
 * diagrams that disagree (MLSD027).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkAsync, checkDiagrams, clearDiagramCache, parseAnswer, readDiagram, setMermaidSource, type Finding } from '../../../src/core/index';
import { loadMermaidApi } from '../../../src/core/diagrams/mermaid';
import { applyEdits, ruleFindings } from './helpers';
import { run, useWorkspaces } from '../cli/helpers';

const ROOT = join(__dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

/** An answer with a data section whose diagram starts at 1-based line 8 (its first diagram line is line 9). */
function answerWith(diagram: string, prose = 'Events stream through Kafka into the lake; a daily job builds the training set.'): string {
  return `---\nlevel: senior\n---\n# Design\n\n## 3. Data preparation\n\n\`\`\`mermaid\n${diagram.replace(/\n$/, '')}\n\`\`\`\n\n${prose}\n`;
}

async function syntaxFindings(text: string): Promise<Finding[]> {
  await checkDiagrams(parseAnswer(text));
  return ruleFindings(text, 'MLSD025');
}

describe('MLSD025 mermaid-syntax: broken blocks of each common type, at the answer line, in words', () => {
  // [name, diagram, 1-based answer line of the error, message pattern]
  const cases: [string, string, number, RegExp][] = [
    ['flowchart: unclosed (', 'flowchart LR\n  Q[Query] --> Ranker(Two-tower ranker\n  Ranker --> F([Feed])', 10, /This flowchart does not render: unclosed `\(` in node `Ranker`: close it with `\)`\./],
    ['flowchart: unclosed [ after a directive and a comment', '%%{init: {"theme": "dark"}}%%\n%% the request path\nflowchart LR\n  A --> B[Ranker', 12, /unclosed `\[` in node `B`/],
    ['flowchart: subgraph without end', 'flowchart LR\n  subgraph FS[Feature store]\n    ON[(Online)]\n  ON --> R[Ranker]', 10, /subgraph `FS` has no `end`/],
    ['flowchart: -> is no arrow', 'graph TD\n  A[Logs] -> B[Trainer]', 10, /`->` is not a flowchart arrow: use `-->`/],
    ['flowchart: unclosed edge label', 'flowchart LR\n  A -->|clicks B', 10, /unclosed `\|` in the edge label/],
    ['unknown diagram type', 'flowchar LR\n  A --> B', 9, /This diagram does not render: unknown diagram type `flowchar` \(did you mean `flowchart`\?\)/],
    ['sequence: message without :', 'sequenceDiagram\n  participant C as Client\n  C->>R score this\n  R-->>C: scores', 11, /the message `C->>R score this` needs `:` before its text: `C->>R: score this`/],
    ['class: unclosed {', 'classDiagram\n  class Ranker {\n    +score(x)\n  Ranker <|-- Heavy', 10, /This class diagram does not render: unclosed `\{` in class `Ranker`/],
    ['state: arrow without target', 'stateDiagram-v2\n  [*] --> Training\n  Training --> Serving\n  Serving --> ', 12, /This state diagram does not render: the arrow has no target/],
    ['gantt: task without :', 'gantt\n  dateFormat YYYY-MM-DD\n  section Data\n  Collect logs 2024-01-01, 3d', 12, /This Gantt chart does not render: a task needs `:` before its data: `Collect logs :2024-01-01, 3d`/],
    ['pie: slice without :', 'pie title Traffic\n  "Search" : 70\n  "Feed" 30', 11, /This pie chart does not render: a slice needs `:` between its label and value: `"Feed" : 30`/],
    ['ER: relationship without label', 'erDiagram\n  USER ||--o{ EVENT', 10, /a relationship needs a label after `:`/],
  ];
  for (const [name, diagram, line, message] of cases) {
    it(name, async () => {
      const text = answerWith(diagram);
      const f = await syntaxFindings(text);
      expect(f.map((x) => x.message)).toHaveLength(1);
      expect(f[0]!.range.start.line + 1, f[0]!.message).toBe(line);
      expect(f[0]!.message).toMatch(message);
      expect(f[0]!.message.length).toBeLessThanOrEqual(200);
      expect(f[0]!.severity).toBe('warning');
      expect(f[0]!.step).toBeNull();
      // The parser's own text is detail, not the message.
      if (f[0]!.related) expect(f[0]!.related[0]!.message).toMatch(/^Mermaid: /);
      expect(f[0]!.message).not.toMatch(/Expecting|Parse error/);
    });
  }

  it('a front matter in the block keeps the lines right', async () => {
    const f = await syntaxFindings(answerWith('---\ntitle: Serving path\n---\nflowchart LR\n  Q --> R(Ranker'));
    expect(f[0]!.range.start.line + 1).toBe(13);
    expect(f[0]!.message).toMatch(/unclosed `\(` in node `R`/);
  });

  it('an empty block and an unclosed fence are reported at the fence', async () => {
    const empty = await syntaxFindings('# A\n\n```mermaid\n```\n');
    expect(empty[0]!.range.start.line).toBe(2);
    expect(empty[0]!.message).toMatch(/empty: start it with a type such as `flowchart LR`/);
    const open = await syntaxFindings('# A\n\nText.\n\n```mermaid\nflowchart LR\n  A --> B\n\n## Next\n');
    expect(open[0]!.range.start.line).toBe(4);
    expect(open[0]!.message).toMatch(/fence is never closed/);
  });

  it('valid diagrams of every common type give no finding', async () => {
    const ok = [
      'flowchart LR\n  A[Logs] -->|clicks| B((Join)) --> C{Label?}\n  C -.->|yes| D[(Lake)]\n  C ==> E[/Drop/]',
      'sequenceDiagram\n  participant C as Client\n  C->>R: request\n  R-->>C: ranked list\n  loop every request\n    R->>L: log impression\n  end',
      'classDiagram\n  class Ranker {\n    +score(x)\n  }\n  Ranker <|-- Heavy',
      'stateDiagram-v2\n  [*] --> Training\n  Training --> Serving\n  Serving --> [*]',
      'gantt\n  dateFormat YYYY-MM-DD\n  section Data\n  Collect logs :a1, 2024-01-01, 3d\n  Train :after a1, 2d',
      'pie title Traffic\n  "Search" : 70\n  "Feed" : 30',
      'erDiagram\n  USER ||--o{ EVENT : emits',
      'mindmap\n  root((MLSD))\n    Data\n    Model',
    ];
    for (const d of ok) expect(await syntaxFindings(answerWith(d)), d).toEqual([]);
  });

  it('check() reports nothing for a block not parsed yet; checkAsync() does', async () => {
    const text = answerWith('flowchart LR\n  A --> Never(parsed before');
    expect(ruleFindings(text, 'MLSD025')).toEqual([]);
    const r = await checkAsync(text);
    expect(r.findings.filter((f) => f.ruleId === 'MLSD025').map((f) => f.range.start.line + 1)).toEqual([10]);
    // Now known: the synchronous check has it too.
    expect(check(text).findings.some((f) => f.ruleId === 'MLSD025')).toBe(true);
  });

  it('parses a block again only when its text changed', async () => {
    const a = '```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n';
    const text = `# A\n\nSome prose.\n\n${a}`;
    const first = await checkDiagrams(parseAnswer(text));
    const again = await checkDiagrams(parseAnswer(text.replace('Some prose.', 'Other prose, and more of it.\n\nA paragraph.')));
    expect(again.map((r) => r.cached)).toEqual([true, true]);
    expect(again.map((r) => r.verdict?.ok)).toEqual(first.map((r) => r.verdict?.ok));
    const edited = await checkDiagrams(parseAnswer(text.replace('A->>B: hi', 'A->>B: hello')));
    expect(edited.map((r) => r.cached)).toEqual([true, false]);
  });

  it('mlsd check reports a broken diagram (the CLI awaits the parse)', async () => {
    const ws = useWorkspacesOnce();
    const dir = ws({ '.mlsdrc.json': '{}', 'a.mlsd.md': answerWith('flowchart LR\n  Q --> Ranker(Two-tower') });
    const r = await run(['check', 'a.mlsd.md', '--format', 'json'], dir);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; line: number; message: string }[] }[] }).files[0]!.findings;
    const syntax = findings.filter((f) => f.rule === 'MLSD025');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.line).toBe(10);
    expect(syntax[0]!.message).toMatch(/unclosed `\(` in node `Ranker`/);
  });
});

let wsFactory: ReturnType<typeof useWorkspaces> | undefined;
function useWorkspacesOnce() {
  return (wsFactory ??= useWorkspaces());
}
useWorkspacesOnce();

describe('hostile blocks finish quickly and report at most a syntax finding', () => {
  const diagramRules = (fs: readonly Finding[]) => fs.filter((f) => ['MLSD025', 'MLSD026', 'MLSD027'].includes(f.ruleId));
  const cases: [string, string][] = [
    ['huge', 'flowchart TD\n' + Array.from({ length: 6000 }, (_, i) => `  N${i}[Train step ${i}] --> N${i + 1}(Serve ${i})`).join('\n')],
    ['deeply nested', 'flowchart TD\n' + Array.from({ length: 400 }, (_, i) => `subgraph S${i}[Level ${i}]`).join('\n') + '\n  A[Step one] --> B[Step two]\n' + 'end\n'.repeat(400)],
    ['brackets', 'flowchart TD\n  A' + '(['.repeat(20_000) + 'x'],
    [
      'init directive with script',
      '%%{init: {"securityLevel": "loose", "theme": "</script><script>globalThis.__mlsdPwned = 1</script>"}}%%\nflowchart LR\n  A["<img src=x onerror=globalThis.__mlsdPwned=1>"] --> B\n  click A call globalThis.__mlsdPwned()',
    ],
    ['many edges', 'flowchart LR\n' + Array.from({ length: 700 }, (_, i) => `  A${i % 50} --> B${i}`).join('\n')],
    ['a million edges in one line', 'flowchart LR\n  ' + Array.from({ length: 1000 }, (_, i) => `N${i}`).join(' & ') + ' --> ' + Array.from({ length: 1000 }, (_, i) => `M${i}`).join(' & ')],
    ['unclosed everything', 'flowchart LR\n' + 'A["x\nB(y\nC -- z\nD -->|w\nE@{ v\n%%{\n'.repeat(2000)],
  ];
  for (const [name, diagram] of cases) {
    it(name, async () => {
      const text = answerWith(diagram, 'The pipeline is drawn above.');
      const t0 = performance.now();
      const r = await checkAsync(text, { level: 'staff' });
      const ms = performance.now() - t0;
      expect(ms, `${name}: ${ms.toFixed(0)} ms`).toBeLessThan(5000);
      const mine = diagramRules(r.findings);
      expect(mine.filter((f) => f.ruleId !== 'MLSD025'), name).toEqual([]);
      expect(mine.length).toBeLessThanOrEqual(1);
      expect((globalThis as { __mlsdPwned?: number }).__mlsdPwned).toBeUndefined();
      expect((globalThis as { window?: unknown }).window).toBeUndefined();
      expect((globalThis as { mermaid?: unknown }).mermaid).toBeUndefined();
    }, 15_000);
  }

  it('an edge limit is reported at the diagram\'s first line', async () => {
    const f = await syntaxFindings(answerWith('flowchart LR\n' + Array.from({ length: 700 }, (_, i) => `  A${i % 50} --> B${i}`).join('\n')));
    expect(f[0]!.range.start.line + 1).toBe(9);
    expect(f[0]!.message).toBe('This flowchart does not render: it has more than 500 edges and Mermaid draws at most 500: split it.');
  });

  it('a block over Mermaid\'s size limit is reported without a parse', async () => {
    const big = 'flowchart TD\n' + '  A --> B\n'.repeat(12_000);
    const f = await syntaxFindings(answerWith(big));
    expect(f[0]!.message).toMatch(/has 120,013 characters and Mermaid draws at most 100,000: split it/);
    expect(f[0]!.range.start.line + 1).toBe(9);
  });
});

describe('reading flowcharts and sequence diagrams into graphs', () => {
  it('reads shapes, links, labels, chains and subgraphs', () => {
    const g = readDiagram(
      [
        'flowchart TB',
        '  %% a comment',
        '  A[Square] --> B(Round) & C((Circle))',
        '  C -.->|dotted| D{Rhombus} ==> E[(Database)]',
        '  E --- F[[Sub]] -- text --> G>Flag] -. more .-> H{{Hex}}',
        '  subgraph FS["Feature store"]',
        '    direction LR',
        '    ON[(Online)]:::hot',
        '    OFF[(Offline)]',
        '  end',
        '  G --> FS; FS --> I([Stadium])',
        '  J[/Para/] <--> K[\\Alt\\] ~~~ L',
        '  M@{ shape: rect, label: "Meta label" } --o N --x O',
        '  classDef hot fill:#f96',
        '  style A fill:#bbf',
      ].join('\n'),
    )!;
    expect(g.kind).toBe('flowchart');
    const label = Object.fromEntries(g.nodes.map((n) => [n.id, n.label]));
    expect(label).toMatchObject({ A: 'Square', B: 'Round', C: 'Circle', D: 'Rhombus', E: 'Database', F: 'Sub', G: 'Flag', H: 'Hex', ON: 'Online', OFF: 'Offline', FS: 'Feature store', I: 'Stadium', J: 'Para', K: 'Alt', L: 'L', M: 'Meta label' });
    const edges = g.edges.map((e) => `${e.from}${e.direction === 'forward' ? '->' : e.direction === 'both' ? '<->' : '-'}${e.to}${e.label ? `|${e.label}` : ''}`);
    expect(edges).toEqual(['A->B', 'A->C', 'C->D|dotted', 'D->E', 'E-F', 'F->G|text', 'G->H|more', 'G->FS', 'FS->I', 'J<->K', 'M->N', 'N->O']);
    expect(g.groups).toEqual([{ id: 'FS', label: 'Feature store', line: 5, members: ['ON', 'OFF'] }]);
    expect(g.problems).toEqual([]);
  });

  it('reads a sequence diagram\'s participants and messages', () => {
    const g = readDiagram('sequenceDiagram\n  actor U as User\n  participant R as Ranker service\n  U->>R: open feed\n  R-->>U: ranked items\n  R-)L: log impressions\n  Note over R: p99 50 ms\n')!;
    expect(g.kind).toBe('sequence');
    expect(g.nodes.map((n) => [n.id, n.label])).toEqual([['U', 'User'], ['R', 'Ranker service'], ['L', 'L']]);
    expect(g.edges.map((e) => `${e.from}>${e.to}:${e.label}`)).toEqual(['U>R:open feed', 'R>U:ranked items', 'R>L:log impressions']);
  });

  it('reads other diagram types as no graph', () => {
    expect(readDiagram('pie\n  "a" : 1\n')).toBeUndefined();
    expect(readDiagram('classDiagram\n  A <|-- B\n')).toBeUndefined();
  });

  it('reads the examples\' diagrams as Mermaid\'s own flowchart database does', async () => {
    const mermaid = (await loadMermaidApi())!;
    let count = 0;
    for (const name of readdirSync(EXAMPLES).filter((f) => f.endsWith('.mlsd.md'))) {
      for (const block of parseAnswer(example(name)).mermaid) {
        const g = readDiagram(block.source)!;
        const diagram = (await mermaid.mermaidAPI.getDiagramFromText(block.source)) as { db: { getVertices(): Map<string, { id: string; text?: string }>; getEdges(): { start: string; end: string; text?: string }[]; getSubGraphs(): { id: string; title: string; nodes: string[] }[] } };
        const db = diagram.db;
        const vertices = [...db.getVertices().values()];
        expect(g.nodes.map((n) => n.id).filter((id) => !g.groups.some((s) => s.id === id)).sort(), name).toEqual(vertices.map((v) => v.id).sort());
        for (const v of vertices) expect(g.nodes.find((n) => n.id === v.id)!.label).toBe(v.text);
        expect(g.edges.map((e) => `${e.from}>${e.to}:${e.label ?? ''}`), name).toEqual(db.getEdges().map((e) => `${e.start}>${e.end}:${e.text ?? ''}`));
        expect(g.groups.map((s) => [s.id, s.label, [...s.members].sort()])).toEqual(db.getSubGraphs().map((s) => [s.id, s.title, [...s.nodes].sort()]));
        count++;
      }
    }
    expect(count).toBe(3);
  });

  it('the CTR example\'s data-flow diagram', () => {
    const block = parseAnswer(example('ctr-sponsored-search.mlsd.md')).mermaid[0]!;
    const g = readDiagram(block.source)!;
    expect(g.nodes.map((n) => n.id)).toEqual(['SERP', 'K', 'WH', 'FL', 'SP', 'OFF', 'ON', 'TR', 'REG', 'SRV']);
    expect(g.nodes.find((n) => n.id === 'K')!.label).toBe('Kafka event log');
    expect(g.edges).toHaveLength(12);
    expect(g.edges[0]).toEqual({ from: 'SERP', to: 'K', label: 'impressions, clicks', line: 1, direction: 'forward' });
    expect(g.groups[0]!.members).toEqual(['OFF', 'ON']);
  });
});

describe('MLSD026 open-loop', () => {
  const forward = 'flowchart LR\n  WH[(Warehouse)] --> TR[Trainer]\n  TR --> REG[(Model registry)]\n  REG --> SRV[Ranker service]\n  SRV --> APP([Home feed])';
  it('a diagram that stops at serving gets one finding, with an edge to draw', () => {
    const text = answerWith(forward);
    const f = ruleFindings(text, 'MLSD026');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.range.start.line + 1).toBe(8);
    expect(f[0]!.step).toBe('data');
    expect(f[0]!.message).toBe('A deployed model starts to degrade: show how what it serves flows back into training, e.g. `APP --> LOGS[(Serving logs)] --> TR`.');
    expect(f[0]!.related!.map((r) => r.message)).toEqual(['Serving: Home feed', 'Training: Trainer']);
    // The fix draws the loop, and closes it.
    const fixed = applyEdits(text, f[0]!.fix!.edits);
    expect(fixed).toContain('  APP --> LOGS[(Serving logs)] --> TR\n```');
    expect(ruleFindings(fixed, 'MLSD026')).toEqual([]);
  });

  it('is info at mid level', () => {
    expect(ruleFindings(answerWith(forward), 'MLSD026', { forceLevel: 'mid' })[0]!.severity).toBe('info');
  });

  it('is quiet when the loop closes: through logs, feedback, an undirected line, or another diagram', () => {
    expect(ruleFindings(answerWith(`${forward}\n  APP -->|impressions, clicks| K[Kafka] --> WH`), 'MLSD026')).toEqual([]);
    expect(ruleFindings(answerWith(`${forward}\n  SRV -.-> FB[User feedback]\n  FB --> TR`), 'MLSD026')).toEqual([]);
    expect(ruleFindings(answerWith(`${forward}\n  APP --- WH`), 'MLSD026')).toEqual([]);
    const split = answerWith(forward) + '\n```mermaid\nflowchart LR\n  APP([Home feed]) --> L[(Event logs)] --> J[Label joiner]\n```\n';
    expect(ruleFindings(split, 'MLSD026')).toEqual([]);
  });

  it('reads a subgraph as its members', () => {
    const d = 'flowchart LR\n  subgraph S[Serving]\n    R[Ranker] --> F([Feed])\n  end\n  TR[Trainer] --> R\n  S --> L[(Impression logs)]\n  L --> TR';
    expect(ruleFindings(answerWith(d), 'MLSD026')).toEqual([]);
    expect(ruleFindings(answerWith(d.replace('  L --> TR', '')), 'MLSD026')).toHaveLength(1);
  });

  it('is quiet without both training and serving', () => {
    expect(ruleFindings(answerWith('flowchart LR\n  K[Kafka] --> F[Flink] --> L[(Lake)] --> T[Training]'), 'MLSD026')).toEqual([]);
    expect(ruleFindings(answerWith('flowchart LR\n  Q([Query]) --> R[Retrieval] --> K[Ranker] --> F([Feed])'), 'MLSD026')).toEqual([]);
  });

  it('sees an open loop across diagrams and in a sequence diagram (no fix there)', () => {
    const two = answerWith('flowchart LR\n  L[(Lake)] --> T[Trainer] --> M[(Model registry)]') + '\n```mermaid\nsequenceDiagram\n  participant U as App\n  participant R as Ranker\n  U->>R: request\n  R-->>U: results\n```\n';
    const f = ruleFindings(two, 'MLSD026');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/flows back into training \(its logs or feedback into `Trainer`\)\.$/);
    expect(f[0]!.fix).toBeUndefined();
  });
});

describe('MLSD027 diagram-prose-mismatch', () => {
  const diagram = 'flowchart LR\n  K[Kafka] --> F[Flink joiner] --> L[(Data lake)] --> T[Trainer]';
  it('names what the text names and no diagram shows', () => {
    const text = answerWith(diagram, 'Events flow through Kafka and Flink into the data lake; a feature store with point-in-time joins serves the same features online and offline.');
    const f = ruleFindings(text, 'MLSD027');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toBe('The diagrams leave out the feature store that the text names: draw it, or say why it is left out.');
    expect(f[0]!.range.start.line + 1).toBe(8);
    expect(f[0]!.related!.map((r) => [r.range.start.line + 1, r.message])).toEqual([[13, 'Named here, drawn in no diagram: feature store']]);
  });

  it('names what a diagram draws and the text never explains', () => {
    const text = answerWith(`${diagram}\n  T --> REG[(Model registry)]`, 'Events flow through Kafka and Flink into the data lake for training.');
    const f = ruleFindings(text, 'MLSD027');
    expect(f[0]!.message).toBe('The diagram draws the model registry that the text never explains: say what it does, or leave it out.');
    expect(f[0]!.range.start.line + 1).toBe(11);
  });

  it('one finding for both, listing every name', () => {
    const text = answerWith(`${diagram}\n  T --> REG[(Model registry)]`, 'Kafka and Flink feed the data lake and a feature store; a cache in front of it.');
    const f = ruleFindings(text, 'MLSD027');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('The diagrams leave out the feature store and cache that the text names, and draw the model registry that it never explains.');
    expect(f[0]!.related).toHaveLength(3);
  });

  it('compares only the steps that have a diagram, and is quiet with no pipeline diagram', () => {
    const text = answerWith(diagram, 'Kafka and Flink feed the data lake.') + '\n## 6. Deployment and serving\n\nA feature store, an ANN index and a cache serve the ranker.\n';
    expect(ruleFindings(text, 'MLSD027')).toEqual([]);
    expect(ruleFindings('# A\n\n## 3. Data\n\nA feature store.\n\n```mermaid\npie\n  "a" : 1\n```\n', 'MLSD027')).toEqual([]);
  });

  it('takes a drawing that shows the component well enough', () => {
    const text = answerWith('flowchart LR\n  K[Kafka] --> R[(Redis features)] --> S[Ranker]', 'Kafka updates the online feature store in Redis; a cache keeps hot items; Triton model servers run the ranker.');
    expect(ruleFindings(text, 'MLSD027')).toEqual([]);
  });
});

describe('the worked examples', () => {
  for (const name of ['ctr-sponsored-search.mlsd.md', 'video-recommendation.mlsd.md']) {
    it(`${name}: every diagram renders, the loop closes, text and diagrams agree`, async () => {
      const text = example(name);
      for (const level of ['mid', 'senior', 'staff'] as const) {
        const r = await checkAsync(text, { forceLevel: level });
        expect(r.findings.filter((f) => ['MLSD025', 'MLSD026', 'MLSD027'].includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      }
      const results = await checkDiagrams(parseAnswer(text));
      expect(results.every((r) => r.verdict?.ok === true)).toBe(true);
    });
  }
});

describe('without Mermaid', () => {
  it('a shell with no source of Mermaid checks no syntax and reports nothing for it', async () => {
    clearDiagramCache();
    setMermaidSource(async () => undefined);
    try {
      const text = answerWith('flowchart LR\n  A --> B(unchecked');
      const results = await checkDiagrams(parseAnswer(text));
      expect(results[0]!.verdict).toBeUndefined();
      expect((await checkAsync(text)).findings.filter((f) => f.ruleId === 'MLSD025')).toEqual([]);
    } finally {
      setMermaidSource(undefined);
    }
  });
});

describe('a diagram counts for a point only through its edges', () => {
  const point = (text: string) => {
    const steps = [...check(text, { forceLevel: 'staff' }).coverage.steps.values()];
    return steps.flatMap((s) => s.points).find((p) => p.point.key === 'data-flow')!.depth;
  };
  const withDiagram = (body: string) => `# T\n\n## Data preparation\nWe log impressions.\n\n\`\`\`mermaid\nflowchart LR\n${body}\n\`\`\`\n`;

  it('a flowchart of boxes with no edge names no data flow; the same boxes joined by edges do', () => {
    expect(point(withDiagram('  joiner[Impression click joiner]\n  snap[Daily snapshots]'))).toBe('missing');
    expect(point(withDiagram('  logs[Impression logs] --> joiner[Impression click joiner] --> snap[Daily snapshots]'))).not.toBe('missing');
  });

  it('an unclosed block does not silence the text after it', () => {
    const text = '# T\n\n## Data preparation\n```mermaid\nflowchart LR\n  A\nImpressions are joined with clicks on the impression id.\n';
    expect(point(text)).not.toBe('missing');
  });
});
