// The engine: runs the rules, resolves severities in one place, applies suppression comments,
// and reads the CLI's `.trialrecordrc.json` (the text only: the CLI does the file I/O).
export { formatMessage, runRules, type RuleFinding, type RunRulesOptions } from './runRules';
export { resolveSeverity } from './severity';
export { applySuppressions, parseSuppressions, SUPPRESSION_FINDINGS, type Suppression, type SuppressionOptions } from './suppressions';
export { mergeSeverities, parseConfig, type ParsedConfig } from './config';
