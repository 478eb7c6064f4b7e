/**
 * The pre-save transform (MediaWiki's Parser::preSaveTransform / pstPass2), run on the edit
 * path before a revision is stored: {{subst:}} expanded, ~~~ / ~~~~ / ~~~~~ signatures, the
 * pipe trick ([[A (b)|]] → [[A (b)|A]], [[|A]] → [[A (context)|A]]), trailing space trimmed.
 */
import type { ParseContext } from '../parse/parse-context.ts';
import { monthNames } from '../extensions/core/clock.ts';

const tc = ` %!"$&'()*,\\-./0-9:;=?@A-Z\\\\^_\`a-z~\\u0080-\\uFFFF+`;
const nc = '[ _0-9A-Za-z\\u0080-\\uFFFF-]';
const pipeTrick1 = new RegExp(`\\[\\[(:?${nc}+:|:|)([${tc}]+?)( ?\\([${tc}]+\\))\\|]]`, 'g');
const pipeTrick4 = new RegExp(`\\[\\[(:?${nc}+:|:|)([${tc}]+?)( ?（[${tc}]+）)\\|]]`, 'g');
const pipeTrick3 = new RegExp(`\\[\\[(:?${nc}+:|:|)([${tc}]+?)( ?\\([${tc}]+\\)|)((?:, |，|، )[${tc}]+|)\\|]]`, 'g');
const reversePipeTrick = new RegExp(`\\[\\[\\|([${tc}]+)]]`, 'g');
const titleWithContext = new RegExp(`^(${nc}+:|)[${tc}]+?( \\([${tc}]+\\))$`);
const titleWithComma = new RegExp(`^(${nc}+:|)[${tc}]+?(, [${tc}]+|)$`);

/** "05:06, 4 March 2021 (UTC)" — the signature timestamp in the content language. */
export function signatureTimestamp(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}, ${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()} (UTC)`;
}

/** The default signature of a user (or of an IP address). */
export function userSignature(ctx: ParseContext, userName: string): string {
  if (/^\d{1,3}(\.\d{1,3}){3}$|:/.test(userName)) return `[[Special:Contributions/${userName}|${userName}]]`;
  const ns = ctx.env.titles.namespaces;
  return `[[${ns.getText(2)}:${userName}|${userName}]] ([[${ns.getText(3)}:${userName}|talk]])`;
}

/** Expands substitutions and signatures in wikitext about to be saved. `ctx` must have options.pst set. */
export function preSaveTransform(text: string, ctx: ParseContext, userName = ctx.options.revision?.userName ?? '127.0.0.1'): string {
  let out = text.replace(/\0/g, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  out = ctx.replaceVariables(out);
  if (out.includes('~~~')) {
    const date = signatureTimestamp(ctx.now);
    const sig = userSignature(ctx, userName);
    ctx.output.flags.add('user-signature');
    out = out.replace(/~~~~~|~~~~|~~~/g, (m) => (m === '~~~~~' ? date : m === '~~~~' ? `${sig} ${date}` : sig));
  }
  out = out.replace(pipeTrick1, '[[$1$2$3|$2]]').replace(pipeTrick4, '[[$1$2$3|$2]]').replace(pipeTrick3, '[[$1$2$3$4|$2]]');
  const t = ctx.title.text;
  const m = titleWithContext.exec(t) ?? titleWithComma.exec(t);
  if (m && `${m[1]}${m[2]}` !== '') out = out.replace(reversePipeTrick, (_all, page: string) => `[[${m[1]}${page}${m[2]}|${page}]]`);
  // With no context to add, the pipe is only dropped.
  else out = out.replace(reversePipeTrick, '[[$1]]');
  out = out.replace(/\s+$/, '');
  return ctx.stripState.unstripBoth(out).replace(/\s+$/, '');
}
