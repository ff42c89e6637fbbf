import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  NewRecordTemplateRequest,
  type NewRecordTemplateParams,
  type NewRecordTemplateResult,
} from '../../server/src/lsp/protocol';

type StudyType = NewRecordTemplateParams['studyType'];

interface StudyTypeItem extends vscode.QuickPickItem {
  readonly studyType: StudyType;
}

const HINT_LANGUAGES = new Set(['trial-record', 'trial-record-json']);

/**
 * "Trial Record: New Record…" (also under File > New File…): asks the study type, opens an
 * untitled record and inserts the template as a snippet, so Tab walks through its placeholders.
 * Also shows a hint in empty record files.
 */
export function registerNewRecord(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('trialRecord.newRecord', async (studyType?: StudyType) => {
      const picked = studyType ?? (await pickStudyType());
      if (!picked) return undefined;
      const result = await client.sendRequest<NewRecordTemplateResult | null>(NewRecordTemplateRequest, {
        studyType: picked,
      });
      if (!result) return undefined;
      const document = await vscode.workspace.openTextDocument({ language: 'trial-record', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(result.snippet), new vscode.Position(0, 0));
      return document.uri;
    }),
    // The walkthrough's first step: the shipped example as an untitled copy, so nothing on disk changes.
    vscode.commands.registerCommand('trialRecord.openExample', async () => {
      const source = vscode.Uri.joinPath(context.extensionUri, 'examples', 'NCT01547091.trial.yaml');
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      const document = await vscode.workspace.openTextDocument({ language: 'trial-record', content });
      await vscode.window.showTextDocument(document);
      return document.uri;
    }),
    new EmptyRecordHint(),
  );
}

async function pickStudyType(): Promise<StudyType | undefined> {
  const items: StudyTypeItem[] = [
    {
      studyType: 'INTERVENTIONAL',
      label: vscode.l10n.t('Interventional'),
      detail: vscode.l10n.t('A clinical trial: participants receive interventions assigned by the protocol.'),
    },
    {
      studyType: 'OBSERVATIONAL',
      label: vscode.l10n.t('Observational'),
      detail: vscode.l10n.t(
        'Participants are observed; no intervention is assigned (cohorts, case-control, registries).',
      ),
    },
    {
      studyType: 'EXPANDED_ACCESS',
      label: vscode.l10n.t('Expanded Access'),
      detail: vscode.l10n.t('Access to an investigational drug outside a clinical trial.'),
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New Trial Record'),
    placeHolder: vscode.l10n.t('Study type'),
  });
  return picked?.studyType;
}

/** "Start a record: …" as ghost text on the first line of an empty record editor. */
class EmptyRecordHint implements vscode.Disposable {
  readonly #decoration = vscode.window.createTextEditorDecorationType({
    after: {
      contentText: vscode.l10n.t('Start a record: run "Trial Record: New Record…" or press Ctrl+Space'),
      color: new vscode.ThemeColor('editorGhostText.foreground'),
      fontStyle: 'italic',
    },
  });
  readonly #subscriptions: vscode.Disposable[];

  constructor() {
    this.#subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.#update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.#update();
      }),
    ];
    this.#update();
  }

  #update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const isEmptyRecord = HINT_LANGUAGES.has(editor.document.languageId) && editor.document.getText().trim() === '';
    editor.setDecorations(this.#decoration, isEmptyRecord ? [new vscode.Range(0, 0, 0, 0)] : []);
  }

  dispose(): void {
    this.#decoration.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }
}
