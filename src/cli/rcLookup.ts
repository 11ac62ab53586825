/** Finds the `.mlsdrc.json` that applies to a file: `--config`, or the nearest one up the tree. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseRc, type MlsdRcOptions } from '../core/config/rc';

export const RC_FILE = '.mlsdrc.json';

/** A loaded config file. */
export interface MlsdRcFile {
  readonly path: string;
  readonly options: MlsdRcOptions;
}

/** A config file that cannot be used: exit code 2. */
export class MlsdConfigError extends Error {}

/** Loads config files once each and remembers which directory uses which. */
export class MlsdRcLookup {
  private readonly _byDir = new Map<string, Promise<MlsdRcFile | undefined>>();
  private readonly _loaded = new Map<string, Promise<MlsdRcFile>>();

  /** @param _warn receives non-fatal problems, once per config file. */
  constructor(private readonly _warn: (message: string) => void) {}

  /** Load an explicit config file; throws `MlsdConfigError` when it is missing or invalid. */
  load(file: string): Promise<MlsdRcFile> {
    let p = this._loaded.get(file);
    if (!p) {
      p = this._read(file);
      this._loaded.set(file, p);
    }
    return p;
  }

  /** The nearest config file at or above `dir`, if any. */
  forDirectory(dir: string): Promise<MlsdRcFile | undefined> {
    let p = this._byDir.get(dir);
    if (!p) {
      p = this._find(dir);
      this._byDir.set(dir, p);
    }
    return p;
  }

  private async _find(dir: string): Promise<MlsdRcFile | undefined> {
    const candidate = path.join(dir, RC_FILE);
    if (await isFile(candidate)) return this.load(candidate);
    const parent = path.dirname(dir);
    return parent === dir ? undefined : this.forDirectory(parent);
  }

  private async _read(file: string): Promise<MlsdRcFile> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new MlsdConfigError(`${file}: ${code === 'ENOENT' ? 'config file does not exist' : `cannot read config file (${code})`}.`);
    }
    const { options, problems } = parseRc(text);
    const fatal = problems.find((p) => p.fatal);
    if (fatal) throw new MlsdConfigError(`${file}: ${fatal.message}`);
    for (const p of problems) this._warn(`${file}: ${p.message}`);
    return { path: file, options };
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}
