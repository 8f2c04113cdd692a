/**
 * The domain's capabilities form layers: a folder of src/domain (units, summarize, master, …) may
 * use the folders below it, never one that uses it back. A loop between folders means neither can
 * be understood, tested or loaded without the other. Top-level modules (vocabulary.ts, hash.ts, …)
 * count as one node each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../helpers/cli.js';

const DOMAIN = join(projectRoot, 'src', 'domain');

/**
 * Edges that close a loop only while callers outside the domain move to the new home of what they
 * use. Each names the file that still holds the edge; delete the entry with the line.
 */
const MOVING: ReadonlyArray<{ from: string; to: string; file: string }> = [];

type Graph = Map<string, Map<string, string[]>>;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder under src/domain a file belongs to, or the file's own name for a top-level module. */
function nodeOf(file: string): string {
  const parts = relative(DOMAIN, file).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.tsx?$/, '');
}

/** Folder → folder → the files (and specifiers) that make the edge: static, dynamic and re-exports. */
function domainGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(DOMAIN)) {
    const from = nodeOf(file);
    const local = relative(DOMAIN, file).split(sep).join('/');
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName.replace(/\.js$/, '.ts'));
      if (!target.startsWith(DOMAIN + sep)) continue;
      const to = nodeOf(target);
      if (to === from || MOVING.some((edge) => edge.from === from && edge.to === to && edge.file === local)) continue;
      const targets = graph.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), `${local} → ${fileName}`]);
      graph.set(from, targets);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one node (Tarjan), each sorted, the list sorted. */
function loops(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort();
}

/** The imports inside one loop, so a failure says which lines to move. */
function edgesWithin(graph: Graph, group: readonly string[]): string[] {
  return group.flatMap((from) => [...(graph.get(from) ?? [])].filter(([to]) => group.includes(to)).flatMap(([to, files]) => files.map((file) => `${from} → ${to}: ${file}`)));
}

describe('the domain folders', () => {
  test('the loop finder reports a loop of three folders and nothing for a chain', () => {
    const edge = (pairs: string[][]): Graph => {
      const graph: Graph = new Map();
      for (const [from, to] of pairs) graph.set(from!, new Map([...(graph.get(from!) ?? []), [to!, ['x']]]));
      return graph;
    };
    expect(loops(edge([['master', 'summarize'], ['summarize', 'returns'], ['returns', 'master'], ['returns', 'units']]))).toEqual([['master', 'returns', 'summarize']]);
    expect(loops(edge([['master', 'summarize'], ['summarize', 'returns'], ['returns', 'units']]))).toEqual([]);
  });

  test('import one another in no loop', () => {
    const graph = domainGraph();
    // The graph is real: the master builds on summaries, the returns on units.
    expect([...(graph.get('master')?.keys() ?? [])]).toContain('summarize');
    expect([...(graph.get('returns')?.keys() ?? [])]).toContain('units');
    expect(loops(graph).map((group) => edgesWithin(graph, group))).toEqual([]);
  });

  test('each temporary exception still holds its edge (else it must be deleted)', () => {
    for (const edge of MOVING) {
      const text = readFileSync(join(DOMAIN, edge.file), 'utf8');
      expect(text).toContain(`'../${edge.to}/`);
    }
  });
});
