import { stringify } from 'yaml';
import type { RecordFormat } from '../../server/src/core/types';

/**
 * Seeded mutations of real records, the way a tired author or an attacker breaks them:
 * byte flips, truncation, lost and repeated lines, type confusion, huge strings, deep
 * nesting, invisible characters, mixed line ends, YAML anchors/aliases/tags and
 * `__proto__` keys. Every case is a pure function of (seed, index), so any failure replays.
 */

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

export interface Random {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** A parsed JSON value, for tests that walk and edit records. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A random place in the record: a path of keys and indexes, going one level deeper with chance `deeper`. */
export function randomPath(value: Json, random: Random, deeper: number): (string | number)[] {
  const path: (string | number)[] = [];
  let current = value;
  while (current !== null && typeof current === 'object' && random.chance(deeper)) {
    const keys: (string | number)[] = Array.isArray(current) ? current.map((_, index) => index) : Object.keys(current);
    if (keys.length === 0) break;
    const key = random.pick(keys);
    path.push(key);
    current = (current as Record<string | number, Json>)[key];
  }
  return path;
}

export interface BaseRecord {
  readonly name: string;
  /** The record's JSON value (parsed from the real file). */
  readonly value: unknown;
}

export interface FuzzCase {
  readonly name: string;
  readonly format: RecordFormat;
  readonly text: string;
  readonly mutations: readonly string[];
}

type Mutation = (text: string, format: RecordFormat, random: Random) => string;

const HOSTILE_CHARS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '-',
  '?',
  '%',
  '@',
  '`',
  '\n',
  '\r',
  '\t',
  '\0',
  ' ',
  '\\',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u202E',
  '\uD800',
  '\uDC00',
  '\u0085',
];

function randomOffset(text: string, random: Random): number {
  return random.int(0, text.length);
}

