/**
 * Walks the headings in order and tracks TOC levels and section numbers ("1.2.1"),
 * building the nested TOC list as it goes (the level logic of formatHeadings).
 */
import { tocIndent, tocLine, tocLineEnd, tocList, tocUnindent } from './toc.ts';

export class TocBuilder {
  private html = '';
  private level = 0;
  private prevLevel = 0;
  private tocLevel = 0;
  private prevTocLevel = 0;
  private readonly sublevelCount: number[] = [];
  private readonly levelCount: number[] = [];
  anyVisible = false;

  constructor(private readonly maxTocLevel: number) {}

  /** Advances to a heading of the given level; returns its TOC level and number. */
  next(level: number): { tocLevel: number; number: string } {
    if (this.tocLevel) this.prevLevel = this.level;
    this.level = level;
    if (level > this.prevLevel) {
      this.tocLevel++;
      this.sublevelCount[this.tocLevel] = 0;
      if (this.tocLevel < this.maxTocLevel) {
        this.prevTocLevel = this.tocLevel;
        this.html += tocIndent();
        this.anyVisible = true;
      }
    } else if (level < this.prevLevel && this.tocLevel > 1) {
      let i = this.tocLevel;
      for (; i > 0; i--) {
        if (this.levelCount[i] === level) {
          this.tocLevel = i;
          break;
        } else if (this.levelCount[i] < level) {
          this.tocLevel = i + 1;
          break;
        }
      }
      if (i === 0) this.tocLevel = 1;
      if (this.tocLevel < this.maxTocLevel) {
        if (this.prevTocLevel < this.maxTocLevel) {
          this.html += tocUnindent(this.prevTocLevel - this.tocLevel);
          this.prevTocLevel = this.tocLevel;
        } else {
          this.html += tocLineEnd();
        }
      }
    } else if (this.tocLevel < this.maxTocLevel) {
      this.html += tocLineEnd();
    }
    this.levelCount[this.tocLevel] = level;
    this.sublevelCount[this.tocLevel] = (this.sublevelCount[this.tocLevel] ?? 0) + 1;
    const parts: string[] = [];
    for (let i = 1; i <= this.tocLevel; i++) if (this.sublevelCount[i]) parts.push(String(this.sublevelCount[i]));
    return { tocLevel: this.tocLevel, number: parts.join('.') };
  }

  line(anchor: string, tocline: string, number: string, tocLevel: number, sectionIndex: number | false): void {
    this.html += tocLine(anchor, tocline, number, tocLevel, sectionIndex);
  }

  /** Closes the open levels and wraps the list in the TOC box. */
  finish(): string {
    let html = this.html;
    if (this.prevTocLevel > 0 && this.prevTocLevel < this.maxTocLevel) html += tocUnindent(this.prevTocLevel - 1);
    return tocList(html);
  }
}
