import { asCategoryId, newId } from '../model/ids.ts';
import type { Category, Plan } from '../model/plan.ts';
import type { Command } from './command.ts';

/** A new category with no money yet. */
export function blankCategory(name: string, id: string = newId('c')): Category {
  return { id: asCategoryId(id), name, aliases: [], byYear: {} };
}

/** Adds a category at `index` (past the end appends). Inverse: deletes it. */
export function addCategory(index: number, category: Category, label = '添加类别'): Command {
  return {
    label,
    apply(plan) {
      const at = Math.max(0, Math.min(index, plan.categories.length));
      const categories = [...plan.categories.slice(0, at), category, ...plan.categories.slice(at)];
      return { plan: { ...plan, categories }, inverse: deleteCategory(category.id, label) };
    },
  };
}

/** Deletes a category row with its amounts and aliases. Inverse: puts it back where it was. */
export function deleteCategory(id: string, label = '删除类别'): Command {
  return {
    label,
    apply(plan: Plan) {
      const index = plan.categories.findIndex((c) => c.id === id);
      if (index < 0) return { plan, inverse: deleteCategory(id, label) };
      const removed = plan.categories[index]!;
      const categories = plan.categories.filter((c) => c.id !== id);
      return { plan: { ...plan, categories }, inverse: addCategory(index, removed, label) };
    },
  };
}

/** Renames a category; the old name becomes nothing (aliases are edited on their own). Inverse: the old name. */
export function renameCategory(id: string, name: string, label = '重命名类别'): Command {
  return {
    label,
    apply(plan) {
      const old = plan.categories.find((c) => c.id === id);
      if (!old) return { plan, inverse: renameCategory(id, name, label) };
      const categories = plan.categories.map((c) => (c.id === id ? { ...c, name } : c));
      return { plan: { ...plan, categories }, inverse: renameCategory(id, old.name, label) };
    },
  };
}

/** Sets a category's aliases (other names used in project tables). Inverse: the old aliases. */
export function setCategoryAliases(id: string, aliases: readonly string[], label = '修改类别别名'): Command {
  return {
    label,
    apply(plan) {
      const old = plan.categories.find((c) => c.id === id);
      if (!old) return { plan, inverse: setCategoryAliases(id, aliases, label) };
      const categories = plan.categories.map((c) => (c.id === id ? { ...c, aliases } : c));
      return { plan: { ...plan, categories }, inverse: setCategoryAliases(id, old.aliases, label) };
    },
  };
}

/** Moves a category to position `to` (in the list after removal). Inverse: moves it back. */
export function moveCategory(id: string, to: number, label = '移动类别'): Command {
  return {
    label,
    apply(plan) {
      const from = plan.categories.findIndex((c) => c.id === id);
      if (from < 0) return { plan, inverse: moveCategory(id, to, label) };
      const categories = [...plan.categories];
      const [row] = categories.splice(from, 1);
      categories.splice(Math.max(0, Math.min(to, categories.length)), 0, row!);
      return { plan: { ...plan, categories }, inverse: moveCategory(id, from, label) };
    },
  };
}
