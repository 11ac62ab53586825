/** Finds the `.mlsdrc.json` that applies to a file: `--config`, or the nearest one up the tree. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseRc, type MlsdRcOptions } from '../core/config/rc';
import { MAX_CONFIG_BYTES, readRegularFile } from './files';

export const RC_FILE = '.mlsdrc.json';

/** A loaded config file. */
export interface MlsdRcFile {
  readonly path: string;
  readonly options: MlsdRcOptions;
}

/**
 * A config file that exists but cannot be used (unreadable, not a regular file,
 * too large, not valid JSON): `problem` says why, on one line, without the path.
 */
export interface MlsdRcInvalid {
  readonly path: string;
  readonly problem: string;
}

/** A config file that cannot be used: exit code 2. */
export class MlsdConfigError extends Error {}

/** Loads config files once each and remembers which directory uses which. */
export class MlsdRcLookup {
  private readonly _byDir = new Map<string, Promise<MlsdRcFile | MlsdRcInvalid | undefined>>();
  private readonly _loaded = new Map<string, Promise<MlsdRcFile | MlsdRcInvalid>>();

  /** @param _warn receives non-fatal problems, once per config file. */
  constructor(private readonly _warn: (message: string) => void) {}

  /** Load an explicit config file; throws `MlsdConfigError` when it is missing or invalid. */
  async load(file: string): Promise<MlsdRcFile> {
    const rc = await this._get(file);
    if ('problem' in rc) throw new MlsdConfigError(`${file}: ${rc.problem}`);
    return rc;
  }

  /**
   * The nearest config file at or above `dir`, if any. A config file that is
   * there but cannot be used comes back as `MlsdRcInvalid` (it does not throw,
   * so that one bad file in a subfolder does not stop the whole run).
   */
  forDirectory(dir: string): Promise<MlsdRcFile | MlsdRcInvalid | undefined> {
    let p = this._byDir.get(dir);
    if (!p) {
      p = this._find(dir);
      this._byDir.set(dir, p);
    }
    return p;
  }

  private _get(file: string): Promise<MlsdRcFile | MlsdRcInvalid> {
    let p = this._loaded.get(file);
    if (!p) {
      p = this._read(file);
      this._loaded.set(file, p);
    }
    return p;
  }

  private async _find(dir: string): Promise<MlsdRcFile | MlsdRcInvalid | undefined> {
    const candidate = path.join(dir, RC_FILE);
    // Anything by that name is the config: one that is not a regular file is
    // reported rather than silently passed over for a farther one.
    if (await isPresent(candidate)) return this._get(candidate);
    const parent = path.dirname(dir);
    return parent === dir ? undefined : this.forDirectory(parent);
  }

  private async _read(file: string): Promise<MlsdRcFile | MlsdRcInvalid> {
    const read = await readRegularFile(file, MAX_CONFIG_BYTES);
    if ('error' in read) {
      const problem = read.error.startsWith('does not exist') ? 'config file does not exist.' : `config file ${read.error}.`;
      return { path: file, problem };
    }
    const { options, problems } = parseRc(new TextDecoder('utf-8').decode(read.bytes));
    const fatal = problems.find((p) => p.fatal);
    if (fatal) return { path: file, problem: oneLine(fatal.message) };
    for (const p of problems) this._warn(`${file}: ${oneLine(p.message)}`);
    return { path: file, options };
  }
}

/** A message on one line: line breaks and other control characters become spaces. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** Whether anything (of any type, or a dangling symlink) is at `p`. */
async function isPresent(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}
