/**
 * The TextMate grammars: YAML and JSON highlighting from the built-in grammars, plus an
 * injection grammar for what is ours (NCT ids, enum codes, suppression comments).
 * scripts/build-assets.ts writes them to dist/syntaxes/ at build time.
 */
import { ENUMS } from '../server/src/core/model/enums';

export function buildGrammars(): Record<string, unknown> {
  const codes = [...new Set(Object.values(ENUMS).flatMap((enumeration) => enumeration.codes as readonly string[]))]
    .filter((code) => code.length > 2)
    .sort((a, b) => b.length - a.length);
  return {
    'trial-record.tmLanguage.json': {
      name: 'Trial Record (YAML)',
      scopeName: 'source.trial-record.yaml',
      patterns: [{ include: 'source.yaml' }],
    },
    'trial-record-json.tmLanguage.json': {
      name: 'Trial Record (JSON)',
      scopeName: 'source.trial-record.json',
      patterns: [{ include: 'source.json' }],
    },
    'trial-record.injection.tmLanguage.json': {
      scopeName: 'trial-record.injection',
      injectionSelector: 'L:source.trial-record.yaml, L:source.trial-record.json',
      patterns: [
        {
          match: '(#)\\s*(trial-record-disable(?:-next-line)?)\\b\\s*([a-z]+/[a-z0-9-]+)?(?:\\s+(--)\\s*(.*))?',
          captures: {
            2: { name: 'keyword.control.suppression.trial-record' },
            3: { name: 'entity.name.tag.rule-id.trial-record' },
            4: { name: 'punctuation.separator.reason.trial-record' },
          },
        },
        { match: '\\bNCT\\d{8}\\b', name: 'constant.other.nct-id.trial-record' },
        { match: `(?<![\\w-])(?:${codes.join('|')})(?![\\w-])`, name: 'constant.language.enum.trial-record' },
      ],
    },
  };
}
