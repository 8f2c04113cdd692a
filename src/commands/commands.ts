/// <reference types="office-js" />
/**
 * The ribbon's function file (manifest FunctionFile). The 督办助手 button only opens the task pane
 * (ShowTaskpane), so no command functions are registered; Office still requires the page to load.
 */
Office.onReady(() => undefined);
