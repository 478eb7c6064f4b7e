/** A small wiki with Scribunto for the Lua tests: modules as pages, expansion of wikitext. */
import { testWiki, type TestWiki } from '../preprocess/test-env.ts';
import { scribuntoExtension } from '../extensions/scribunto/index.ts';
import { parserFunctions } from '../extensions/parser-functions/index.ts';

export function luaWiki(modules: Record<string, string>, pages: Record<string, string> = {}): TestWiki {
  const all: Record<string, string> = { ...pages };
  for (const [name, source] of Object.entries(modules)) all[`Module:${name}`] = source;
  return testWiki(all, [parserFunctions, scribuntoExtension]);
}

/** Runs a Lua expression list in a module and returns what the #invoke printed. */
export function runLua(body: string, pages: Record<string, string> = {}): string {
  const wiki = luaWiki({ Run: `local p = {}\nfunction p.run(frame)\n${body}\nend\nreturn p` }, pages);
  return wiki.expand('{{#invoke:Run|run}}');
}
