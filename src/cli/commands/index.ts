import type { Command } from '../io.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { listsCommand } from './lists.js';
import { validateCommand } from './validate.js';
import { distributeCommand } from './distribute.js';
import { consolidateCommand } from './consolidate.js';
import { initCommand } from './init.js';
import { summarizeCommand } from './summarize.js';
import { demoCommand } from './demo.js';
import { briefCommand } from './brief.js';

/** Every command of `duban`, in the order `duban help` shows them. Add a command here to wire it in. */
export const commands: Command[] = [listsCommand, exportCommand, importCommand, initCommand, validateCommand, distributeCommand, consolidateCommand, summarizeCommand, briefCommand, demoCommand];
