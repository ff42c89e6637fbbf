import type { CodeTable } from './codes';
import type { RegistryXmlFinding } from './findings';
import { RecordReader } from './recordReader';
import { el, leaf, type XmlElement } from './xmlWriter';

/** Values the registry needs that a record file does not hold (CLI config file / VS Code settings). */
export interface RegistryXmlSettings {
  /** The PRS organisation (account) short name used to log in: `id_info/org_name`. */
  readonly orgName?: string;
}

/** State shared by the protocol and results writers. */
export class ExportContext {
  readonly findings: RegistryXmlFinding[] = [];
  readonly reader: RecordReader;

  constructor(
    record: unknown,
    readonly settings: RegistryXmlSettings,
  ) {
    this.reader = new RecordReader(record);
  }

  report(
    ruleId: string,
    pointer: string,
    message: string,
    severity: RegistryXmlFinding['severity'] = 'warning',
    element?: string,
  ): void {
    this.findings.push({ ruleId, severity, message, pointer, ...(element ? { element } : {}) });
  }

  text(pointer: string): string | undefined {
    return this.reader.text(pointer);
  }

  /** A code translated to the XSD's display value; unknown codes are written as they are and reported. */
  code(pointer: string, codes: CodeTable, element: string): string | undefined {
    const value = this.reader.text(pointer);
    if (value === undefined) return undefined;
    const display = codes.toXsd(value);
    if (display !== undefined) return display;
    this.report(
      'export/value-not-allowed',
      pointer,
      `"${value}" has no equivalent among the values of <${element}>; ` +
        `it was written as it is and the registry may refuse it.`,
      'warning',
      element,
    );
    return value;
  }

  /** A required element's value; when absent an empty element is written and the gap reported. */
  required(value: string | undefined, pointer: string, element: string, what: string): string {
    if (value !== undefined && value !== '') return value;
    this.report(
      'export/missing-required',
      pointer,
      `The registry requires ${what} (<${element}>); the record has none, ` +
        `so an empty element was written. Fill it in before uploading.`,
      'warning',
      element,
    );
    return '';
  }

  /** A required text field: its text, or an empty element and the gap reported. */
  requiredText(pointer: string, element: string, what: string): string {
    return this.required(this.text(pointer), pointer, element, what);
  }

  /** A required coded field: its XSD display value, or an empty element and the gap reported. */
  requiredCode(pointer: string, codes: CodeTable, element: string, what: string): string {
    return this.required(this.code(pointer, codes, element), pointer, element, what);
  }
}

export function textBlock(name: string, value: string | undefined): XmlElement | undefined {
  return value === undefined ? undefined : el(name, leaf('textblock', value));
}
