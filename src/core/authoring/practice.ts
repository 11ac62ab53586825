/**
 * The timer and pacing of a practice session, free of VS Code: a clock is
 * injected so tests drive time by hand. Time runs only while the session is
 * not paused and is charged to the step the writer is in (the cursor's
 * section); the state is plain JSON so the extension can persist it across a
 * window reload.
 */
import { STEPS } from '../framework/steps';
import { STEP_IDS, type StepId } from '../framework/types';

/** Where "now" comes from (`Date.now` in the editor, a fake in tests). */
export interface MlsdClock {
  now(): number;
}

export const SYSTEM_CLOCK: MlsdClock = { now: () => Date.now() };

/** The bucket time is charged to: a step, or `other` (title, front matter, closing notes). */
export type PracticeBucket = StepId | 'other';

/** Persistable state of a session (JSON). */
export interface PracticeState {
  readonly version: 1;
  readonly uri: string;
  readonly durationMs: number;
  readonly startedAt: number;
  /** Active milliseconds charged to each bucket up to `mark`. */
  readonly spent: Readonly<Partial<Record<PracticeBucket, number>>>;
  readonly current: PracticeBucket;
  /** Time up to which `spent` is accounted. */
  readonly mark: number;
  readonly paused: boolean;
  /** Steps already warned about running over (once per step). */
  readonly warned: readonly StepId[];
}

/** Time per step at the end of a session. */
export interface PracticeStepTime {
  readonly bucket: PracticeBucket;
  readonly title: string;
  readonly spentMs: number;
  /** Suggested time, scaled to the session's duration (0 for `other`). */
  readonly budgetMs: number;
}

const MIN = 60_000;

export class MlsdPracticeSession {
  private _s: Omit<PracticeState, 'spent' | 'warned' | 'current' | 'mark' | 'paused'> & {
    spent: Partial<Record<PracticeBucket, number>>;
    warned: StepId[];
    current: PracticeBucket;
    mark: number;
    paused: boolean;
  };

  private constructor(
    private readonly _clock: MlsdClock,
    state: PracticeState,
  ) {
    this._s = { ...state, spent: { ...state.spent }, warned: [...state.warned] };
  }

  /** A new running session on `uri` lasting `minutes`. */
  static start(clock: MlsdClock, uri: string, minutes: number, current: PracticeBucket = 'other'): MlsdPracticeSession {
    const now = clock.now();
    const durationMs = Math.round(Math.min(240, Math.max(1, minutes)) * MIN);
    return new MlsdPracticeSession(clock, { version: 1, uri, durationMs, startedAt: now, spent: {}, current, mark: now, paused: false, warned: [] });
  }

  /** A session from persisted state, or undefined when the state is not valid (never throws). */
  static restore(clock: MlsdClock, raw: unknown): MlsdPracticeSession | undefined {
    if (!raw || typeof raw !== 'object') return undefined;
    const s = raw as Partial<PracticeState>;
    const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    const bucketOk = (b: unknown) => b === 'other' || (STEP_IDS as readonly unknown[]).includes(b);
    if (s.version !== 1 || typeof s.uri !== 'string' || !num(s.durationMs) || !num(s.startedAt) || !num(s.mark)) return undefined;
    if (!bucketOk(s.current) || typeof s.paused !== 'boolean' || !s.spent || typeof s.spent !== 'object') return undefined;
    const spent: Partial<Record<PracticeBucket, number>> = {};
    for (const [k, v] of Object.entries(s.spent)) if (bucketOk(k) && num(v)) spent[k as PracticeBucket] = v as number;
    const warned = Array.isArray(s.warned) ? s.warned.filter((w): w is StepId => (STEP_IDS as readonly unknown[]).includes(w)) : [];
    // A clock that went backwards (or a corrupt mark) must not produce negative time.
    const mark = Math.min(s.mark!, clock.now());
    return new MlsdPracticeSession(clock, { ...(s as PracticeState), spent, warned, mark });
  }

  /** A copy of the state, accounted up to now. */
  get state(): PracticeState {
    this._account();
    return { ...this._s, spent: { ...this._s.spent }, warned: [...this._s.warned] };
  }

  get uri(): string {
    return this._s.uri;
  }
  get paused(): boolean {
    return this._s.paused;
  }
  get current(): PracticeBucket {
    return this._s.current;
  }
  get durationMs(): number {
    return this._s.durationMs;
  }

  /** Charge the time since the last mark to the current bucket. */
  private _account(): void {
    const now = this._clock.now();
    if (!this._s.paused && now > this._s.mark) {
      const b = this._s.current;
      this._s.spent[b] = (this._s.spent[b] ?? 0) + (now - this._s.mark);
    }
    this._s.mark = Math.max(this._s.mark, now);
  }

  /** Active (unpaused) time so far. */
  elapsedMs(): number {
    this._account();
    return Object.values(this._s.spent).reduce((a, v) => a + (v ?? 0), 0);
  }

  remainingMs(): number {
    return Math.max(0, this._s.durationMs - this.elapsedMs());
  }

  isTimeUp(): boolean {
    return this.remainingMs() === 0;
  }

  /** Time charged to a bucket so far. */
  spentMs(b: PracticeBucket): number {
    this._account();
    return this._s.spent[b] ?? 0;
  }

  /** Suggested time for a step, scaled to this session's duration. */
  budgetMs(step: StepId): number {
    const minutes = pacingMinutes(this._s.durationMs / MIN);
    return Math.round((minutes.get(step) ?? 0) * MIN);
  }

  /** The writer moved to another bucket: charge the time so far to the previous one. */
  setCurrent(b: PracticeBucket): void {
    if (b === this._s.current) return;
    this._account();
    this._s.current = b;
  }

  pause(): void {
    this._account();
    this._s.paused = true;
  }

  resume(): void {
    this._account(); // moves the mark past the pause without charging it
    this._s.paused = false;
  }

  /** Pause or resume; returns whether the session is now paused. */
  togglePause(): boolean {
    if (this._s.paused) this.resume();
    else this.pause();
    return this._s.paused;
  }

  /** Is a step over its suggested time? */
  isOver(step: StepId): boolean {
    return this.spentMs(step) > this.budgetMs(step);
  }

  /** Steps that ran over since the last call: each step is reported once per session. */
  takeNewOverruns(): StepId[] {
    const out: StepId[] = [];
    for (const s of STEPS) {
      if (!this._s.warned.includes(s.id) && this.isOver(s.id)) {
        this._s.warned.push(s.id);
        out.push(s.id);
      }
    }
    return out;
  }

  /** Time per step (and `other` when any), in canonical order. */
  stepTimes(): PracticeStepTime[] {
    const rows: PracticeStepTime[] = STEPS.map((s) => ({ bucket: s.id, title: s.title, spentMs: this.spentMs(s.id), budgetMs: this.budgetMs(s.id) }));
    const other = this.spentMs('other');
    if (other > 0) rows.push({ bucket: 'other', title: 'Outside the steps', spentMs: other, budgetMs: 0 });
    return rows;
  }
}

/** Suggested minutes per step for a session length: each step's share of the 45-minute plan, exactly. */
export function pacingMinutes(totalMinutes: number): Map<StepId, number> {
  const sum = STEPS.reduce((a, s) => a + s.minutes, 0);
  return new Map(STEPS.map((s) => [s.id, (s.minutes * totalMinutes) / sum]));
}

/** `mm:ss` (or `h:mm:ss`) for a duration in milliseconds. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
