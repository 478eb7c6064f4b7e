/**
 * The open/next/close steps of list markup (* # ; :) and the paragraph state they share
 * with doBlockLevels.
 */
export class ListState {
  /** Whether a <dt> is open (a ';' item waiting for its ':'). */
  dtOpen = false;
  inPre = false;
  /** 'p' or 'pre' while a paragraph or indent-pre is open, else ''. */
  lastParagraph = '';

  /** Closes an open <p> or <pre>; a newline follows unless at the end of the text. */
  closeParagraph(atTheEnd = false): string {
    let result = '';
    if (this.lastParagraph !== '') {
      result = `</${this.lastParagraph}>`;
      if (!atTheEnd) result += '\n';
    }
    this.inPre = false;
    this.lastParagraph = '';
    return result;
  }
}

export function openList(st: ListState, ch: string): string {
  const result = st.closeParagraph();
  switch (ch) {
    case '*':
      return result + '<ul><li>';
    case '#':
      return result + '<ol><li>';
    case ':':
      return result + '<dl><dd>';
    case ';':
      st.dtOpen = true;
      return result + '<dl><dt>';
  }
  return '<!-- ERR 1 -->';
}

export function nextItem(st: ListState, ch: string): string {
  if (ch === '*' || ch === '#') return '</li>\n<li>';
  if (ch === ':' || ch === ';') {
    const close = st.dtOpen ? '</dt>\n' : '</dd>\n';
    st.dtOpen = ch === ';';
    return close + (ch === ';' ? '<dt>' : '<dd>');
  }
  return '<!-- ERR 2 -->';
}

export function closeList(st: ListState, ch: string): string {
  if (ch === '*') return '</li></ul>';
  if (ch === '#') return '</li></ol>';
  if (ch === ':') {
    if (st.dtOpen) {
      st.dtOpen = false;
      return '</dt></dl>';
    }
    return '</dd></dl>';
  }
  return '<!-- ERR 3 -->';
}
