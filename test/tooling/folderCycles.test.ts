import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';

/** Every .ts/.tsx file under `dir`, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** Which folders of `top` (shared, renderer) import which: an edge per folder pair, from every import and re-export. */
function folderGraph(top: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const folderOf = (file: string) => {
    const parts = path.relative(top, file).split(path.sep);
    return parts.length > 1 ? parts[0]! : null;
  };
  for (const file of sources(top)) {
    const from = folderOf(file);
    if (!from) continue;
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
      const target = path.normalize(path.join(path.dirname(file), spec!));
      if (!target.startsWith(top + path.sep)) continue;
      const to = folderOf(target);
      if (to && to !== from) {
        if (!graph.has(from)) graph.set(from, new Set());
        graph.get(from)!.add(to);
      }
    }
  }
  return graph;
}

/** A cycle of folders (a → b → … → a), or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('no two folders import each other', () => {
  it.each(['shared', 'renderer'])('the folders of %s/ import one another without a cycle', (top) => {
    const graph = folderGraph(top);
    expect(graph.size).toBeGreaterThanOrEqual(3);
    expect(findCycle(graph)).toBeNull();
  });

  it('the cycle finder finds a cycle of folders', () => {
    const graph = new Map([
      ['engine', new Set(['checks', 'model'])],
      ['checks', new Set(['engine'])],
    ]);
    expect(findCycle(graph)).toEqual(['engine', 'checks', 'engine']);
  });
});
