import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

const SHOW_RULE_DOCS = 'trialRecord.showRuleDocs';

/**
 * Rule links open the shipped rule documentation rendered (the Markdown preview, read-only)
 * at the rule's heading, instead of the raw file or a web page.
 */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOCS, async (anchor?: string) => {
      const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
      const target = anchor ? docs.with({ fragment: anchor }) : docs;
      try {
        await vscode.commands.executeCommand('markdown.showPreview', target);
      } catch {
        // Without the built-in Markdown extension, the text itself, read-only.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(docs), { preview: true });
      }
    }),
  );
}

/** A `command:` link to the rule's rendered docs, for a docs URL ending in `#<anchor>`. */
export function ruleDocsLink(docsUrl: vscode.Uri): vscode.Uri | undefined {
  if (!docsUrl.fragment || !docsUrl.path.endsWith('rules.md')) return undefined;
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS}?${encodeURIComponent(JSON.stringify([docsUrl.fragment]))}`);
}

/** Rewrites each diagnostic's rule link to the rendered docs (the Problems panel and hovers run `command:` links). */
export const ruleDocsMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      if (typeof code !== 'object' || !code) continue;
      const link = ruleDocsLink(code.target);
      if (link) diagnostic.code = { value: code.value, target: link };
    }
    next(uri, diagnostics);
  },
};
