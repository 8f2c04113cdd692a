/** Words of the task pane (src/taskpane): every label, button, hint and result line it shows. */

export const taskpaneMessages = {
  appTitle: '督办助手',
  modeExcel: 'Excel 工作簿',
  modeStandalone: '独立模式（浏览器）',
  standaloneHint: '未检测到 Excel：在浏览器中独立运行，生成的工作簿以文件形式下载，也可打开已有的督办总表。',
  busy: '正在处理…',
  cancel: '取消',
  cancelled: '已取消。',
  progress: (done: number, total: number, note?: string) => `${done}/${total}${note ? `：${note}` : ''}`,
  download: (fileName: string) => `下载 ${fileName}`,

  load: {
    heading: '一、加载任务清单',
    listLabel: '内置清单',
    lists: {
      'tianjin-2023-key-work': '天津市2023年重点工作',
      'tianjin-2023-business-environment': '天津市2023年优化营商环境责任清单',
    } as Record<string, string>,
    button: '加载到工作簿',
    openLabel: '或打开已有的督办总表（.xlsx）',
    loaded: (title: string, tasks: number, units: number, pendingGroups = 0) =>
      `已加载「${title}」：${tasks} 项任务，${units} 个责任单位${pendingGroups > 0 ? `，另有 ${pendingGroups} 个统称待明确责任单位（请在「单位名录」的「报送单位」中填写）` : ''}。`,
    opened: (fileName: string, tasks: number) => `已打开「${fileName}」：${tasks} 项任务。`,
    replaceAsk: '替换现有工作表',
    current: (title: string, tasks: number) => `当前督办总表：${title}（${tasks} 项任务）`,
    masterFileName: (title: string) => `督办总表-${title}.xlsx`,
  },

  /** Loading another office's list: a pasted notice, or a sheet with its own headers. */
  importList: {
    pasteLabel: '或粘贴通知全文（分工方案、责任分解表均可）',
    pastePlaceholder: '将通知全文粘贴到此处：编号段落（如“1.……（牵头单位：……；责任单位：……）”）或附件表格均可识别。',
    pasteButton: '识别并加载',
    pastedSource: '粘贴的通知',
    fileLabel: '或导入其他单位的清单（.xlsx / .csv / .txt / .docx）',
    unitsLabel: '单位名录（可选，.xlsx / .csv，栏目：单位名称、别称、说明；不选则取自清单本身）',
    unitsChosen: (name: string) => `将使用单位名录：${name}`,
    directoryFromList: '单位名录取自本清单。',
    directoryFromFile: (file: string, units: number) => `单位名录取自 ${file}（${units} 个名称）。`,
    aliasDecided: (alias: string, canonical: string) => `「${alias}」与「${canonical}」视为同一单位，以「${canonical}」为准。`,
    typoLeftOut: (typo: string, intended: string) => `「${typo}」疑为「${intended}」的笔误，未列入单位名录。`,
    directoryEdit: '可在「单位名录」工作表中增删单位、补充别称，校验以该表为准。',
    tasksTitle: (shown: number, total: number) => (shown < total ? `读取的任务（前 ${shown} 项，共 ${total} 项）：` : `读取的任务（共 ${total} 项）：`),
    taskLine: (seq: number, content: string, leaders: string, lead: string, deadline: string) =>
      `${seq}. ${content.length > 30 ? `${content.slice(0, 30)}…` : content}${leaders ? `｜${leaders}` : ''}｜${lead || '（未列牵头单位）'}${deadline ? `｜${deadline}` : ''}`,
    yearLabel: '清单年份（标题中没有年份时填写）',
    yearPlaceholder: '例如 2024',
    sheetUsed: (sheet: string) => `读取工作表「${sheet}」。`,
    mappingsTitle: '表头与字段的对应关系：',
    mapping: (column: string, header: string, field: string) => `${column} 栏“${header || '（无表头）'}” → ${field}`,
    problemsTitle: (count: number) => `有 ${count} 处未能读取或需要核对（其余任务已加载）：`,
    rowProblem: (row: number, cell: string | undefined, message: string) => `第 ${row} 行${cell ? `（单元格 ${cell}）` : ''}：${message}`,
    lineProblem: (line: number | undefined, message: string) => `${line === undefined ? '' : `第 ${line} 行：`}${message}`,
    allRead: '全部任务行均已读取。',
  },

  validate: {
    heading: '二、校验',
    button: '校验',
    live: '即时校验：编辑单元格时检查',
    liveOn: '即时校验已开启：在「任务清单」「责任分解」中修改单元格后，结果显示在下方。',
    none: '未发现问题。',
    found: (count: number) => `发现 ${count} 处问题：`,
    more: (count: number) => `另有 ${count} 处问题未列出，请查看“校验结果”工作表或缩小范围后重新校验。`,
    suggestion: (text: string) => `建议：${text}`,
    liveFound: (address: string, count: number) => (count === 0 ? `${address}：未发现问题。` : `${address}：发现 ${count} 处问题。`),
  },

  returns: {
    heading: '三、生成各单位填报表',
    periodLabel: '报送期次',
    button: '生成各单位填报表',
    done: (count: number, period: string) => `已生成 ${count} 份${period}填报表。`,
    zipName: (period: string) => `各单位填报表-${period}.zip`,
  },

  consolidate: {
    heading: '四、汇总回收表',
    drop: '将各单位报回的文件拖到此处，或点击选择文件',
    chosen: (count: number) => `已选择 ${count} 个文件`,
    clear: '清除',
    button: '汇总回收表',
    summary: (files: number, returned: number, expected: number, rows: number) =>
      `读取 ${files} 个文件，${expected} 个应报单位中 ${returned} 个已报送，采用 ${rows} 行进展。`,
    written: '已写入“进展汇总”“报送情况”工作表，并刷新了统计。',
    mergedFile: (title: string, period: string) => `督办总表-${title}-${period}汇总.xlsx`,
    missing: (count: number) => `未报送（${count} 个单位）`,
    tampered: (count: number) => `任务原文被改动（${count} 处）`,
    tamperedItem: (file: string, seq: number) => `${file}：序号 ${seq}`,
    duplicates: (count: number) => `重复报送（${count} 个单位）`,
    duplicateItem: (unit: string, kept: string, dropped: string) => `${unit}：采用 ${kept}，未采用 ${dropped}`,
    rejectedFiles: (count: number) => `未采用的文件（${count} 个）`,
    rejectedFile: (file: string, reason: string) => `${file}：${reason}`,
    rejectedRows: (count: number) => `退回的行（${count} 行）`,
    rejectedRow: (file: string, row: number, reason: string) => `${file} 第 ${row} 行：${reason}`,
    clean: '全部单位已报送，没有需要处理的问题。',
  },

  summary: {
    heading: '六、进展统计',
    button: '刷新统计',
    byUnit: '按单位',
    byLeader: '按领导',
    unit: '单位',
    leader: '分管领导',
    period: (label: string) => `统计期次：${label}`,
    pending: (tasks: number, groups: readonly string[]) =>
      `另有 ${tasks} 项任务涉及尚未明确责任单位的统称（${groups.join('、')}），未计入上表；请在「单位名录」的「报送单位」中填写由哪些单位报送。`,
    noLeaders: '本清单没有分管领导，无法按领导统计；请查看「按单位」。',
    /** The chart above each table (src/taskpane/components/SummaryChart.tsx). */
    chart: {
      /** What a screen reader says for the whole chart: the rows and the totals of each status. */
      label: (what: string, rows: number, totals: readonly { name: string; count: number }[]) =>
        `各${what}进展状态图：共 ${rows} 个${what}，合计${totals.map(({ name, count }) => `${name} ${count} 项`).join('，')}。`,
      row: (name: string, parts: readonly { name: string; count: number }[]) => `${name}：${parts.map(({ name: part, count }) => `${part} ${count} 项`).join('，')}`,
      loading: '正在加载图表…',
      failed: '图表未能加载，请查看下表数字。',
    },
    columns: { tasks: '任务', lead: '牵头', 已完成: '已完成', 序时推进: '序时推进', 滞后: '滞后', 未启动: '未启动', 未报送: '未报送', 逾期: '逾期', units: '单位次', unitsReported: '已报单位次', 红灯: '红灯', 黄灯: '黄灯' },
  },

  chooseFile: '选择文件…',
  noFileChosen: '未选择文件',
  skippedTitle: '以下功能未能在当前 Excel 中设置：',
} as const;
