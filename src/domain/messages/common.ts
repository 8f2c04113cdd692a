export const commonMessages = {
  unknownList: (id: string, known: readonly string[]) =>
    `未找到任务清单「${id}」。内置清单有：${known.join('、')}；也可以给出清单 JSON 文件的路径。`,
  invalidListJson: (field: string, problem: string) => `任务清单格式不正确：字段 ${field} ${problem}。`,
  notJson: (problem: string) => `不是有效的 JSON 文件（${problem}）。`,
  fileNotFound: '文件不存在或无法读取。',
  missingOption: (option: string) => `缺少参数 ${option}。`,
  unknownCommand: (name: string) => `未知命令「${name}」。运行 duban help 查看可用命令。`,
  badArguments: (problem: string) => `参数有误：${problem}`,
  unknownOption: (option: string) => `不认识的选项 ${option}。`,
  optionNeedsValue: (option: string) => `选项 ${option} 后面需要给出一个值。`,
  unexpectedArgument: (value: string) => `多余的参数「${value}」。`,
  seeUsage: (usage: string, name: string) => `用法：${usage}\n运行 duban ${name} --help 查看说明。`,
  commandHelp: (usage: string, summary: string) => `用法：${usage}\n\n${summary}\n`,
  helpFooter: '运行 duban <命令> --help 查看某个命令的说明。',
  nothingWritten: (flags: string) => `没有指定输出，本次不会写出任何文件：请加 ${flags}。`,
  badOutExtension: (path: string, allowed: readonly string[]) => `无法写入「${path}」：输出文件的扩展名应为 ${allowed.join(' 或 ')}。`,
  periodOutsideYear: (label: string, year: number) => `注意：期次「${label}」不在清单年度（${year}年）内，请确认期次是否写错。`,
  internalError: (problem: string) => `程序内部错误：${problem}。请将此信息反馈给维护人员（设置环境变量 DUBAN_DEBUG=1 可查看详细信息）。`,
  cancelled: '操作已取消。',
  helpTitle: '督办助手 duban —— 任务分解表、责任清单的加载、校验、分发与汇总',
  helpUsage: '用法：',
  listsSummary: '列出内置任务清单的编号',
  listsUsage: 'duban lists',
  exportSummary: '以 JSON 输出任务清单（内置编号或文件路径）',
  exportUsage: 'duban export --list <编号|文件> --json',
} as const;

/** Writing the CLI's output files, and refusing an output that would overwrite an input. */
export const outputMessages = {
  nameTooLong: (problem: string) => `无法写入文件：文件名或路径过长（${problem}）。请换一个较短的文件名，或写到层级较浅的目录。`,
  noSpace: (problem: string) => `无法写入文件：磁盘空间不足（${problem}）。原有文件未被改动。`,
  isDirectory: '无法写入文件：这是一个目录。请给出文件名。',
  outputIsInput: (output: string, input: string) => `输出文件 ${output} 就是输入的 ${input}，写入会覆盖它。请换一个输出文件名，输入文件不会被改动。`,
  outputInInputFolder: (output: string, folder: string) =>
    `输出文件 ${output} 位于输入目录 ${folder} 中：写入会覆盖或混入报回的文件，下次汇总时还会被当作报送文件读取。请写到其他目录。`,
  sameOutputTwice: (first: string, second: string) => `${first} 和 ${second} 是同一个文件，后写的会覆盖先写的。请给出不同的文件名。`,
} as const;
