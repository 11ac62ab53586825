/** What the CLI touches outside itself, so tests can run `main` in-process. */
export interface MlsdCliIo {
  /** Writes to standard output (text is written as given; add your own newlines). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory paths are resolved and reported against. */
  readonly cwd: string;
  /** Whether stdout is a terminal (colour is used only then). */
  readonly isTTY?: boolean;
  /** Environment variables (`NO_COLOR`); defaults to none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Serve the language server on the given transport (`--stdio`, `--node-ipc`,
   * `--socket=N`) until the client ends it; absent where the CLI runs in-process (tests).
   */
  readonly languageServer?: (transport: string) => Promise<number>;
}
