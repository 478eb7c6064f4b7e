/**
 * The extension API. Every tag (`<ref>`, `<infobox>`, `<poem>`, even core's `<nowiki>` and
 * `<pre>`) and every parser function (`#if`, `#invoke`, ...) is declared as data in an
 * ExtensionDefinition and registered in an ExtensionRegistry — the way a third party would
 * add one.
 */
import type { ParseContext } from '../parse/parse-context.ts';
import type { Frame, PPNode } from '../preprocess/frame.ts';

/** What a tag hook may return: HTML (strip-protected) or a richer result. */
export type TagResult =
  | string
  | {
      /** The output text. */
      text: string;
      /**
       * 'html' (default): final HTML, protected by a general strip marker;
       * 'nowiki': protected by a nowiki strip marker (unstripped before links are replaced);
       * 'wikitext': further parsed as wikitext in the page's context.
       */
      kind?: 'html' | 'nowiki' | 'wikitext';
    };

/**
 * A tag hook: `<name attr="v">content</name>`. `content` is null for a self-closed tag.
 * Attributes are decoded (entities resolved) and keyed in lower case.
 */
export type TagHook = (
  content: string | null,
  attrs: Record<string, string>,
  ctx: ParseContext,
  frame: Frame,
) => TagResult;

/** What a parser function may return. */
export type ParserFunctionResult =
  | string
  | {
      text: string;
      /** true: the text is final (no further preprocessing). Default true, as MediaWiki's. */
      noparse?: boolean;
      /** true: the text is HTML, to be strip-protected. */
      isHTML?: boolean;
      /** true: the text is not to be preprocessed further even if noparse is false. */
      nowiki?: boolean;
      /** false: the call did not match (fall back to a template of that name). */
      found?: boolean;
      /** true: the text is wikitext whose templates may be expanded again. */
      isChildObj?: boolean;
    };

/**
 * A parser function hook in MediaWiki's SFH_OBJECT_ARGS style: the first argument is given
 * expanded and trimmed; the rest are unexpanded nodes the function expands lazily with
 * `frame.expand(node)` (so #if evaluates only the branch it takes).
 */
export type ParserFunctionHook = (
  ctx: ParseContext,
  frame: Frame,
  first: string,
  args: PPNode[],
) => ParserFunctionResult;

export interface ParserFunctionDefinition {
  hook: ParserFunctionHook;
  /** Names it answers to, e.g. ['if'] for {{#if:}} or ['lc'] for {{lc:}}; hash says whether '#' is required. */
  hash: boolean;
  /** Magic-word aliases (case-insensitive unless caseSensitive). */
  aliases?: string[];
  caseSensitive?: boolean;
  /** Counts toward the expensive-function limit. */
  expensive?: boolean;
}

/** A magic variable such as {{PAGENAME}} or {{CURRENTYEAR}}: no arguments, text out. */
export type VariableHook = (ctx: ParseContext, frame: Frame) => string;

export interface VariableDefinition {
  hook: VariableHook;
  /** Other names it answers to. */
  aliases?: string[];
  /** Variables are case-sensitive unless this is false. */
  caseSensitive?: boolean;
}

/** Stages an extension may hook into, in the order they run. */
export interface ExtensionStageHooks {
  /** Before preprocessing (rare). */
  beforePreprocess?(text: string, ctx: ParseContext): string;
  /** After internal parsing, before block levels: e.g. Cite's automatic <references />. */
  afterParse?(text: string, ctx: ParseContext): string;
  /** On the final HTML, before tidying. */
  beforeTidy?(html: string, ctx: ParseContext): string;
  /** After the whole parse, to add to the ParserOutput. */
  afterTidy?(html: string, ctx: ParseContext): string;
}

export interface ExtensionDefinition {
  name: string;
  /** Tag hooks keyed by lower-case tag name. */
  tags?: Record<string, TagHook>;
  /** Parser functions keyed by their primary name (without '#'). */
  parserFunctions?: Record<string, ParserFunctionDefinition>;
  /** Magic variables keyed by their primary name ({{PAGENAME}} → 'PAGENAME'). */
  variables?: Record<string, VariableDefinition>;
  hooks?: ExtensionStageHooks;
  /**
   * LinkerMakeExternalLink: may rewrite the href of an external link the parser makes (the
   * link's text, rel and the recorded external link keep the URL as written).
   */
  externalLinkHref?(url: string, ctx: ParseContext): string;
  /** Site settings the extension needs, checked at registration. */
  requires?: string[];
}

export class ExtensionRegistry {
  readonly tags = new Map<string, TagHook>();
  readonly functions = new Map<string, ParserFunctionDefinition>();
  readonly variables = new Map<string, VariableDefinition>();
  readonly extensions: ExtensionDefinition[] = [];

  use(ext: ExtensionDefinition): this {
    this.extensions.push(ext);
    for (const [name, hook] of Object.entries(ext.tags ?? {})) this.tags.set(name.toLowerCase(), hook);
    for (const [name, def] of Object.entries(ext.parserFunctions ?? {})) {
      for (const alias of [name, ...(def.aliases ?? [])]) {
        this.functions.set(def.caseSensitive ? alias : alias.toLowerCase(), def);
      }
    }
    for (const [name, def] of Object.entries(ext.variables ?? {})) {
      for (const alias of [name, ...(def.aliases ?? [])]) {
        this.variables.set(def.caseSensitive === false ? alias.toLowerCase() : alias, def);
      }
    }
    return this;
  }

  /**
   * The parser function a call's name refers to: '#if' needs a hash function, 'lc' a
   * function without hash; case-insensitive unless the function is case-sensitive.
   */
  getFunction(name: string): ParserFunctionDefinition | undefined {
    const hash = name.startsWith('#');
    const bare = hash ? name.slice(1) : name;
    let def = this.functions.get(bare);
    if (!def || !def.caseSensitive) {
      const lower = this.functions.get(bare.toLowerCase());
      def = lower && !lower.caseSensitive ? lower : def;
    }
    if (!def || def.hash !== hash) return undefined;
    return def;
  }

  /** The variable `name` refers to ({{PAGENAME}}), honouring case-sensitivity. */
  getVariable(name: string): VariableDefinition | undefined {
    const exact = this.variables.get(name);
    if (exact) return exact;
    const lower = this.variables.get(name.toLowerCase());
    return lower && lower.caseSensitive === false ? lower : undefined;
  }

  /** Names of all tags, for the preprocessor's tag recognition. */
  tagNames(): string[] {
    return [...this.tags.keys()];
  }

  /** The href of an external link to `url`, after every extension's externalLinkHref. */
  externalLinkHref(url: string, ctx: ParseContext): string {
    let out = url;
    for (const ext of this.extensions) if (ext.externalLinkHref) out = ext.externalLinkHref(out, ctx);
    return out;
  }

  /** Runs one stage hook of every extension in registration order. */
  runStage(stage: keyof ExtensionStageHooks, text: string, ctx: ParseContext): string {
    let out = text;
    for (const ext of this.extensions) {
      const hook = ext.hooks?.[stage];
      if (hook) out = hook(out, ctx);
    }
    return out;
  }
}
