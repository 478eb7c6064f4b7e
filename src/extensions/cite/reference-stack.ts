/**
 * The references of one page, by group, in the order they were first used (MediaWiki Cite's
 * ReferenceStack). Also keeps the log of <ref> calls so that refs which turn out to sit
 * inside <references> (e.g. via {{#tag:references}}) can be rolled back and redone.
 */
import type { ErrorReporter } from './error-reporter.ts';

export interface Reference {
  /** -1 for an anonymous ref; otherwise how many times a named ref was reused (0 = once). */
  count: number;
  dir: string | null;
  /** Page-wide sequence number, used in ids. */
  key: number;
  name: string | null;
  /** Wikitext of the ref, or null when no use gave any. */
  text: string | null;
  /** The footnote number within its group. */
  number?: number;
  /** Book referencing: the parent this ref extends, and its index under that parent. */
  extends?: string;
  extendsIndex?: number;
  /** An incomplete follow="…" (its parent was not defined before it). */
  follow?: string;
  /** A parent that so far is known only through a ref extending it. */
  placeholder?: boolean;
}

/** The attributes Cite understands on <ref>, after defaulting the group. */
export interface RefArguments {
  group: string;
  name: string | null;
  extends: string | null;
  follow: string | null;
  dir: string | null;
}

type CallAction = 'new' | 'new-from-placeholder' | 'assign' | 'increment';

interface RefCall {
  action: CallAction;
  key: number;
  group: string;
  name: string | null;
  extends: string | null;
  text: string | null;
  attrs: Record<string, string>;
}

/** A <ref> call to run again, with the <references> context known. */
export interface RedoCall {
  text: string | null;
  attrs: Record<string, string>;
}

export type GroupRefs = Map<string, Reference>;

export class ReferenceStack {
  private readonly refs = new Map<string, GroupRefs>();
  private refSequence = 0;
  private anonymousSequence = 0;
  private readonly groupRefSequence = new Map<string, number>();
  private readonly extendsCount = new Map<string, Map<string, number>>();
  /** The log of <ref> calls; false for an invalid one (it still counts in a rollback). */
  private callStack: (RefCall | false)[] = [];

  constructor(
    private readonly errors: ErrorReporter,
    private readonly unstripBoth: (text: string) => string,
  ) {}

  pushInvalidRef(): void {
    this.callStack.push(false);
  }

  /** Registers one valid <ref> use; returns the reference to mark, or null (follow="…"). */
  pushRef(text: string | null, attrs: Record<string, string>, args: RefArguments): Reference | null {
    const { group, name, follow, dir } = args;
    const extendsName = args.extends;
    const refs = this.groupOf(group);
    if (!this.groupRefSequence.has(group)) this.groupRefSequence.set(group, 0);

    let ref: Reference = { count: name ? 0 : -1, dir, key: ++this.refSequence, name, text };

    if (follow) {
      if (!refs.has(follow)) {
        refs.set(this.anonymousKey(), { ...ref, follow });
        this.callStack.push({ action: 'new', key: this.refSequence, group, name, extends: extendsName, text, attrs });
      } else if (text !== null) {
        this.appendText(group, follow, ' ' + text);
        this.refSequence--;
      }
      return null;
    }

    let action: CallAction;
    const existing = name ? refs.get(name) : undefined;
    if (!name) {
      refs.set(this.anonymousKey(), ref);
      action = 'new';
    } else if (existing?.placeholder) {
      ref = { ...ref, number: existing.number };
      refs.set(name, ref);
      action = 'new-from-placeholder';
    } else if (!existing) {
      refs.set(name, ref);
      action = 'new';
    } else {
      ref = existing;
      ref.count++;
      this.refSequence--;
      if (ref.text === null && text !== null) {
        ref.text = text;
        ref.dir = dir;
        action = 'assign';
      } else {
        if (text !== null && this.unstripBoth(text) !== this.unstripBoth(ref.text ?? '')) {
          ref.text += ' ' + this.errors.plain('cite_error_references_duplicate_key', name);
        }
        action = 'increment';
      }
    }

    if (ref.number === undefined) ref.number = this.bumpGroupSequence(group, 1);

    if (extendsName && ref.extendsIndex === undefined) {
      const counts = this.extendsCount.get(group) ?? new Map<string, number>();
      this.extendsCount.set(group, counts);
      counts.set(extendsName, (counts.get(extendsName) ?? 0) + 1);
      ref.extends = extendsName;
      ref.extendsIndex = counts.get(extendsName);
      const parent = refs.get(extendsName);
      if (parent?.number !== undefined) {
        ref.number = parent.number;
        this.bumpGroupSequence(group, -1);
      } else {
        refs.set(extendsName, { count: 0, dir: null, key: 0, name: extendsName, text: null, number: ref.number, placeholder: true });
      }
    } else if (extendsName && ref.extends !== extendsName) {
      const error = this.errors.plain('cite_error_references_duplicate_key', name ?? '');
      ref.text = ref.text !== null ? `${ref.text} ${error}` : error;
    }

    this.callStack.push({ action, key: ref.key, group, name, extends: extendsName, text, attrs });
    return ref;
  }

