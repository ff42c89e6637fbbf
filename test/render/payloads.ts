// Hostile record text for the XSS tests (linkedom and Chromium).
import type { Finding } from '../../server/src/core/types';
import { renderPreviewBody } from '../../server/src/core/render';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finding, seedStudy } from './helpers';

/** Each payload calls `__pwned(tag)` if it ever runs. */
export const PAYLOADS: readonly string[] = [
  `<script>__pwned('script')</script>`,
  `<img src=x onerror="__pwned('img')">`,
  `"><svg onload=__pwned('svg')>`,
  `'onmouseover='__pwned('quote')`,
  `</style><script>__pwned('style')</script>`,
  `</textarea></title><script>__pwned('rcdata')</script>`,
  `[md](javascript:__pwned('md'))`,
  `[md](JaVaScRiPt:__pwned('md-case'))`,
  `[md](&#106;avascript:__pwned('md-entity'))`,
  `[md](  javascript:__pwned('md-space'))`,
  `<javascript:__pwned('autolink')>`,
  `![img](javascript:__pwned('md-image'))`,
  `[ref][r]\n\n[r]: javascript:__pwned('md-ref')`,
  `[data](data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCdkYXRhJyk8L3NjcmlwdD4=)`,
  `<a href="javascript:__pwned('a')">a</a>`,
  `javascript:__pwned('raw')`,
  `<iframe src="javascript:__pwned('iframe')"></iframe>`,
  `<details open ontoggle=__pwned('toggle')>`,
  `\u00000\u0000 forged findings slot \u0000`,
  `10.1000/x"onmouseover="__pwned('doi')`,
];

/** The results section of a vendored published record (flow with reasons, baseline, outcomes, adverse events). */
function resultsSectionFixture(): unknown {
  const record = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'records', 'NCT05594173.json'), 'utf8')) as {
    resultsSection: unknown;
  };
  return record.resultsSection;
}

/** Copies a value with every string replaced. */
export function poison(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => poison(item, replace));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poison(item, replace)]));
  }
  return value;
}

/** Malicious findings too: messages may quote record text, and a docs URL could be hostile. */
export function poisonedFindings(payload: string): Finding[] {
  return [
    {
      ...finding('/protocolSection/designModule/designInfo/interventionModel', 'error', payload, payload),
      docsUrl: `javascript:__pwned('docs')`,
    },
    finding(payload, 'warning', payload),
    finding(
      '/resultsSection/participantFlowModule/periods/0/milestones/0/achievements/0/numSubjects',
      'error',
      payload,
    ),
    { ...finding('/protocolSection/armsInterventionsModule/armGroups/0', 'info', payload), docsUrl: payload },
  ];
}

/** The malicious bodies: one per payload in every string, plus all payloads in every string at once. */
export function maliciousBodies(): { name: string; html: string }[] {
  // With a results section from a published record, so every results string is poisoned too.
  const study = { ...seedStudy(), resultsSection: resultsSectionFixture() };
  const variants = [
    ...PAYLOADS.map((payload, i) => ({ name: `payload ${i}`, payload })),
    { name: 'all payloads', payload: PAYLOADS.join('\n\n') },
  ];
  return variants.map(({ name, payload }) => ({
    name,
    html: renderPreviewBody(
      poison(study, () => payload),
      poisonedFindings(payload),
    ),
  }));
}
