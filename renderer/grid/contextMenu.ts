/** One line of the right-click menu. */
export interface MenuItem {
  readonly name: string;
  readonly label: string;
  readonly shortcut: string;
  readonly enabled: boolean;
  run(): void;
}

let open: { element: HTMLElement; close: () => void } | null = null;

export function closeContextMenu(): void {
  open?.close();
}

/**
 * The grid's right-click menu (in the page, in Chinese, as Excel's): plain
 * DOM at the pointer; closes on a choice, Esc, or a click elsewhere.
 */
export function openContextMenu(x: number, y: number, items: readonly MenuItem[], onClose: () => void): void {
  closeContextMenu();
  const menu = document.createElement('div');
  menu.className = 'grid-menu';
  menu.setAttribute('role', 'menu');
  menu.dataset['testid'] = 'grid-menu';
  for (const item of items) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    button.dataset['testid'] = `grid-menu-${item.name}`;
    button.disabled = !item.enabled;
    const label = document.createElement('span');
    label.textContent = item.label;
    const keys = document.createElement('span');
    keys.className = 'grid-menu-keys';
    keys.textContent = item.shortcut;
    button.append(label, keys);
    button.addEventListener('click', () => {
      close();
      item.run();
    });
    menu.appendChild(button);
  }
  const outside = (e: Event) => {
    if (!menu.contains(e.target as Node)) close(true);
  };
  const onKey = (e: KeyboardEvent) => {
    const buttons = [...menu.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close(true);
    else if (e.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  function close(refocus = false) {
    if (open?.element !== menu) return;
    open = null;
    menu.remove();
    document.removeEventListener('pointerdown', outside, true);
    document.removeEventListener('keydown', onKey, true);
    if (refocus) onClose();
  }
  document.body.appendChild(menu);
  const box = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width - 2))}px`;
  menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height - 2))}px`;
  document.addEventListener('pointerdown', outside, true);
  document.addEventListener('keydown', onKey, true);
  open = { element: menu, close: () => close() };
  menu.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
}
