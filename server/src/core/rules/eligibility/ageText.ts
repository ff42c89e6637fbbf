import { type Age, type AgeUnit, makeAge, unitFromWord } from '../util/ages';

/**
 * Reads age limits written in eligibility criteria text ("aged from 18 to 70 years",
 * "≥ 18 years of age", "children 6 to 12 years"). Conservative on purpose: a number is an age
 * only with an age word next to it ("age", "aged", "older than", "of age", "years old") or a
 * word naming people ("children 6 to 12 years"), so durations such as "within 5 years",
 * "for 12 weeks" or "BMI 18-30" are never read as ages. Only the inclusion part is read.
 */
export interface AgeStatement {
  readonly min?: Age;
  readonly max?: Age;
  /** Offsets of the phrase in the criteria text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const NUM = String.raw`\(?(\d{1,3}(?:[.,]\d)?)\)?`;
// `\s*(?:-\s*)?`, not `\s*-?\s*`: the same text, without trying every split of a long run of spaces (quadratic).
const UNIT = String.raw`(?:\s*(?:-\s*)?(years?|yrs?|y|months?|mos?|weeks?|wks?|days?)(?![a-z]))?`;
const OLD = String.raw`(?:\s*(?:of age|old|of life))?`;
const RANGE = new RegExp(
  String.raw`(?:(?:between|from)\s+)?${NUM}${UNIT}${OLD}\s*(?:-|–|—|~|to|` +
    String.raw`and|through|until)\s*(?:\\?(?:<|≤)\s*(?:=\s*)?)?${NUM}${UNIT}`,
  'gi',
);
const LOWER_OPERATOR =
  String.raw`≥|>/=|>\s*=|=>|≧|>\s*or\s*=|>|greater than or equal to|greater than|` +
  String.raw`more than|over|above|older than|at least|minimum(?: age)?(?: of)?|min\.?`;
const UPPER_OPERATOR =
  String.raw`≤|</=|<\s*=|=<|≦|<\s*or\s*=|<|less than or equal to|less than|younger than|under|below|up to|` +
  String.raw`not older than|no older than|maximum(?: age)?(?: of)?|max\.?|not exceeding|not more than|no more than`;
/** "greater than or equal to (\\>=) 60": the symbol repeated in parentheses. */
const SYMBOL_ECHO = String.raw`(?:\(\\?[<>≤≥=/ ]+\)\s*)?`;
const LOWER_BEFORE = new RegExp(String.raw`(${LOWER_OPERATOR})\s*${SYMBOL_ECHO}(?:the age of\s*)?${NUM}${UNIT}`, 'gi');
const UPPER_BEFORE = new RegExp(String.raw`(${UPPER_OPERATOR})\s*${SYMBOL_ECHO}(?:the age of\s*)?${NUM}${UNIT}`, 'gi');
/** "between 7-11 and three between 12-18 years of age": a range listed next to an age range borrows its context. */
const NEXT_AGE_RANGE =
  /^\s*(?:years?\s*)?(?:and|or|,)\s*(?:\w+\s+){0,2}(?:between\s+)?\d+\s*(?:-|–|to)\s*\d+\s*(?:years?\s*)?(?:of age|old)/i;
const TAIL = String.raw`${NUM}${UNIT}\s*(?:of age\s*)?(?:old\s*)?`;
const LOWER_AFTER = new RegExp(
  String.raw`${TAIL}(?:\+|or (?:older|over|above|more|greater)|and (?:older|over|above|up|more)|plus)(?![a-z])`,
  'gi',
);
const UPPER_AFTER = new RegExp(
  String.raw`${TAIL}(?:or (?:younger|less|under|below)|and (?:younger|under|below))(?![a-z])`,
  'gi',
);

/** An age word right before the phrase, with only connecting words in between. */
const AGE_WORD_BEFORE = new RegExp(
  String.raw`\b(?:age[ds]?|aged)\b(?:[\s:=(,]|\bis\b|\bare\b|\bmust be\b|\bshould be\b|\bof\b|\bbetween\b|` +
    String.raw`\bfrom\b|\brange\b|\branging\b|\bin years\b|\bat (?:the time of )?(?:screening|enrol?lment|` +
    String.raw`entry|consent|inclusion|randomi[sz]ation|signing[^\d\n]{0,30}|study entry))*$`,
  'i',
);
const PERSON_BEFORE = new RegExp(
  String.raw`\b(?:patients?|participants?|subjects?|adults?|children|child|men|women|males?|females?|` +
    String.raw`volunteers?|individuals?|people|persons?|boys?|girls?|infants?|adolescents?|youths?|` +
    String.raw`teenagers?|students?|neonates?|newborns?|toddlers?|pupils?|residents?)\b(?:\s+(?:healthy|male|` +
    String.raw`female|and|or|men|women|who|are|is|must|be|both|sexes|genders?|of|between|from))*[\s:,(]*$`,
  'i',
);
const AGE_AFTER = /^\s*(?:of age|old|of life|\(?inclusive\)?\s*(?:of age|old))/i;
const NOT_CHRONOLOGICAL =
  /(?:\b(?:gestational|post-?menstrual|bone|mental|reading|skeletal)\s+age\b[^\n]{0,20}|\b(?:onset|diagnos\w*|menarche|menopaus\w*)\W+(?:\w+\W+){0,5})$/i;
/**
 * "for patients ≥ 16 years of age", "subjects who are ≤ 16 years old": a condition inside another criterion, not an age
 * limit.
 */
const CONDITIONAL_BEFORE =
  /(?:\b(?:for|if|in|when|whose|except)\s+(?:\w+\s+){0,3}(?:patients?|participants?|subjects?|children|adults?|those|individuals?|people|persons?|women|men|cases?|girls|boys|ages?|aged)\b[^.;\n]*|\b(?:who|that)\s+(?:are|were|is)\s*(?:aged\s*)?|\b(?:if|when|unless)\s*(?:aged\s*)?)$/i;
/**
 * An age tied to an event ("at the time of migraine onset", "prior to enrolment") is not the participant's age limit.
 */
const EVENT_AFTER =
  /^[^.;\n]{0,40}\bat (?:the )?(?:time of )?(?:\w+ ){0,2}(?:onset|diagnosis)|^\s*(?:prior|before|ago|after)\b/i;
/** "Women < 50 years old (are considered postmenopausal …)": a sex-specific condition inside a criterion. */
const SEX_SUBJECT_BEFORE = /\b(?:women|men|females?|males?|girls|boys)\s*$/i;
const CONDITIONAL_AFTER = /^[^.;\n]{0,20}\b(?:must|should|will|may|need|needs|are required)\b/i;
const NOT_AGE_AFTER =
  /^\s*(?:after|post|since|from|of|prior|before|ago|following|in|on|with|duration|treatment|therapy|diagnos|history|experience|follow)/i;
const BULLET_BEFORE = /^\s*(?:[-*•·]|\d{1,2}[.)])?\s*$/;
const BULLET_AFTER = /^\s*(?:\(inclusive\))?\s*(?:[,;.]|$)/;
const OPERATORS_SELF_EVIDENT = /^(older than|younger than)$/i;
/** "18 years or older": the words say it is an age. */
const TAIL_SELF_EVIDENT = /\b(?:or|and) (?:older|younger)$/i;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly min?: Age;
  readonly max?: Age;
}

