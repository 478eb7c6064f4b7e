/**
 * Callbacks behind Scribunto's frame object and module loading: arguments (expanded lazily
 * through the preprocessor's Frame), templates, parser functions, preprocessing, child
 * frames, module sources and mw.loadJsonData.
 */
import { NS_MODULE, NS_TEMPLATE } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import { callParserFunction } from '../../preprocess/call-parser-function.ts';
import type { Frame, PPFrame } from '../../preprocess/frame.ts';
import type { PPPart } from '../../preprocess/pp-node.ts';
import { getTemplateDom } from '../../preprocess/template-fetch.ts';
import type { ScribuntoSession } from '../scribunto-session.ts';
import { rewriteLua51Source } from '../lua51-source.ts';
import { rewrittenModuleSource } from '../module-source-cache.ts';
import { toLuaData } from './lua-data.ts';

type GetSession = () => ScribuntoSession;

/** Plain string arguments as preprocessor parts (positional keys are integers). */
function argumentParts(keys: string[] | Record<string, string>, values: string[] | Record<string, string>): PPPart[] {
  const k = Object.values(keys ?? {});
  const v = Object.values(values ?? {});
  const parts: PPPart[] = [];
  k.forEach((key, i) => {
    const value = [String(v[i] ?? '')];
    if (/^[1-9]\d*$/.test(key)) parts.push({ type: 'part', name: null, index: Number(key), value });
    else parts.push({ type: 'part', name: [key], index: 0, value });
  });
  return parts;
}

/** The page of a module: `Module:X`, or a Fandom `Dev:X` global module mapped to the local one. */
export function moduleTitle(session: ScribuntoSession, name: string): Title | null {
  const titles = session.ctx.env.titles;
  const dev = /^dev:(.*)$/i.exec(name);
  const title = dev ? titles.makeTitle(NS_MODULE, dev[1]) : titles.parse(name);
  return title && title.ns === NS_MODULE && !title.isExternal ? title : null;
}

export function frameCallbacks(session: GetSession) {
  const frame = (id: number): Frame => session().frame(id);
  const hostError = (message: string) => ({ error: message });
  return {
    getModuleSource(name: string) {
      const s = session();
      const title = moduleTitle(s, name);
      if (!title) return undefined;
      const page = s.ctx.env.data.getPage(title);
      s.ctx.output.addTemplate(title, page?.revisionId ?? 0);
      if (!page) return undefined;
      return { text: rewrittenModuleSource(title.prefixedDBKey, page.text), title: title.prefixedText };
    },
    rewriteSource(source: string): string {
      return rewriteLua51Source(source);
    },
    getArg(frameId: number, name: string): string | undefined {
      return frame(frameId).getArgument(String(name));
    },
    getAllArgs(frameId: number) {
      const args = frame(frameId).getArguments();
      return { names: [...args.keys()], values: [...args.values()] };
    },
    getFrameTitle(frameId: number): string {
      return frame(frameId).title.prefixedText;
    },
    currentFrameId(): number {
      return session().currentFrameId;
    },
    expandTemplate(frameId: number, titleText: string, keys: string[], values: string[]) {
      const f = frame(frameId);
      const ctx = f.ctx;
      const title = ctx.env.titles.parse(titleText, NS_TEMPLATE);
      if (!title) return hostError('frame:expandTemplate: invalid title');
      if (f.depth >= ctx.limits.maxTemplateDepth) return hostError('frame:expandTemplate: template depth limit exceeded');
      if (!f.loopCheck(title)) return hostError(`frame:expandTemplate: template loop detected`);
      const { dom, title: finalTitle } = getTemplateDom(ctx, title);
      if (!dom) return hostError(`frame:expandTemplate: template "${titleText}" does not exist`);
      return f.newChild(argumentParts(keys, values), finalTitle).expand(dom);
    },
    callParserFunction(frameId: number, name: string, keys: string[], values: string[]) {
      const f = frame(frameId) as PPFrame;
      const parts = argumentParts(keys, values);
      const positional = parts.filter((p) => p.name === null).sort((a, b) => a.index - b.index).map((p) => p.value[0] as string);
      const named = parts.filter((p) => p.name !== null);
      let fname = String(name);
      const colon = fname.indexOf(':');
      if (colon >= 0) {
        positional.unshift(fname.slice(colon + 1));
        fname = fname.slice(0, colon);
      }
      const first = (positional.shift() ?? '').trim();
      const rest: PPPart[] = [...positional.map((value, i) => ({ type: 'part' as const, name: null, index: i + 1, value: [value] })), ...named];
      const result = callParserFunction(f, fname, first, rest);
      if (!result.found) return hostError(`frame:callParserFunction: function "${fname}" was not found`);
      let text = result.text ?? '';
      if (result.dom) text = f.newChild(rest).expand(result.dom);
      if (result.isHTML) text = f.ctx.insertStripItem(text);
      return text;
    },
    preprocess(frameId: number, text: string): string {
      const f = frame(frameId);
      const dom = f.ctx.preprocessor.toDom(String(text), f.isTemplate());
      return f.expand(dom);
    },
    newChildFrame(frameId: number, titleText: string | undefined, keys: string[], values: string[]) {
      const s = session();
      const f = s.frame(frameId);
      let title = f.title;
      if (titleText !== undefined && titleText !== null) {
        const parsed = s.ctx.env.titles.parse(String(titleText));
        if (!parsed) return hostError('frame:newChild: invalid title');
        title = parsed;
      }
      return s.registerFrame(f.newChild(argumentParts(keys, values), title));
    },
    isSubsting(): boolean {
      return session().ctx.outputType === 'wiki';
    },
    incrementExpensiveFunctionCount() {
      if (!session().ctx.incrementExpensiveFunctionCount()) return hostError('too many expensive function calls');
      return true;
    },
    addWarning(text: string): void {
      session().ctx.output.addDiagnostic('scribunto-warning', String(text));
    },
    loadJsonData(name: string) {
      const s = session();
      const title = s.ctx.env.titles.parse(String(name));
      const page = title ? s.ctx.env.data.getPage(title) : null;
      if (!title || !page) return [false, `bad argument #1 to 'mw.loadJsonData' ('${name}' is not a valid JSON page)`];
      s.ctx.output.addTemplate(title, page.revisionId);
      try {
        return [true, toLuaData(JSON.parse(page.text))];
      } catch {
        return [false, `mw.loadJsonData: invalid JSON in ${name}`];
      }
    },
  };
}
