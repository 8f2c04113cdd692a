/// <reference types="office-js" />
/**
 * Starts the pane. Inside Excel, Office.onReady reports the Excel host and the pane works on the open
 * workbook; in a plain browser it starts at once in standalone mode. startup.ts tells the two apart
 * and, inside an Office host, waits for Office as long as it takes (showing that it waits, and
 * offering standalone mode by hand after a while). The ES5 guard in taskpane.html shows a Chinese
 * notice instead where this bundle cannot run; the bundle tells it that it is up.
 */
import './polyfills.js';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { Starting } from './components/Starting.js';
import { chooseMode, officeHostSign, type GuardFlags, type HostWindow, type StartMode } from './startup.js';
import { ExcelWorkspace, StandaloneWorkspace, type Workspace } from './workspace.js';

const flags = window as unknown as GuardFlags;

/** Marks the pane as up once a screen is on the page (for the guard, and the first-render mark). */
function Shown({ mark, children }: { mark?: string; children: ReactNode }) {
  useEffect(() => {
    flags.__dubanStarted = true;
    if (mark) performance.mark?.(mark);
  }, [mark]);
  return <>{children}</>;
}

function start(container: HTMLElement): void {
  const root = createRoot(container);
  const show = (screen: ReactNode, mark?: string) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Shown mark={mark}>{screen}</Shown>
      </FluentProvider>,
    );
  let current: StartMode | null = null;
  const open = (mode: StartMode) => {
    if (current === mode) return;
    current = mode;
    const workspace: Workspace = mode === 'excel' ? new ExcelWorkspace() : new StandaloneWorkspace();
    document.documentElement.dataset.mode = workspace.kind;
    show(<App key={workspace.kind} workspace={workspace} />, 'duban-app');
  };

  const inHost = officeHostSign(window as unknown as HostWindow) !== null;
  document.documentElement.dataset.host = inHost ? 'office' : 'browser';
  if (inHost) show(<Starting onStandalone={() => open('standalone')} />);
  const office = typeof Office !== 'undefined' ? Office : undefined;
  // Standalone chosen by hand while waiting gives way to Excel once Office is ready after all.
  void chooseMode({ office, inHost, onLateExcel: () => open('excel') }).then(open);
}

const container = document.getElementById('container');
if (container && !flags.__dubanUnsupported) start(container);
