/**
 * Words of the task pane's start-up (waiting for Excel) and of saving files where the Office webview
 * cannot download them. The ES5 guard in src/taskpane/taskpane.html has its own copy of the ways out,
 * since it runs where this code cannot.
 */

export const startupMessages = {
  waiting: '正在连接 Excel…',
  slow: 'Excel 还没有就绪：工作簿较大或电脑较忙时需要多等一会儿；也可以关闭任务窗格后重新打开。',
  standaloneButton: '改用独立模式',
  standaloneNote: '独立模式不读写当前工作簿：生成的工作簿以文件形式保存，也可打开已有的督办总表。',
  chunkFailed: '未能从服务器加载督办助手的这部分程序：网络可能中断，或加载项已在服务器上更新。请关闭任务窗格后重新打开，再试一次。',
} as const;

/** Why the webview cannot download, by host. */
export type SaveBlockReason = 'mac' | 'ios' | 'edgeLegacy' | 'webview';

export const savingMessages = {
  blocked: {
    mac: 'Mac 版 Office 的加载项窗口不能下载文件（微软的已知限制）。',
    ios: 'iPad 版 Office 的加载项窗口不能下载文件。',
    edgeLegacy: '此版本 Office 的加载项窗口（旧版 Microsoft Edge 内核）不能下载文件。',
    webview: '此 Office 的加载项窗口不能下载文件。',
  } satisfies Record<SaveBlockReason, string>,
  waysIntro: (fileName: string) => `可以这样保存「${fileName}」：`,
  openInExcel: (fileName: string) => `在 Excel 中打开 ${fileName}`,
  openedInExcel: (fileName: string) => `已在 Excel 中新建工作簿，内容即「${fileName}」：请在新工作簿中用“文件 → 另存为”保存。`,
  partsIntro: (count: number) => `逐个在 Excel 中打开（共 ${count} 个工作簿，每个打开后用“文件 → 另存为”保存）：`,
  openBrowser: '在浏览器中打开督办助手',
  openedBrowser:
    '已在浏览器中打开督办助手的独立页面：先在 Excel 中保存本工作簿，再在该页面“打开已有的督办总表”并重新生成，即可下载文件。',
  addressIntro: '或把督办助手独立页面的地址粘贴到 Chrome、Microsoft Edge 等浏览器中打开，在其中打开督办总表并重新生成，即可下载：',
  copyAddress: '复制地址',
  copiedAddress: '已复制独立页面地址：请粘贴到浏览器的地址栏中打开。',
  copyByHand: '无法自动复制：请选中地址后手动复制。',
  cli: '也可在电脑上用命令行工具 duban 生成同样的文件（见使用说明）。',
  failed: (problem: string) => `未能完成：${problem}`,
} as const;
