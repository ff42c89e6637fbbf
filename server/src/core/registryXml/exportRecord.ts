/** A v2 record → the registry's upload XML, with a finding for everything that did not fit. */
import { ExportContext, type RegistryXmlSettings } from './exportContext';
import { protocolElements } from './exportProtocol';
import { resultElement } from './exportResults';
import type { RegistryXmlFinding } from './findings';
import { elAttrs, hasInvalidXmlChars, serializeXml } from './xmlWriter';

export const PRS_NAMESPACE = 'http://clinicaltrials.gov/prs';

export interface RegistryXmlExport {
  readonly xml: string;
  readonly findings: RegistryXmlFinding[];
  /** Pointers of every value that did not reach the XML as it is (reported in `findings`). */
  readonly lostPointers: string[];
}

/** Fields the registry sets itself: reported once per kind as notes, never uploaded. */
const REGISTRY_ASSIGNED: readonly (readonly [pattern: RegExp, why: string])[] = [
  [/^\/protocolSection\/identificationModule\/nctId(Aliases)?/, 'The NCT number is assigned by the registry.'],
  [/^\/protocolSection\/identificationModule\/organization\/class/, 'The organisation class is set by the registry.'],
  [
    /^\/protocolSection\/identificationModule\/(orgStudyIdInfo|secondaryIdInfos\/\d+)\/link/,
    'Links to grant databases are added by the registry.',
  ],
  [
    /^\/protocolSection\/statusModule\/(studyFirst|resultsFirst|dispFirst|lastUpdate)\w*/,
    'Submission and posting dates are set by the registry.',
  ],
  [
    /^\/protocolSection\/statusModule\/expandedAccessInfo\/statusForNctId/,
    "The expanded-access record's status is read from that record.",
  ],
  [/^\/protocolSection\/statusModule\/lastKnownStatus/, 'The last known status is kept by the registry.'],
  [
    /^\/protocolSection\/sponsorCollaboratorsModule\/(leadSponsor|collaborators\/\d+)\/class/,
    'Sponsor classes are set by the registry.',
  ],
  [/^\/protocolSection\/oversightModule\/fdaaa801Violation/, 'FDAAA 801 violations are recorded by the registry.'],
  [/^\/protocolSection\/eligibilityModule\/stdAges/, 'Age groups are derived from the minimum and maximum age.'],
  [
    /^\/protocolSection\/contactsLocationsModule\/locations\/\d+\/(geoPoint|countryCode)/,
    'Coordinates are geocoded by the registry.',
  ],
  [
    /^\/protocolSection\/referencesModule\/references\/\d+\/retractions/,
    'Retractions are linked from PubMed by the registry.',
  ],
  [/^\/(derivedSection|annotationSection|hasResults)/, 'This part is produced by the registry.'],
  [/^\/documentSection/, 'Documents are uploaded to the registry as files, not in the XML.'],
];

/** Fields the XSD has no element for, with the reason users need to know. */
const NO_PLACE_REASONS: readonly (readonly [pattern: RegExp, why: string])[] = [
  [
    /^\/protocolSection\/contactsLocationsModule\/locations_nested/,
    'Some downloads carry this copy of the locations; the XML holds <location> only.',
  ],
  [
    /responsibleParty\/investigatorFullName$/,
    'The upload XML names the investigator by PRS user name ' +
      '(<investigator_username>), not by full name; choose the user in the registry.',
  ],
  [
    /expandedAccessInfo\/(hasExpandedAccess|nctId)$/,
    'The XML holds expanded-access availability inside <ind_info>, ' +
      'which needs IND/IDE numbers a v2 record does not carry.',
  ],
  [
    /identificationModule\/organization\/fullName$/,
    'The organisation is the PRS account you upload with (<org_name> from the settings).',
  ],
  [/orgStudyIdInfo\/type$/, "The XML has no type for the organisation's own study id."],
  [/contacts\/\d+\/(phone|phoneExt|email)$/, 'Site investigators in the XML have a name and role only.'],
];

function wildcard(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** Exports a v2 study record as a PRS upload `study_collection` with one `clinical_study`. */
export function exportRegistryXml(record: unknown, settings: RegistryXmlSettings = {}): RegistryXmlExport {
  const ctx = new ExportContext(record, settings);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    ctx.report(
      'export/missing-required',
      '',
      'The file does not hold a study record (an object with protocolSection); nothing to export.',
      'error',
    );
    return { xml: '', findings: ctx.findings, lostPointers: [''] };
  }
  const study = elAttrs('clinical_study', {}, protocolElements(ctx), resultElement(ctx));
  const root = elAttrs('prs:study_collection', { 'xmlns:prs': PRS_NAMESPACE }, study);
  const unused = ctx.reader.unused();
  reportUnplaced(ctx, unused);
  reportInvalidCharacters(ctx, record);
  const lostPointers = [
    ...new Set([
      ...unused,
      ...ctx.findings
        .filter((finding) => finding.ruleId !== 'export/missing-setting')
        .map((finding) => finding.pointer),
    ]),
  ];
  return { xml: serializeXml(root), findings: ctx.findings, lostPointers };
}

function reportUnplaced(ctx: ExportContext, unused: readonly string[]): void {
  const assigned = new Map<string, { pointer: string; count: number; why: string }>();
  const noPlace = new Map<string, { pointer: string; count: number; why?: string }>();
  for (const pointer of unused) {
    const registry = REGISTRY_ASSIGNED.find(([pattern]) => pattern.test(pointer));
    if (registry) {
      const root = (registry[0].exec(pointer) as RegExpExecArray)[0];
      const key = wildcard(root);
      const entry = assigned.get(key);
      if (entry) entry.count += entry.pointer === root ? 0 : 1;
      else assigned.set(key, { pointer: root, count: 1, why: registry[1] });
      continue;
    }
    const reason = NO_PLACE_REASONS.find(([pattern]) => pattern.test(pointer));
    // A reason anchored at the start names a whole subtree: one finding for all of it.
    const root = reason && reason[0].source.startsWith('^') ? (reason[0].exec(pointer) as RegExpExecArray)[0] : pointer;
    const key = wildcard(root);
    const entry = noPlace.get(key);
    if (entry) entry.count += entry.pointer === root ? 0 : 1;
    else noPlace.set(key, { pointer: root, count: 1, why: reason?.[1] });
  }
  for (const { pointer, count, why } of assigned.values()) {
    ctx.report(
      'export/registry-assigned',
      pointer,
      `${why} Not uploaded${count > 1 ? ` (${count} places like this)` : ''}.`,
      'info',
    );
  }
  for (const { pointer, count, why } of noPlace.values()) {
    const field =
      pointer
        .split('/')
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? pointer;
    const more = count > 1 ? ` (${count} values like this)` : '';
    // A "no" that cannot be written loses little: a note, not a warning.
    const severity = ctx.reader.peek(pointer) === false || /organization\/fullName$/.test(pointer) ? 'info' : 'warning';
    ctx.report(
      'export/no-place',
      pointer,
      `${why ?? `"${field}" has no element in the registry upload XML.`} Its value does not reach the registry${more}.`,
      severity,
    );
  }
}

function reportInvalidCharacters(ctx: ExportContext, record: unknown): void {
  const walk = (node: unknown, pointer: string) => {
    if (typeof node === 'string') {
      if (hasInvalidXmlChars(node)) {
        ctx.report(
          'export/value-not-allowed',
          pointer,
          'The text holds control characters XML cannot carry; they were left out.',
          'warning',
        );
      }
    } else if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${key}`);
  };
  walk(record, '');
}