  /** Undoes the last `count` <ref> calls; returns them in order, to be run again. */
  rollbackRefs(count: number): RedoCall[] {
    const redo: RedoCall[] = [];
    while (count-- > 0 && this.callStack.length > 0) {
      const call = this.callStack.pop();
      if (call) {
        const undone = this.rollbackRef(call);
        if (undone) redo.push(undone);
      }
    }
    this.callStack = [];
    return redo.reverse();
  }

  private rollbackRef(call: RefCall): RedoCall | null {
    const refs = this.refs.get(call.group);
    if (!refs || refs.size === 0) return null;
    let lookup: string | null = call.name || null;
    if (lookup === null) {
      for (const [k, v] of refs) {
        if (v.key === call.key) {
          lookup = k;
          break;
        }
      }
    }
    const ref = lookup === null ? undefined : refs.get(lookup);
    if (lookup === null || !ref || ref.key !== call.key) return null;

    if (call.extends) {
      const counts = this.extendsCount.get(call.group);
      if (counts) counts.set(call.extends, (counts.get(call.extends) ?? 0) - 1);
    }
    switch (call.action) {
      case 'new':
        refs.delete(lookup);
        if (refs.size === 0) this.popGroup(call.group);
        else if (this.groupRefSequence.has(call.group)) this.bumpGroupSequence(call.group, -1);
        break;
      case 'new-from-placeholder':
        ref.placeholder = true;
        break;
      case 'assign':
        ref.text = null;
        ref.count--;
        break;
      case 'increment':
        ref.count--;
        break;
    }
    return { text: call.text, attrs: call.attrs };
  }

  /** Removes a group and returns its references. */
  popGroup(group: string): GroupRefs {
    const refs = this.getGroupRefs(group);
    this.refs.delete(group);
    this.groupRefSequence.delete(group);
    this.extendsCount.delete(group);
    return refs;
  }

  hasGroup(group: string): boolean {
    return (this.refs.get(group)?.size ?? 0) > 0;
  }

  /** Groups that have references, in the order they were first used. */
  getGroups(): string[] {
    return [...this.refs].filter(([, refs]) => refs.size > 0).map(([group]) => group);
  }

  getGroupRefs(group: string): GroupRefs {
    return this.refs.get(group) ?? new Map();
  }

  appendText(group: string, name: string, text: string): void {
    const refs = this.groupOf(group);
    const ref = refs.get(name);
    if (!ref) {
      refs.set(name, { count: 0, dir: null, key: 0, name, text });
    } else {
      ref.text = ref.text !== null ? ref.text + text : text;
    }
  }

  private groupOf(group: string): GroupRefs {
    let refs = this.refs.get(group);
    if (!refs) {
      refs = new Map();
      this.refs.set(group, refs);
    }
    return refs;
  }

  private anonymousKey(): string {
    return `\u0000${this.anonymousSequence++}`;
  }

  private bumpGroupSequence(group: string, by: number): number {
    const next = (this.groupRefSequence.get(group) ?? 0) + by;
    this.groupRefSequence.set(group, next);
    return next;
  }
}
