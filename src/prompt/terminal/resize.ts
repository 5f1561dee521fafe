/** What both terminal prompts do when the window changes size. */
import { useEffect, useState } from '@inquirer/core';

// After a resize the old lines may have been rewrapped by the terminal: clear it and start at the top.
const CLEAR_SCREEN = '\x1b[H\x1b[2J';

/**
 * Draws the prompt again, whole and from the top, at every `resize` of `screen`: its text is
 * fitted to the width anew at each drawing.
 */
export function useRedrawOnResize(screen: NodeJS.WritableStream | undefined): void {
  const [, setDrawn] = useState(0);
  useEffect(() => {
    const redraw = () => {
      screen?.write(CLEAR_SCREEN);
      setDrawn((n) => n + 1);
    };
    screen?.on('resize', redraw);
    return () => {
      screen?.off('resize', redraw);
    };
  }, []);
}
