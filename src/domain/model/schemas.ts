import { z } from 'zod';
import { ISO_DATE_PATTERN } from '../calendar.js';
import { STATUSES } from '../vocabulary.js';

/** A calendar date as written in ISO form, e.g. 2023-12-31. */
export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, { message: '应为 YYYY-MM-DD 格式的日期' });

export const MilestoneSchema = z.object({
  /** The part of the task this milestone belongs to, when a compound phrase names it (供热旧管网改造…). */
  label: z.string().optional(),
  due: IsoDateSchema,
  kind: z.enum(['complete', 'progress']),
});

export const DeadlineSpecSchema = z.object({
  /** The deadline phrase exactly as the list wrote it ('' when the list has no deadline column). */
  text: z.string(),
  milestones: z.array(MilestoneSchema),
  /** 长期坚持 / 持续推进 / 常态化: no due date, never overdue. */
  ongoing: z.boolean().default(false),
  /** Where the deadline came from: the task's own cell, or the notice's default for the whole list. */
  source: z.enum(['cell', 'notice']).default('cell'),
});

export const UnitRoleSchema = z.object({
  name: z.string().min(1),
  role: z.enum(['lead', 'support']),
  /** A placeholder for several units (各区人民政府, 市级有关单位 …), not a single unit. */
  group: z.boolean().default(false),
});

export const TaskSchema = z.object({
  seq: z.number().int().positive(),
  /** The category without its numbering (一、 / 1.), carried down where the source cell is blank. */
  category: z.string(),
  /** The category's number in the source (一 → 1, 1. → 1), or null when the list has none. */
  categoryNo: z.number().int().positive().nullable().default(null),
  content: z.string().min(1),
  deadline: DeadlineSpecSchema,
  leaders: z.array(z.string().min(1)),
  units: z.array(UnitRoleSchema),
  /** 按职责分工负责: every listed unit leads by its own duties. */
  jointLead: z.boolean().default(false),
});

export const ReportingSchema = z.object({
  schedule: z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly', 'none']),
  /** Dates by which units report, in order (e.g. 2023-04-10 for the first quarter). */
  deadlines: z.array(IsoDateSchema),
});

export const TaskListSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '只能包含小写字母、数字和连字符' }),
  title: z.string().min(1),
  issuer: z.string(),
  /** Null when the notice text does not state its date. */
  issuedOn: IsoDateSchema.nullable(),
  /** The year the list's deadlines refer to (年底前 → 12-31 of this year). */
  year: z.number().int().min(2000).max(2100),
  /** Where the list came from: a file name or a short description. */
  source: z.string(),
  reporting: ReportingSchema,
  tasks: z.array(TaskSchema),
});

export const UnitEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(['unit', 'group']).default('unit'),
  /** The group this unit belongs to (a district government belongs to 各区人民政府). */
  group: z.string().optional(),
  /**
   * For a group: the units that report for it (its members, or one office such as a leading
   * group's), as the office wrote them in 单位名录's 报送单位 column. A group with neither these nor
   * members waits for a unit (待明确责任单位) and gets no return form.
   */
  reporters: z.array(z.string().min(1)).optional(),
  level: z.enum(['city', 'district', 'central', 'enterprise', 'other']).optional(),
  /** Why the aliases were chosen, written down for review. */
  note: z.string().optional(),
});

export const UnitDirectorySchema = z.object({
  units: z.array(UnitEntrySchema),
});

export const StatusSchema = z.enum(STATUSES);

/** What a unit reports on one task: the part of a 进展汇总 row its return holds. */
const ProgressRowSchema = z.object({
  seq: z.number().int().positive(),
  status: StatusSchema,
  text: z.string(),
  problems: z.string().optional(),
  nextSteps: z.string().optional(),
});

/** One consolidated row of 进展汇总: a unit's report on one task for one period. */
export const ProgressEntrySchema = ProgressRowSchema.extend({
  period: z.string(),
  unit: z.string(),
  /** The returned file the row came from (file name only). */
  sourceFile: z.string().default(''),
  /** When the return was made (the workbook's modified time, else the file's), ISO date-time. */
  receivedAt: z.string().optional(),
});

export type Milestone = z.infer<typeof MilestoneSchema>;
export type DeadlineSpec = z.infer<typeof DeadlineSpecSchema>;
export type UnitRole = z.infer<typeof UnitRoleSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Reporting = z.infer<typeof ReportingSchema>;
export type TaskList = z.infer<typeof TaskListSchema>;
export type UnitEntry = z.infer<typeof UnitEntrySchema>;
export type UnitDirectory = z.infer<typeof UnitDirectorySchema>;
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
