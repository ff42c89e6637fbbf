// Runs inside the preview webview: swaps in new bodies, keeps the scroll position, maps
// clicks on findings (double-clicks on other items) to source, scrolls to the editor's element, and routes link clicks
// to the host.
import type { HostToWebviewMessage, PreviewState, WebviewToHostMessage } from '../messages';

interface VsCodeApi {
  postMessage(message: WebviewToHostMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('trial-record-preview') ?? document.body;
let state: PreviewState | undefined = readInitialState();

function readInitialState(): PreviewState | undefined {
  const raw = document.getElementById('trial-record-preview-state')?.getAttribute('data-state');
  try {
    const fromPage = raw ? (JSON.parse(raw) as PreviewState) : undefined;
    const saved = vscode.getState();
    // After a reload of the same document, return to where the reader was.
    if (fromPage && saved?.uri === fromPage.uri && typeof saved.scrollY === 'number') {
      const scrollY = saved.scrollY;
      requestAnimationFrame(() => window.scrollTo(0, scrollY));
      return { ...fromPage, scrollY };
    }
    return fromPage;
  } catch {
    return undefined;
  }
}

function saveState(): void {
  if (state) vscode.setState({ ...state, scrollY: window.scrollY });
}

/** The element of a pointer, or of its nearest rendered ancestor. */
function elementFor(pointer: string): HTMLElement | undefined {
  for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
    const found = root.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(p)}"]:not(.finding)`);
    if (found) return found;
    if (p === '') return undefined;
  }
}

let lastTarget: HTMLElement | undefined;

function scrollToPointer(pointer: string): void {
  const target = elementFor(pointer);
  if (!target || target === lastTarget) return;
  lastTarget = target;
  // Collapsed location lists open so the element can be shown.
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  target.scrollIntoView({ block: 'start', behavior: 'auto' });
  target.classList.remove('tr-flash');
  target.getBoundingClientRect(); // a reflow restarts the animation
  target.classList.add('tr-flash');
}

window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'update': {
      const isSameDocument = state?.uri === message.state.uri;
      const scrollY = window.scrollY;
      root.innerHTML = message.html;
      lastTarget = undefined;
      window.scrollTo(0, isSameDocument ? scrollY : 0);
      state = message.state;
      saveState();
      break;
    }
    case 'scrollTo':
      scrollToPointer(message.pointer);
      break;
  }
});

// A finding is a link to its source: one click. Other items reveal theirs on a double click, so
// selecting text in the preview does not jump around.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (target?.closest('a[href]')) return;
  const pointer = target?.closest('.finding[data-pointer]')?.getAttribute('data-pointer');
  if (pointer !== null && pointer !== undefined) vscode.postMessage({ type: 'reveal', pointer });
});

document.addEventListener('dblclick', (event) => {
  const target = (event.target as Element | null)?.closest('[data-pointer]');
  if (!target || target.closest('.finding')) return;
  const pointer = target.getAttribute('data-pointer');
  if (pointer !== null) vscode.postMessage({ type: 'reveal', pointer });
});

document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
    } else {
      vscode.postMessage({ type: 'openLink', href });
    }
  },
  true,
);

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer !== undefined) clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveState, 200);
});

saveState();
vscode.postMessage({ type: 'ready' });
