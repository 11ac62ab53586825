import type { Level, StepId } from '../framework/types';
import type { TokenStream } from '../text/tokenize';

/** 0-based position, like VS Code's. `character` counts UTF-16 units. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A heading, or a bold-only pseudo-heading (`**Metrics**` alone on its line). */
export interface Section {
  readonly index: number;
  /** Heading text without `#`s, numbering kept (e.g. `3. Data preparation`). */
  readonly title: string;
  /** 1-6 for headings; 7 for bold pseudo-headings. */
  readonly depth: number;
  readonly kind: 'heading' | 'bold';
  /** Line of the heading. */
  readonly line: number;
  /** Range of the heading's text on its line. */
  readonly titleRange: Range;
  /** Exclusive end line of the section including its subsections. */
  end: number;
  /** Exclusive end line of the section's own body (before its first child). */
  ownEnd: number;
  readonly parent: number;
  readonly children: number[];
  /** Steps whose aliases the title matches. */
  readonly aliasSteps: readonly StepId[];
  /** Steps this section counts for (its own, or inherited from its parent). */
  steps: StepId[];
}

export interface MermaidBlock {
  /** Line of the opening fence. */
  readonly line: number;
  /** Exclusive end line (after the closing fence, if any). */
  readonly end: number;
  /** First line of the diagram source. */
  readonly contentLine: number;
  readonly source: string;
  /** Whether a closing fence was found. */
  readonly closed: boolean;
}

export interface FrontMatter {
  /** Lines [0, end) hold the front matter, fences included; 0 when absent. */
  readonly end: number;
  readonly values: Readonly<Record<string, string>>;
  readonly level?: Level;
  readonly caseId?: string;
  /** Problems such as an unknown level. */
  readonly problems: readonly { line: number; message: string }[];
}

/**
 * An HTML comment (`<!-- … -->`) where a Markdown renderer sees one: a raw HTML
 * block or inline HTML in text, never inside fenced, indented or inline code.
 */
export interface CommentSpan {
  /** Offset of the `<!--`. */
  readonly start: number;
  /** Exclusive end offset: after the `-->`, or the end of its block when unclosed. */
  readonly end: number;
  /** Line of the `<!--`. */
  readonly line: number;
  /** Line of the comment's last character (`line` for a one-line comment). */
  readonly endLine: number;
  /** Whether it ends with `-->` (an unclosed one that starts a block hides the rest of the block). */
  readonly closed: boolean;
}

/** `<!-- mlsd-disable ... -->` directives, resolved per line. */
export interface DisableDirectives {
  /** Is `rule` (id or name) disabled at `line`? */
  isDisabled(ruleId: string, ruleName: string, line: number): boolean;
}

/** The parsed answer every rule reads. Built once per check. */
export interface Answer {
  readonly text: string;
  readonly lineCount: number;
  /** Offset of each line's first character. */
  readonly lineStarts: Int32Array;
  readonly frontMatter: FrontMatter;
  readonly sections: readonly Section[];
  /** Per step, the sections that count for it through their own title. */
  readonly stepSections: ReadonlyMap<StepId, readonly Section[]>;
  /** Per line, a bit mask of the steps the line counts for (bit = step index - 1). */
  readonly lineSteps: Uint8Array;
  readonly mermaid: readonly MermaidBlock[];
  /** Line ranges [start, end) of all fenced and indented code blocks. */
  readonly codeBlocks: readonly { line: number; end: number; info: string }[];
  /** Sorted offset spans the content view blanks (headings, code, comments, labels, placeholders, front matter). */
  readonly masked: readonly { readonly start: number; readonly end: number }[];
  /** Word tokens of the content view (headings, comments, labels, placeholders blanked). */
  readonly tokens: TokenStream;
  /** HTML comments, sorted and disjoint: the one list every check reads comments from. */
  readonly comments: readonly CommentSpan[];
  /** Spans (offsets) of unreplaced placeholders. */
  readonly placeholders: readonly { start: number; end: number }[];
  readonly disables: DisableDirectives;
  /** Text of line `i` without its line break. */
  lineText(i: number): string;
}
