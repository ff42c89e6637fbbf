import type { CancellationToken, Connection } from 'vscode-languageserver';
import { NEW_RECORD_STUDY_TYPES, formatOfPath, type TrialRecordService } from '../core';
import { toDiagnostic } from './convert';
import {
  CheckFilesRequest,
  NewRecordTemplateRequest,
  type CheckFilesParams,
  type CheckFilesResult,
  type NewRecordTemplateParams,
  type NewRecordTemplateResult,
} from './protocol';
import { toCheckOptions, type SettingsStore } from './settings';

/** The requests behind the client's commands: New Record… and Check All Records in Workspace. */
export function registerCommandRequests(
  connection: Connection,
  service: TrialRecordService,
  settings: SettingsStore,
): void {
  connection.onRequest(NewRecordTemplateRequest, (params: NewRecordTemplateParams): NewRecordTemplateResult | null => {
    if (!NEW_RECORD_STUDY_TYPES.includes(params.studyType)) return null;
    return { snippet: service.newRecordTemplate(params.studyType) };
  });

  // One batch per request: the client sends a few files at a time, so it can show progress and
  // stop between batches when the user cancels.
  connection.onRequest(
    CheckFilesRequest,
    async (params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> => {
      const results: { uri: string; diagnostics: unknown[] }[] = [];
      for (const file of params.files) {
        if (token.isCancellationRequested) break;
        const fileSettings = await settings.get(file.uri);
        if (!fileSettings.validateEnabled) {
          results.push({ uri: file.uri, diagnostics: [] });
          continue;
        }
        const parsed = service.parse(file.text, formatOfPath(decodeURIComponent(file.uri)));
        const findings = service.check(
          parsed,
          toCheckOptions(fileSettings, () => token.isCancellationRequested),
        );
        results.push({
          uri: file.uri,
          diagnostics: findings.map((finding) => toDiagnostic(parsed.lineIndex, finding)),
        });
      }
      return { results };
    },
  );
}
