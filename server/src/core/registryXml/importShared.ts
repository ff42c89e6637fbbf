import type { CodeTable } from './codes';
import type { RegistryXmlFinding } from './findings';
import { INTERVENTION_NAME_PREFIX } from './codes';
import type { XmlNode } from './xmlNode';

/** Collects the import's findings. */
export class ImportContext {
  readonly findings: RegistryXmlFinding[] = [];

  report(ruleId: string, element: string, message: string, severity: RegistryXmlFinding['severity'] = 'warning'): void {
    this.findings.push({ ruleId, severity, message, pointer: '', element });
  }

  /** A display value → its v2 code; unknown values are kept as written and reported. */
  code(node: XmlNode, name: string, ...tables: CodeTable[]): string | undefined {
    const text = node.text(name);
    if (text === undefined) return undefined;
    for (const table of tables) {
      const code = table.fromXsd(text);
      if (code !== undefined) return code;
    }
    this.report(
      'import/value-not-recognised',
      `${node.path}/${name}`,
      `"${text}" matches no registry code for <${name}>; it was imported as written. Pick a listed value.`,
    );
    return text;
  }
}

/** "First Middle Last, Degrees" from the upload XML's name parts (our export writes the full name as last_name). */
export function personName(node: XmlNode): string | undefined {
  const name = [node.text('first_name'), node.text('middle_name'), node.text('last_name')].filter(Boolean).join(' ');
  const degrees = node.text('degrees');
  if (!name) return degrees;
  return degrees ? `${name}, ${degrees}` : name;
}

/** v2 derives `armGroups[].interventionNames` from the interventions that list the arm. */
export function deriveInterventionNames(
  armGroups: { label?: string; interventionNames?: string[] }[],
  interventions: { type?: string; name?: string; armGroupLabels?: string[] }[],
): void {
  for (const arm of armGroups) {
    const names = interventions
      .filter(
        (intervention) =>
          arm.label !== undefined &&
          intervention.armGroupLabels?.includes(arm.label) &&
          intervention.name !== undefined,
      )
      .map((intervention) => {
        const type = intervention.type;
        const prefix =
          type && Object.hasOwn(INTERVENTION_NAME_PREFIX, type) ? INTERVENTION_NAME_PREFIX[type] : undefined;
        return prefix ? `${prefix}: ${intervention.name}` : (intervention.name as string);
      });
    if (names.length > 0) arm.interventionNames = [...new Set(names)];
  }
}

/** Reports every element the import never read, under the given node. */
export function reportUnread(ctx: ImportContext, nodes: readonly XmlNode[]): void {
  for (const node of nodes) {
    for (const name of node.unused()) {
      ctx.report(
        'import/not-mapped',
        `${node.path}/${name}`,
        `<${name}> has no field in the v2 record; its content was not imported.`,
      );
    }
  }
}
