/**
 * Finds the ':' that splits "; term : definition", skipping colons inside tags,
 * comments and language-converter markup -{ }- (BlockLevelPass::findColonNoLinks).
 */
export interface ColonSplit {
  before: string;
  after: string;
}

const enum State {
  Text,
  Tag,
  TagStart,
  CloseTag,
  TagSlash,
  Comment,
  CommentDash,
  CommentDashDash,
  LanguageConverter,
}

const interesting = /:|<|-\{/g;
const converterEdge = /-\{|\}-/g;

function split(str: string, at: number): ColonSplit {
  return { before: str.slice(0, at), after: str.slice(at + 1) };
}

export function findColonNoLinks(str: string): ColonSplit | null {
  interesting.lastIndex = 0;
  const first = interesting.exec(str);
  if (!first) return null;
  if (first[0] === ':') return split(str, first.index);

  let state = State.Text;
  let tagDepth = 0;
  let converterDepth = 0;
  for (let i = first.index; i < str.length; i++) {
    const c = str[i];
    switch (state) {
      case State.Text:
        if (c === '<') state = State.TagStart;
        else if (c === ':') {
          if (tagDepth === 0) return split(str, i);
        } else {
          interesting.lastIndex = i;
          const m = interesting.exec(str);
          if (!m) return null;
          if (m[0] === '-{') {
            state = State.LanguageConverter;
            converterDepth++;
            i = m.index + 1;
          } else {
            i = m.index - 1;
          }
        }
        break;
      case State.LanguageConverter: {
        converterEdge.lastIndex = i;
        const m = converterEdge.exec(str);
        if (!m) return null;
        i = m.index + 1;
        if (m[0] === '-{') converterDepth++;
        else if (--converterDepth === 0) state = State.Text;
        break;
      }
      case State.Tag:
        if (c === '>') {
          tagDepth++;
          state = State.Text;
        } else if (c === '/') state = State.TagSlash;
        break;
      case State.TagStart:
        state = c === '/' ? State.CloseTag : c === '!' ? State.Comment : c === '>' ? State.Text : State.Tag;
        break;
      case State.CloseTag:
        if (c === '>') {
          if (tagDepth > 0) tagDepth--;
          state = State.Text;
        }
        break;
      case State.TagSlash:
        state = c === '>' ? State.Text : State.Tag;
        break;
      case State.Comment:
        if (c === '-') state = State.CommentDash;
        break;
      case State.CommentDash:
        state = c === '-' ? State.CommentDashDash : State.Comment;
        break;
      case State.CommentDashDash:
        state = c === '>' ? State.Text : State.Comment;
        break;
    }
  }
  return null;
}
