import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { gridFieldLabels, taskpaneMessages as say } from '../../domain/messages/index.js';
import type { CreateMasterOutcome, ImportedList, ImportProblem } from '../../app/index.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '200px', overflowY: 'auto' },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** How many read tasks the report lists: enough to see the list was understood. */
const TASKS_SHOWN = 8;

function problemText(problem: ImportProblem): string {
  return problem.at === 'row' ? say.importList.rowProblem(problem.row, problem.cell, problem.message) : say.importList.lineProblem(problem.line, problem.message);
}

/** What an import read: the sheet, each header and the field it went to, and every row it could not read. */
export function ImportReport({ imported, directory }: { imported: ImportedList; directory: CreateMasterOutcome['directory'] }) {
  const styles = useStyles();
  const m = say.importList;
  const outcome = { ...imported, directory };
  return (
    <div className={styles.column} data-testid="import-report">
      {outcome.sheet && <Body1>{m.sheetUsed(outcome.sheet)}</Body1>}
      <div>
        <Subtitle2>{m.tasksTitle(Math.min(TASKS_SHOWN, outcome.list.tasks.length), outcome.list.tasks.length)}</Subtitle2>
        <ul className={styles.list} data-testid="import-tasks">
          {outcome.list.tasks.slice(0, TASKS_SHOWN).map((task) => (
            <li key={task.seq}>
              <Caption1>
                {m.taskLine(
                  task.seq,
                  task.content,
                  task.leaders.join('、'),
                  task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('、'),
                  task.deadline.text,
                )}
              </Caption1>
            </li>
          ))}
        </ul>
      </div>
      <div data-testid="import-directory">
        <Body1>{outcome.directory.source === 'file' ? m.directoryFromFile(outcome.directory.file, outcome.directory.units) : m.directoryFromList}</Body1>
        {outcome.directory.source === 'list' &&
          [...outcome.directory.aliases.map((d) => m.aliasDecided(d.alias, d.canonical)), ...outcome.directory.typos.map((d) => m.typoLeftOut(d.typo, d.intended))].map((text) => (
            <Caption1 key={text} as="p">
              {text}
            </Caption1>
          ))}
        <Caption1 as="p">{m.directoryEdit}</Caption1>
      </div>
      {outcome.mappings.length > 0 && (
        <div>
          <Subtitle2>{m.mappingsTitle}</Subtitle2>
          <ul className={styles.list} data-testid="import-mappings">
            {outcome.mappings.map(({ column, header, field }) => (
              <li key={column}>
                <Caption1>{m.mapping(column, header, gridFieldLabels[field])}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.problems.length === 0 ? (
        <Caption1>{m.allRead}</Caption1>
      ) : (
        <div>
          <Subtitle2>{m.problemsTitle(outcome.problems.length)}</Subtitle2>
          <ul className={styles.list} data-testid="import-problems">
            {outcome.problems.map((problem, i) => (
              <li key={i} className={styles.problem}>
                <Caption1>{problemText(problem)}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
