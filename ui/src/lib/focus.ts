// Keyboard and focus rules of dialogs: Tab stays inside the open dialog,
// Escape closes the top one wherever focus is, the page behind is inert,
// and focus returns to what opened it.

const TABBABLE = "a[href], button, input, select, textarea, [tabindex]";
const FIELD = "input, select, textarea";

function usable(element: HTMLElement): boolean {
  if ((element as HTMLButtonElement).disabled) return false;
  if (element.getAttribute("tabindex") === "-1") return false;
  if (element instanceof HTMLInputElement && element.type === "hidden") return false;
  return element.closest("[hidden], [inert]") === null;
}

/** What Tab can reach inside `root`, in document order. */
export function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(usable);
}

/**
 * Focuses the first field of `root` (else its first reachable control), so
 * typing can begin at once. Returns whether something took focus.
 */
export function focusFirstField(root: ParentNode | null | undefined, skip?: string): boolean {
  if (!root) return false;
  const candidates = [...Array.from(root.querySelectorAll<HTMLElement>(FIELD)), ...tabbables(root)];
  const target = candidates.find((element) => usable(element) && !(skip && element.matches(skip)));
  target?.focus();
  return target !== undefined;
}

/** Where Tab (or Shift+Tab) from `current` goes among `items`, cycling at the ends. */
export function nextInCycle(items: HTMLElement[], current: Element | null, backwards: boolean): HTMLElement | null {
  if (items.length === 0) return null;
  const at = current ? items.indexOf(current as HTMLElement) : -1;
  if (at === -1) return (backwards ? items[items.length - 1] : items[0]) ?? null;
  const step = backwards ? -1 : 1;
  return items[(at + step + items.length) % items.length] ?? null;
}

/**
 * Marks inert everything outside `panel`: each sibling of the panel and of
 * its ancestors up to the body. Returns what undoes exactly that.
 */
export function inertOutside(panel: HTMLElement): () => void {
  const marked: Element[] = [];
  let element: HTMLElement = panel;
  while (element.parentElement && element !== document.body) {
    for (const sibling of Array.from(element.parentElement.children)) {
      if (sibling === element || sibling.hasAttribute("inert") || sibling.tagName === "SCRIPT") continue;
      sibling.setAttribute("inert", "");
      marked.push(sibling);
    }
    element = element.parentElement;
  }
  return () => {
    for (const sibling of marked) sibling.removeAttribute("inert");
  };
}

interface Layer {
  panel: HTMLElement;
  onclose: () => void;
  opener: Element | null;
  restore: () => void;
}

const layers: Layer[] = [];

function keydown(event: KeyboardEvent) {
  const top = layers[layers.length - 1];
  // A dialog under the lock screen (hidden and inert) takes no keys.
  if (!top || top.panel.parentElement?.closest("[inert], [hidden]")) return;
  if (event.key === "Escape") {
    event.preventDefault();
    event.stopPropagation();
    top.onclose();
  } else if (event.key === "Tab") {
    const items = tabbables(top.panel);
    const current = document.activeElement;
    const inside = current !== null && top.panel.contains(current);
    const at = inside ? items.indexOf(current as HTMLElement) : -1;
    const atEdge = at === -1 || (event.shiftKey ? at === 0 : at === items.length - 1);
    if (!atEdge) return;
    event.preventDefault();
    const next = nextInCycle(items, inside ? current : null, event.shiftKey);
    (next ?? top.panel).focus();
  }
}

/**
 * Opens `panel` as the top dialog: Tab cycles inside it, Escape calls
 * `onclose`, the rest of the page is inert. Returns what closes the layer
 * and gives focus back to the element that had it before.
 */
export function openLayer(panel: HTMLElement, onclose: () => void): () => void {
  if (layers.length === 0) document.addEventListener("keydown", keydown, true);
  const layer: Layer = { panel, onclose, opener: document.activeElement, restore: inertOutside(panel) };
  layers.push(layer);
  return () => {
    const at = layers.indexOf(layer);
    if (at === -1) return;
    layers.splice(at, 1);
    layer.restore();
    if (layers.length === 0) document.removeEventListener("keydown", keydown, true);
    if (layer.opener instanceof HTMLElement && layer.opener.isConnected) layer.opener.focus();
  };
}

/**
 * Brings a message that just appeared into sight (a Svelte action), so an
 * error or result is never drawn outside the visible area.
 */
export function reveal(node: HTMLElement): void {
  node.scrollIntoView?.({ block: "nearest" });
}
