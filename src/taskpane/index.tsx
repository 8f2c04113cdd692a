/// <reference types="office-js" />
/**
 * Starts the pane. Inside Excel, Office.onReady reports the Excel host and the pane works on the open
 * workbook; in a plain browser (or when Office.js did not load) it starts in standalone mode.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { ExcelWorkspace, StandaloneWorkspace, type Workspace } from './workspace.js';

/** How long to wait for Office.onReady before starting standalone (a browser without Office). */
const OFFICE_WAIT_MS = 4000;

async function chooseWorkspace(): Promise<Workspace> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return new StandaloneWorkspace();
  const info = await Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_WAIT_MS))]);
  return info?.host === Office.HostType.Excel ? new ExcelWorkspace() : new StandaloneWorkspace();
}

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  void chooseWorkspace().then((workspace) => {
    document.documentElement.dataset.mode = workspace.kind;
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App workspace={workspace} />
      </FluentProvider>,
    );
  });
}