interface TextPart {
  readonly start: number;
  readonly end: number;
}

/**
 * The inclusion parts (and their text) of the criteria read last: three rules read them for each record, one after
 * another, and the bulk check runs each rule on a batch of 16 records before the next rule.
 */
const recentlyRead = new Map<string, { readonly parts: readonly TextPart[]; text?: string }>();
const RECENT_CRITERIA = 32;

function inclusionOf(criteria: string): { readonly parts: readonly TextPart[]; text?: string } {
  let inclusion = recentlyRead.get(criteria);
  if (!inclusion) {
    if (recentlyRead.size >= RECENT_CRITERIA) recentlyRead.clear();
    inclusion = { parts: findInclusionParts(criteria) };
    recentlyRead.set(criteria, inclusion);
  }
  return inclusion;
}

/** The text of the inclusion parts, one after another: what the eligibility rules read for who is admitted. */
export function inclusionText(criteria: string): string {
  const inclusion = inclusionOf(criteria);
  inclusion.text ??= inclusion.parts.map((part) => criteria.slice(part.start, part.end)).join('\n');
  return inclusion.text;
}

/** Parts of the text that are not under an exclusion heading. */
export function inclusionParts(criteria: string): readonly TextPart[] {
  return inclusionOf(criteria).parts;
}

