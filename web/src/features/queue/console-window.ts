/**
 * The window a clerk last chose on this device (叫号工作台), remembered per user: on a shared desk PC
 * each clerk finds their own window preselected after logging in. Pure: unit-tested in console-window.test.ts.
 */

/** The localStorage key of `userId`'s last chosen window. */
export function consoleWindowKey(userId: string): string {
  return `lawhall.console.windowId.${userId}`;
}

/**
 * The window to preselect: the saved one while the user's windows load and when it is still one of them
 * (a window since removed or of another organisation is not), else none (the picker asks).
 */
export function preselectWindow(
  saved: string | null | undefined,
  windows: readonly { id: string }[] | undefined,
): string | undefined {
  if (!saved) return undefined;
  return !windows || windows.some((w) => w.id === saved) ? saved : undefined;
}
