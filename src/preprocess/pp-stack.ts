/**
 * The preprocessor's stack of open constructs (MediaWiki's PPDStack / PPDStackElement /
 * PPDPart): each open `{{`, `[[` or heading line collects its `|`-separated parts until it
 * closes, or falls back to literal text when it never does.
 */
import type { PPChild } from './pp-node.ts';

export interface BraceRule {
  end: string;
  /** Element name per matched brace count; null = literal (links). */
  names: Record<number, 'template' | 'tplarg' | null>;
  min: number;
  max: number;
}

/** Appends text, merging with a preceding text node. */
export function addLiteral(accum: PPChild[], text: string): void {
  if (text === '') return;
  const last = accum.length - 1;
  if (last >= 0 && typeof accum[last] === 'string') accum[last] = (accum[last] as string) + text;
  else accum.push(text);
}

export class Part {
  readonly out: PPChild[] = [];
  /** Index in `out` of the '=' node of `name=value`. */
  eqpos?: number;
  /** Input position of the end of the last comment in this part. */
  commentEnd?: number;
  /** Input position where the visible text of the part ends, before trailing comments. */
  visualEnd?: number;
}

export class Piece {
  parts: Part[] = [new Part()];
  /** Input position of a heading's first '='. */
  startPos = 0;

  constructor(
    readonly open: string,
    readonly close: string,
    public count: number,
    readonly lineStart: boolean,
  ) {}

  current(): Part {
    return this.parts[this.parts.length - 1];
  }

  reset(count: number): void {
    this.parts = [new Part()];
    this.count = count;
  }

  /** The literal text (and nodes) this construct stands for when it does not close. */
  breakSyntax(openingCount?: number): PPChild[] {
    if (this.open === '\n') return [...this.parts[0].out];
    const accum: PPChild[] = [this.open.repeat(openingCount ?? this.count)];
    let first = true;
    for (const part of this.parts) {
      if (first) first = false;
      else addLiteral(accum, '|');
      for (const node of part.out) {
        if (typeof node === 'string') addLiteral(accum, node);
        else accum.push(node);
      }
    }
    return accum;
  }
}

export class PieceStack {
  readonly pieces: Piece[] = [];
  readonly rootAccum: PPChild[] = [];

  get top(): Piece | undefined {
    return this.pieces[this.pieces.length - 1];
  }

  push(piece: Piece): void {
    this.pieces.push(piece);
  }

  pop(): Piece | undefined {
    return this.pieces.pop();
  }

  addPart(): void {
    this.top!.parts.push(new Part());
  }

  getAccum(): PPChild[] {
    const top = this.top;
    return top ? top.current().out : this.rootAccum;
  }

  getFlags(): { findPipe: boolean; findEquals: boolean; inHeading: boolean } {
    const top = this.top;
    if (!top) return { findPipe: false, findEquals: false, inHeading: false };
    const findPipe = top.open !== '\n' && top.open !== '[';
    return {
      findPipe,
      findEquals: findPipe && top.parts.length > 1 && top.current().eqpos === undefined,
      inHeading: top.open === '\n',
    };
  }
}