function findInclusionParts(criteria: string): TextPart[] {
  const headings = [...criteria.matchAll(/\b(inclusion|exclusion|non-inclusion)(?:\s+criteria|\s*:)([^\n:]{0,40})/gi)];
  const parts: TextPart[] = [];
  let start: number | undefined = 0;
  for (const heading of headings) {
    // "Inclusion Criteria for caregivers": another population, whose ages are not the study's limits.
    const otherPopulation =
      /\bfor\s+(?:the\s+)?(?:care|caregivers?|cps?|partners?|parents?|guardians?|informants?|staff|providers?|clinicians?|nurses?|physicians?|family|relatives?|dyads?)\b/i.test(
        heading[2],
      );
    const excluding = !/^inclusion$/i.test(heading[1]) || otherPopulation;
    // "* Any inclusion criteria not met" inside the exclusions is a criterion, not a heading that reopens inclusion.
    const lineBefore = criteria.slice(criteria.lastIndexOf('\n', heading.index - 1) + 1, heading.index);
    if (!excluding && /[\p{L}\p{N}]/u.test(lineBefore)) continue;
    if (excluding && start !== undefined) {
      parts.push({ start, end: heading.index });
      start = undefined;
    } else if (!excluding && start === undefined) start = heading.index;
  }
  if (start !== undefined) parts.push({ start, end: criteria.length });
  return parts;
}

function toAge(num: string, unitWord: string | undefined, fallback: AgeUnit | undefined): Age | undefined {
  const unit = unitWord ? unitFromWord(unitWord) : fallback;
  const value = Number(num.replace(',', '.'));
  if (!unit || !Number.isFinite(value)) return undefined;
  const age = makeAge(value, unit);
  return age.years <= 120 ? age : undefined;
}

/** Why a number is an age here: an age word, a person word (then a unit is required), or none. */
function context(text: string, start: number, end: number): 'age' | 'person' | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 80);
  // Markdown escapes ("\\< 16 years") are not words.
  const before = text.slice(lineStart, start).replace(/\\+$/, '');
  if (NOT_CHRONOLOGICAL.test(before)) return undefined;
  const after = text.slice(end, end + 60);
  if (CONDITIONAL_BEFORE.test(before) || EVENT_AFTER.test(after)) return undefined;
  const person = PERSON_BEFORE.test(before);
  if (person && CONDITIONAL_AFTER.test(after)) return undefined;
  if (AGE_WORD_BEFORE.test(before) || AGE_AFTER.test(after)) return 'age';
  if (NOT_AGE_AFTER.test(after)) return undefined;
  if (person) return 'person';
  return BULLET_BEFORE.test(before) && BULLET_AFTER.test(after.split('\n')[0]) ? 'person' : undefined;
}

function readRange(text: string, m: RegExpExecArray): Candidate | undefined {
  const end = m.index + m[0].length;
  const ctx = context(text, m.index, end) ?? (NEXT_AGE_RANGE.test(text.slice(end, end + 60)) ? 'age' : undefined);
  const [, lowNum, lowUnit, highNum, highUnit] = m;
  if (!ctx || (ctx === 'person' && !highUnit && !/\bold\b|\bof age\b/i.test(m[0]))) return undefined;
  const min = toAge(lowNum, lowUnit ?? highUnit, 'years');
  const max = toAge(highNum, highUnit ?? lowUnit, 'years');
  if (!min || !max || min.years >= max.years) return undefined;
  return { start: m.index, end: m.index + m[0].length, min, max };
}

/** "28 days or older and less than 18 years": the second half of a pair borrows the first half's context. */
function followsCandidate(text: string, start: number, found: readonly Candidate[]): boolean {
  return found.some((f) => f.end <= start && /^\s*(?:,|and|but|to)?\s*(?:not\s+)?$/i.test(text.slice(f.end, start)));
}

function readThreshold(
  text: string,
  m: RegExpExecArray,
  bound: 'min' | 'max',
  operatorFirst: boolean,
  found: readonly Candidate[],
): Candidate | undefined {
  const [num, unitWord] = operatorFirst ? [m[2], m[3]] : [m[1], m[2]];
  const start = m.index;
  const end = m.index + m[0].length;
  // "older than 18 and younger than 65": a number right after an operator belongs to that operator.
  if (
    !operatorFirst &&
    /(?:than|least|over|under|above|below|to|[<>≤≥=])\s*$/i.test(text.slice(Math.max(0, start - 12), start))
  )
    return undefined;
  // "not older than 75" is an upper bound; the lower-bound scan must not read "older than 75".
  if (/\b(?:not|no)\s*$/i.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  const lineBefore = text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 80), start).replace(/\\+$/, '');
  if (SEX_SUBJECT_BEFORE.test(lineBefore)) return undefined;
  const chained = followsCandidate(text, start, found) && !CONDITIONAL_BEFORE.test(lineBefore);
  const selfEvident =
    (operatorFirst ? OPERATORS_SELF_EVIDENT.test(m[1].trim()) : TAIL_SELF_EVIDENT.test(m[0])) &&
    !NOT_AGE_AFTER.test(text.slice(end, end + 30)) &&
    !EVENT_AFTER.test(text.slice(end, end + 60));
  const ctx = chained || selfEvident ? 'age' : context(text, start, end);
  const saysAge = /\bof age\b|\bold\b/i.test(m[0]) && ctx !== undefined;
  // Durations ("at least 14 weeks") look like thresholds: a threshold needs an age word, not just a person word.
  if (ctx !== 'age' && !saysAge) return undefined;
  const age = toAge(num, unitWord, 'years');
  if (!age) return undefined;
  return bound === 'min' ? { start, end, min: age } : { start, end, max: age };
}

