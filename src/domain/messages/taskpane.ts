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
  noMaster: '请先加载任务清单，或打开已有的督办总表。',

  load: {
    heading: '一、加载任务清单',
    listLabel: '内置清单',
    lists: {
      'tianjin-2023-key-work': '天津市2023年重点工作',
      'tianjin-2023-business-environment': '天津市2023年优化营商环境责任清单',
    } as Record<string, string>,
    button: '加载到工作簿',
    openLabel: '或打开已有的督办总表（.xlsx）',
    loaded: (title: string, tasks: number, units: number) => `已加载「${title}」：${tasks} 项任务，${units} 个责任单位。`,
    opened: (fileName: string, tasks: number) => `已打开「${fileName}」：${tasks} 项任务。`,
    replaceAsk: '替换现有工作表',
    current: (title: string, tasks: number) => `当前督办总表：${title}（${tasks} 项任务）`,
    masterFileName: (title: string) => `督办总表-${title}.xlsx`,
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
    yearUnknown: '无法确定清单年度，请确认工作簿中有“任务清单”工作表。',
    nothingToCheck: '当前工作簿中没有可校验的“任务清单”或“责任分解”工作表。',
  },

  returns: {
    heading: '三、生成各单位填报表',
    periodLabel: '报送期次',
    button: '生成各单位填报表',
    none: '该期次没有需要填报的单位。',
    done: (count: number, period: string) => `已生成 ${count} 份${period}填报表。`,
    zipName: (period: string) => `各单位填报表-${period}.zip`,
  },

  consolidate: {
    heading: '四、汇总回收表',
    drop: '将各单位报回的文件拖到此处，或点击选择文件',
    chosen: (count: number) => `已选择 ${count} 个文件`,
    clear: '清除',
    button: '汇总回收表',
    noFiles: '请先选择各单位报回的文件。',
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
    heading: '五、进展统计',
    button: '刷新统计',
    byUnit: '按单位',
    byLeader: '按领导',
    unit: '单位',
    leader: '分管领导',
    period: (label: string) => `统计期次：${label}`,
    columns: { tasks: '任务', lead: '牵头', 已完成: '已完成', 序时推进: '序时推进', 滞后: '滞后', 未启动: '未启动', 未报送: '未报送', 逾期: '逾期' },
  },

  skippedTitle: '以下功能未能在当前 Excel 中设置：',
} as const;
