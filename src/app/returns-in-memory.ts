/**
 * Returned files already in memory (chosen or dropped in the pane), read one after another with
 * the same bounded reader the CLI's workers use; the browser gets a breath between files so
 * progress shows and 取消 can be pressed.
 */
import { localIso } from '../domain/datetime.js';
import { throwIfCancelled } from '../domain/operation.js';
import type { ReturnFile } from '../domain/returns/index.js';
import { returnReaderModule } from './lazy.js';
import type { InputFile, ReturnSource } from './ports.js';

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Names as the report shows them: the file name, numbered when two inputs share one. */
export function shownNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}（${count}）`;
  });
}

export function returnsInMemory(inputs: readonly InputFile[]): ReturnSource {
  return {
    async read(options) {
      const { readReturnBytes } = await returnReaderModule();
      const names = shownNames(inputs.map((input) => input.name));
      const files: ReturnFile[] = [];
      for (const [index, input] of inputs.entries()) {
        throwIfCancelled(options.signal);
        options.onProgress?.({ done: index, total: inputs.length, note: names[index] });
        await breathe();
        const mtime = input.lastModified !== undefined ? localIso(new Date(input.lastModified)) : undefined;
        files.push(await readReturnBytes(input.bytes, { file: names[index], name: input.name, mtime }));
      }
      options.onProgress?.({ done: inputs.length, total: inputs.length });
      return { files };
    },
  };
}