function insertAt(text: string, offset: number, inserted: string): string {
  return text.slice(0, offset) + inserted + text.slice(offset);
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Replaces the text after some value separator, so insertions land in value positions often. */
function valueOffset(text: string, random: Random): number {
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = text.indexOf(': ', randomOffset(text, random));
    if (at !== -1) return at + 2;
  }
  return randomOffset(text, random);
}

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  byteFlips(text, _format, random) {
    const chars = text.split('');
    const count = random.int(1, 20);
    for (let i = 0; i < count && chars.length > 0; i++)
      chars[random.int(0, chars.length - 1)] = random.pick(HOSTILE_CHARS);
    return chars.join('');
  },
  truncate(text, _format, random) {
    return text.slice(0, randomOffset(text, random));
  },
  deleteLines(text, _format, random) {
    const all = lines(text);
    const start = random.int(0, Math.max(0, all.length - 1));
    all.splice(start, random.int(1, 5));
    return all.join('\n');
  },
  duplicateLines(text, _format, random) {
    const all = lines(text);
    const start = random.int(0, Math.max(0, all.length - 1));
    const block = all.slice(start, start + random.int(1, 6));
    // Bounded so that repeating lines of an already inflated record stays a string V8 can hold.
    const times = random.chance(0.1) && text.length < 1_000_000 ? random.int(50, 2000) : random.int(1, 3);
    const copies: string[] = [];
    for (let i = 0; i < times; i++) copies.push(...block);
    all.splice(start, 0, ...copies);
    return all.join('\n');
  },
  typeConfusion(text, format, random) {
    const replacement = random.pick(
      format === 'json'
        ? ['[]', '{}', '123', '-1e999', 'true', 'null', '"x"', '[[[]]]', '{"a":{}}', '0x10', 'NaN']
        : [
            '[]',
            '{}',
            '123',
            '.inf',
            'true',
            '~',
            "'x'",
            '[[[]]]',
            '{a: {}}',
            '0x10',
            '.nan',
            '2020-01-01',
            'yes',
            'null',
          ],
    );
    const start = valueOffset(text, random);
    const end = text.slice(start).search(format === 'json' ? /[,}\]\n]/ : /\r?\n/);
    return text.slice(0, start) + replacement + text.slice(end === -1 ? text.length : start + end);
  },
  hugeString(text, format, random) {
    const size = random.pick([10_000, 100_000, 300_000, 1_000_000]);
    const unit = random.pick(['a', '#', ' #', 'ab ', 'é', '\u202E', '(x', 's', 'Drugs ', ':', '\\']);
    const body = unit.repeat(Math.ceil(size / unit.length));
    const quoted = format === 'json' ? JSON.stringify(body) : random.chance(0.5) ? JSON.stringify(body) : body;
    return insertAt(text, valueOffset(text, random), quoted);
  },
  deepNesting(text, format, random) {
    const depth = random.pick([600, 1_000, 4_000, 10_000, 50_000]);
    const shapes = format === 'json' ? ['[', '{"a":', '[{"b":'] : ['[', '{a: ', '- ', '[{b: ', '? '];
    const open = random.pick(shapes);
    const close = open === '[' ? ']' : open.startsWith('[') ? '}]' : open.startsWith('{') ? '}' : '';
    const closed = random.chance(0.6);
    const nested = open.repeat(depth) + '1' + (closed ? close.repeat(depth) : '');
    if (random.chance(0.3)) return nested;
    return insertAt(text, valueOffset(text, random), nested);
  },
  invisibleChars(text, _format, random) {
    let result = random.chance(0.3) ? '\uFEFF' + text : text;
    const count = random.int(1, 10);
    for (let i = 0; i < count; i++)
      result = insertAt(
        result,
        randomOffset(result, random),
        random.pick(['\0', '\uD800', '\uDFFF', '\u202E', '\u200F', '\u2028', '\uFEFF', '\u0085', '\u00A0']),
      );
    return result;
  },
  lineEnds(text, _format, random) {
    const style = random.pick(['crlf', 'cr', 'mix']);
    if (style === 'crlf') return text.replace(/\n/g, '\r\n');
    if (style === 'cr') return text.replace(/\n/g, '\r');
    return text.replace(/\n/g, () => random.pick(['\n', '\r\n', '\r', '\r\r\n', '\n\r']));
  },
  yamlAliases(text, format, random) {
    if (format === 'json') return text;
    const all = lines(text);
    const at = random.int(1, Math.max(1, all.length - 1));
    const snippets = [
      'x: &a [*a]',
      '&A\n: *A',
      'x: &a {b: *a}',
      'x: *missing',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' +
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'base: &base {a: 1}\nmerged:\n  <<: *base\n  b: 2',
      'tagged: !!binary aGVsbG8=',
      'set: !!set {a, b}',
      'odd: !custom {x: 1}',
      'str: !!str 123',
      'omap: !!omap [a: 1]',
      'ts: !!timestamp 2001-12-14',
      '%YAML 1.1\n---',
      '---\nsecond: document',
    ];
    all.splice(at, 0, random.pick(snippets));
    let result = all.join('\n');
    if (random.chance(0.3)) {
      // Many anchors and aliases spread over the record.
      const count = random.int(50, 300);
      result += '\nanchors:\n' + Array.from({ length: count }, (_, i) => `  a${i}: &n${i} [x${i}]`).join('\n');
      result += '\naliases:\n' + Array.from({ length: count }, (_, i) => `  - *n${i}`).join('\n');
    }
    return result;
  },
  protoKeys(text, format, random) {
    const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const key = random.pick(keys);
    const entry =
      format === 'json'
        ? `"${key}": {"prototype": {"polluted": true}, "__proto__": {"x": 1}}, `
        : `${key}: {prototype: {polluted: true}, __proto__: {x: 1}}`;
    if (format === 'json') {
      const brace = text.indexOf('{', randomOffset(text, random));
      return brace === -1 ? text : insertAt(text, brace + 1, entry);
    }
    const all = lines(text);
    const at = random.int(0, Math.max(0, all.length - 1));
    const indent = /^\s*/.exec(all[at] ?? '')![0].replace(/-/g, ' ');
    all.splice(at, 0, indent + entry);
    return all.join('\n');
  },
  duplicateKeys(text, format, random) {
    const times = random.pick([10, 1_000, 20_000]);
    if (format === 'json') {
      const brace = text.indexOf('{');
      return brace === -1
        ? text
        : insertAt(text, brace + 1, '"__proto__": 1, "constructor": {}, "protocolSection": 1, '.repeat(times));
    }
    return 'constructor: 1\n__proto__: 2\n'.repeat(times) + text;
  },
  inflate(text, _format, random) {
    // A record of several megabytes: one block of lines repeated until the target size.
    const target = random.pick([1_500_000, 3_500_000, 9_000_000]);
    const all = lines(text);
    const start = random.int(0, Math.max(0, all.length - 20));
    const block = all.slice(start, start + 20).join('\n') + '\n';
    const times = Math.max(1, Math.floor(target / Math.max(1, block.length)));
    return (
      text.slice(0, text.indexOf(all[start]) === -1 ? 0 : text.indexOf(all[start])) +
      block.repeat(times) +
      text.slice(text.indexOf(all[start]))
    );
  },
  punctuationFlood(text, format, random) {
    const size = random.pick([1_000, 100_000, 1_000_000]);
    const unit =
      format === 'json'
        ? random.pick([',', '[', ':', '"', ']', '}'])
        : random.pick([',', '#', '-', ':', ' :', '&', '*', '!', '"', '[']);
    return insertAt(text, random.chance(0.5) ? 0 : randomOffset(text, random), unit.repeat(size));
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * What a keystroke-by-keystroke edit inserts to break YAML and JSON: structure, quotes, anchors,
 * line ends (CR, CRLF, U+2028), a lone surrogate, `__proto__`, tab and NUL, and `long` — the
 * caller's long insertion (a long name, deep nesting).
 */
export function hostileInserts(long: string): readonly string[] {
  return [
    'a',
    '\n',
    ': ',
    '- ',
    '"',
    "'",
    '{',
    '[',
    '#',
    '&x ',
    '*x',
    '\r',
    '\r\n',
    '\u2028',
    '\uD800',
    '__proto__: 1\n',
    long,
    '\t',
    '\0',
  ];
}

/** Expensive mutations (megabytes of text) are rarer, so a long run spends its time on variety. */
const WEIGHTS: Readonly<Record<string, number>> = {
  inflate: 0.1,
  hugeString: 0.4,
  punctuationFlood: 0.4,
  duplicateKeys: 0.4,
};

function pickMutation(random: Random): string {
  const total = MUTATION_NAMES.reduce((sum, name) => sum + (WEIGHTS[name] ?? 1), 0);
  let roll = random.next() * total;
  for (const name of MUTATION_NAMES) {
    roll -= WEIGHTS[name] ?? 1;
    if (roll < 0) return name;
  }
  return MUTATION_NAMES[0];
}

/** Makes fuzz case `index` of `seed` from the base records. */
export function makeCase(bases: readonly BaseRecord[], seed: number, index: number): FuzzCase {
  const random = createRandom((seed * 1_000_003 + index * 7_919) >>> 0);
  const base = random.pick(bases);
  const format: RecordFormat = random.chance(0.5) ? 'json' : 'yaml';
  let text =
    format === 'json' ? JSON.stringify(base.value, null, random.pick([2, 4])) : stringify(base.value, { lineWidth: 0 });
  const applied: string[] = [];
  const count = random.chance(0.7) ? 1 : random.int(2, 4);
  for (let i = 0; i < count; i++) {
    const name = pickMutation(random);
    text = MUTATIONS[name](text, format, random);
    applied.push(name);
    // Keep memory of a single case bounded: the budgets are about ~10 MB records at most.
    if (text.length > 12_000_000) text = text.slice(0, 12_000_000);
  }
  return { name: `${base.name}#${index}`, format, text, mutations: applied };
}
