/**
 * The attributes of <infobox>: which are allowed, and the classes and inline styles they
 * become (theme, theme-source, layout, type, name, accent-color-*).
 */
import { encodeAttribute } from '../../sanitize/tag-attributes.ts';
import { cssColorNames } from './css-color-names.ts';

export const supportedParams = [
  'accent-color-default',
  'accent-color-source',
  'accent-color-text-default',
  'accent-color-text-source',
  'layout',
  'theme',
  'theme-source',
  'type',
  'name',
];

export class UnsupportedAttributeError extends Error {
  constructor(readonly attribute: string) {
    super(`Attribute "${attribute}" is not supported in <infobox> tag`);
  }
}

/** Throws UnsupportedAttributeError for the first attribute the infobox does not know. */
export function validateParams(params: Record<string, string>): void {
  for (const name of Object.keys(params)) {
    if (!supportedParams.includes(name)) throw new UnsupportedAttributeError(name);
  }
}

export interface InfoboxLook {
  theme: string;
  layout: string;
  type: string;
  itemName: string;
  accentColor: string;
  accentColorText: string;
}

type ArgumentLookup = (name: string) => string | undefined;

export function infoboxLook(params: Record<string, string>, arg: ArgumentLookup): InfoboxLook {
  return {
    theme: themes(params, arg).join(' '),
    layout: `pi-layout-${params.layout === 'default' || params.layout === 'stacked' ? params.layout : 'default'}`,
    type: notPhpEmpty(params.type) ? escapeClass(`pi-type-${params.type.replace(/\s+/g, '-')}`) : '',
    itemName: notPhpEmpty(params.name) ? encodeAttribute(params.name) : '',
    accentColor: color('accent-color', params, arg),
    accentColorText: color('accent-color-text', params, arg),
  };
}

function themes(params: Record<string, string>, arg: ArgumentLookup): string[] {
  const list: string[] = [];
  const fixed = params.theme?.trim();
  if (notPhpEmpty(fixed)) list.push(fixed!);
  if (notPhpEmpty(params['theme-source'])) {
    const variable = (arg(params['theme-source']) ?? '').trim();
    if (notPhpEmpty(variable)) list.push(variable);
  }
  if (list.length === 0) list.push('default');
  return list.map((name) => escapeClass(`pi-theme-${name.replace(/\s+/g, '-')}`));
}

function color(param: string, params: Record<string, string>, arg: ArgumentLookup): string {
  let value = '';
  const source = params[`${param}-source`];
  if (source !== undefined) {
    const given = arg(source);
    if (notPhpEmpty(given)) value = validateColor(given!.trim());
  }
  const def = params[`${param}-default`];
  if (!notPhpEmpty(value) && def !== undefined) value = validateColor(def.trim());
  return value;
}

const pct = '(?:100|\\d{1,2})%';
const hue = '-?(?:3(?:60|[0-5]\\d)|[12]?\\d{1,2})';
const alpha = `(?:${pct}|[01]?\\.\\d+|[01])`;
const rgbVal = `(?:${pct}|2(?:5[0-5]|[0-4]\\d)|1?\\d{1,2})`;
const hexRe = /^#?[a-f0-9]{3}(?:[a-f0-9]{3}(?:[a-f0-9]{2})?|[a-f0-9])?$/;
const functionalRes = [
  new RegExp(`^rgb\\((?:${rgbVal},){2}${rgbVal}\\)$`),
  new RegExp(`^rgba\\((?:${rgbVal},){3}${alpha}\\)$`),
  new RegExp(`^hsl\\(${hue},${pct},${pct}\\)$`),
  new RegExp(`^hsla\\(${hue},(?:${pct},){2}${alpha}\\)$`),
];

/** A CSS colour normalised (lower case, no spaces, '#' added to hex), or '' when invalid. */
export function validateColor(input: string): string {
  const c = input.replace(/\s+/g, '').toLowerCase();
  if (hexRe.test(c)) return c.startsWith('#') ? c : `#${c}`;
  if (cssColorNames.has(c) || functionalRes.some((re) => re.test(c))) return c;
  return '';
}

/** Sanitizer::escapeClass: characters unsafe in a class name become '_'. */
export function escapeClass(name: string): string {
  return name
    .replace(/(^[0-9-])|[\x00-\x20!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~]|\u00A0/g, '_')
    .replace(/_+/g, '_')
    .replace(/_+$/, '');
}

function notPhpEmpty(v: string | undefined): boolean {
  return v !== undefined && v !== '' && v !== '0';
}
