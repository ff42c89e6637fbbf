// The engine: runs the rules, resolves severities in one function (`resolveSeverity`), applies
// suppression comments, and validates rule settings (the CLI and the server do the I/O).
export { formatMessage, runRules, runRulesOnEach, type RunRulesOptions } from './runRules';
export { RuleMemo } from './ruleMemo';
export { shareUnchanged } from './shareUnchanged';
export { defaultSeverityOf, resolveSeverity, switchedOffIds, type SeverityOverrides } from './severity';
export {
  applySuppressions,
  parseSuppressions,
  SUPPRESSION_FINDINGS,
  type Suppression,
  type SuppressionFinding,
  type SuppressionOptions,
} from './suppressions';
export {
  configFileJsonSchemaText,
  configFileSchema,
  parseConfig,
  readRuleSettings,
  ruleSettingsSchema,
  SEVERITY_LEVELS,
  severityLevelSchema,
  type RuleSettings,
} from './settings';
