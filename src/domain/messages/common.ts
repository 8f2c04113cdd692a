export const commonMessages = {
  unknownList: (id: string, known: readonly string[]) =>
    `未找到任务清单「${id}」。内置清单有：${known.join('、')}；也可以给出清单 JSON 文件的路径。`,
  invalidListJson: (field: string, problem: string) => `任务清单格式不正确：字段 ${field} ${problem}。`,
  notJson: (problem: string) => `不是有效的 JSON 文件（${problem}）。`,
  fileNotFound: '文件不存在或无法读取。',
  missingOption: (option: string) => `缺少参数 ${option}。`,
  unknownCommand: (name: string) => `未知命令「${name}」。运行 duban help 查看可用命令。`,
  badArguments: (problem: string) => `参数有误：${problem}`,
  internalError: (problem: string) => `程序内部错误：${problem}。请将此信息反馈给维护人员（设置环境变量 DUBAN_DEBUG=1 可查看详细信息）。`,
  cancelled: '操作已取消。',
  helpTitle: '督办助手 duban —— 任务分解表、责任清单的加载、校验、分发与汇总',
  helpUsage: '用法：',
  listsSummary: '列出内置任务清单的编号',
  listsUsage: 'duban lists',
  exportSummary: '以 JSON 输出任务清单（内置编号或文件路径）',
  exportUsage: 'duban export --list <编号|文件> --json',
} as const;
