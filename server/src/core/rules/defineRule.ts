import type { Loose } from '../model/read';
import type { Fix, FindingTarget } from '../types';

export type RuleTier = 'official' | 'prs-unverified' | 'house';

/** What every rule declares about itself; docs, settings and the CLI read it. */
export interface RuleMeta<MessageIds extends string = string> {
  /** `<area>/<kebab-name>`; the area is the folder, the name is the file. Never changes once released. */
  readonly id: string;
  /** One line: the contradiction the rule catches. */
  readonly description: string;
  /** Default severity, mirroring the registry tiers: ERROR → error, WARNING → warning, NOTE → info. */
  readonly severity: 'error' | 'warning' | 'info';
  /**
   * The check ids of the registry check catalogue (docs/rules.md, "Catalogue coverage") this rule implements;
   * empty for a house rule with no catalogue entry.
   */
  readonly catalogue: readonly string[];
  /**
   * Where the check comes from: `official` = a requirement or tier stated by the registry (data element
   * definitions, schema, QC review criteria); `prs-unverified` = known PRS behaviour whose tier is not
   * re-verified against a primary source; `house` = a heuristic of ours with no PRS counterpart.
   */
  readonly tier: RuleTier;
  /** `safe` fixes are applied by fix-all; `unsafe` ones are offered one by one. */
  readonly fix?: 'safe' | 'unsafe';
  /** Message templates with `{name}` placeholders. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** Explanation for docs/rules.md, with a wrong and a right example (YAML snippets). */
  readonly docs: {
    readonly details: string;
    readonly wrong: string;
    readonly right: string;
  };
}

/** A loosely typed record: rules run on schema-invalid input too, so every read is checked. */
export type { Loose };

export interface RuleReport<MessageIds extends string> {
  readonly messageId: MessageIds;
  /** JSON pointer of the value the finding is about. */
  readonly pointer: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly target?: FindingTarget;
  /**
   * The part of a text value the finding is about (an age phrase in the criteria), as it reads in
   * the value; the engine places the finding on it, or on the whole value when it cannot find it.
   */
  readonly excerpt?: string;
  readonly fixes?: readonly Fix[];
  readonly unnecessary?: boolean;
}

export interface RuleContext<MessageIds extends string> {
  /** The whole record (the study object with `protocolSection` etc.). */
  readonly study: Loose;
  /** Today's date as `YYYY-MM-DD`, from the injectable clock. */
  readonly today: string;
  readonly report: (report: RuleReport<MessageIds>) => void;
}

export interface Rule<MessageIds extends string = string> extends RuleMeta<MessageIds> {
  readonly docsAnchor: string;
  check(context: RuleContext<MessageIds>): void;
}

/** Anchor of a finding id in docs/rules.md (`design/single-group` → `design-single-group`); every link uses it. */
export function docsAnchorOf(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}

/** Declares a rule; fills in the docs anchor from the id so no rule writes its own link. */
export function defineRule<const MessageIds extends string>(
  rule: RuleMeta<MessageIds> & { check(context: RuleContext<MessageIds>): void },
): Rule<MessageIds> {
  return { ...rule, docsAnchor: docsAnchorOf(rule.id) };
}