function collect(text: string, from: number, to: number): Candidate[] {
  const slice = text.slice(0, to);
  const found: Candidate[] = [];
  const scan = (re: RegExp, read: (m: RegExpExecArray) => Candidate | undefined) => {
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const candidate = read(m);
      if (candidate && !found.some((f) => f.start < candidate.end && candidate.start < f.end)) found.push(candidate);
    }
  };
  scan(RANGE, (m) => readRange(slice, m));
  scan(LOWER_AFTER, (m) => readThreshold(slice, m, 'min', false, found));
  scan(UPPER_AFTER, (m) => readThreshold(slice, m, 'max', false, found));
  scan(LOWER_BEFORE, (m) => readThreshold(slice, m, 'min', true, found));
  scan(UPPER_BEFORE, (m) => readThreshold(slice, m, 'max', true, found));
  return found.sort((a, b) => a.start - b.start);
}

/** Joins "≥ 18 and ≤ 65 years" (a lower and an upper bound close together on one line) into one statement. */
function mergeBounds(text: string, candidates: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, c.start) : '';
    const halves = last && ((last.min && !last.max && c.max && !c.min) || (last.max && !last.min && c.min && !c.max));
    if (last && halves && gap.length <= 20 && !/[\n;.]/.test(gap)) {
      merged[merged.length - 1] = { start: last.start, end: c.end, min: last.min ?? c.min, max: last.max ?? c.max };
    } else merged.push(c);
  }
  return merged;
}

/**
 * A list of alternatives ("any of the following risk factors: age ≥ 65, diabetes…"): an age there is one option, not a
 * limit.
 */
const ALTERNATIVES =
  /\b(?:risk factors?|(?:one|two|three|1|2|3|any|either) of the following|at least (?:one|two|1|2) of)\b/i;
/** Another person's age ("a child aged 2 to 5", "partner aged 18 or older", "mother aged ≥ 18"). */
const RELATIVE = new RegExp(
  String.raw`\b(?:(?:their|his|her|whose|a|an|of|has|have|with)\s+(?:\w+\s+)?(?:child|` +
    String.raw`children|son|daughter|infant|baby|babies|sibling)s?|` +
    String.raw`(?:partner|spouse|mother|father|parent|caregiver|guardian|husband|wife)s?)\b[^\n.;]{0,25}$`,
  'i',
);
/**
 * An age tied to an event of the illness or of birth ("age at first symptom", "symptoms started after age 40", "weeks
 * of gestation").
 */
const EVENT_BEFORE = /\b(?:first symptoms?|symptoms?\s+(?:start\w*|beg[au]n\w*|appear\w*)|(?:GA|PMA)\b)[^\n.;]{0,20}$/i;
const GESTATION_AFTER = /^\s*(?:\+\d\s*(?:days?)?\s*)?(?:of\s+)?(?:gestation|gestational|GA\b|postmenstrual)/i;

/** Whether the age at `start..end` belongs to something other than the participant's own age limit. */
function notParticipantAge(criteria: string, start: number, end: number): boolean {
  const lineStart = criteria.lastIndexOf('\n', start - 1) + 1;
  const line = criteria.slice(lineStart, start);
  if (ALTERNATIVES.test(line) || RELATIVE.test(line) || EVENT_BEFORE.test(line)) return true;
  if (GESTATION_AFTER.test(criteria.slice(end, end + 30))) return true;
  // A sub-item of a list introduced by "…any of the following:" / "…risk factors:".
  const intro = criteria
    .slice(Math.max(0, lineStart - 400), lineStart)
    .split('\n')
    .reverse()
    .find((l) => /:\s*$/.test(l));
  return intro !== undefined && ALTERNATIVES.test(intro) && !/\b(?:inclusion|exclusion)\b/i.test(intro);
}

/** The age statements of the inclusion part of the criteria, in text order. */
export function findAgeStatements(criteria: string): AgeStatement[] {
  const statements: AgeStatement[] = [];
  for (const part of inclusionParts(criteria)) {
    for (const c of mergeBounds(criteria, collect(criteria, part.start, part.end))) {
      if (notParticipantAge(criteria, c.start, c.end)) continue;
      statements.push({ ...c, text: criteria.slice(c.start, c.end).trim() });
    }
  }
  return statements;
}
