/**
 * Messages between the preview host (extension) and the webview script, both directions
 * in one discriminated union. Type-only: the webview bundle imports nothing at runtime.
 */

/** What the webview persists with `setState`, and the panel serializer restores from. */
export interface PreviewState {
  /** The previewed document. */
  readonly uri: string;
  /** A locked preview keeps its document when the active editor changes. */
  readonly locked: boolean;
  readonly scrollY?: number;
}

export type PreviewMessage =
  // host → webview: a new body for the current document (keep the scroll position).
  | { readonly type: 'update'; readonly html: string; readonly state: PreviewState }
  // host → webview: the editor cursor moved; show the element of this pointer.
  | { readonly type: 'scrollTo'; readonly pointer: string }
  // webview → host: the script is running (after a reload of the webview).
  | { readonly type: 'ready' }
  // webview → host: the reader double-clicked an element; reveal its source.
  | { readonly type: 'reveal'; readonly pointer: string }
  // webview → host: the reader clicked a link; the host opens http(s) links only.
  | { readonly type: 'openLink'; readonly href: string };

export type HostToWebviewMessage = Extract<PreviewMessage, { type: 'update' | 'scrollTo' }>;
export type WebviewToHostMessage = Exclude<PreviewMessage, HostToWebviewMessage>;

/** Narrows an untrusted message from the webview. */
export function isWebviewMessage(value: unknown): value is WebviewToHostMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; pointer?: unknown; href?: unknown };
  switch (message.type) {
    case 'ready':
      return true;
    case 'reveal':
      return typeof message.pointer === 'string';
    case 'openLink':
      return typeof message.href === 'string';
    default:
      return false;
  }
}
