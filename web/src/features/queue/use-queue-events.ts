import { useEffect, useRef, useState } from 'react';
import type { CallEvent } from './types';

export interface QueueEventHandlers {
  /** A ticket was called or recalled to a window. */
  onCall?: (event: CallEvent) => void;
  /** Something on the board changed (a call, a finish, a new ticket, a window paused): refetch. */
  onBoard?: () => void;
  /** The stream (re)opened: events may have been missed while it was down, so refetch too. */
  onOpen?: () => void;
}

/**
 * Listens to GET /api/queue/events (server-sent events, no login). EventSource reconnects by itself
 * after a drop; the handlers live in a ref so callers need not memoise them. Returns whether the
 * stream is connected now (the display board shows a small notice when it is not).
 */
export function useQueueEvents(handlers: QueueEventHandlers, enabled = true): boolean {
  const ref = useRef(handlers);
  ref.current = handlers;
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/queue/events');
    source.onopen = () => {
      setConnected(true);
      ref.current.onOpen?.();
    };
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    const onCall = (event: MessageEvent<string>) => {
      try {
        ref.current.onCall?.(JSON.parse(event.data) as CallEvent);
      } catch {
        // A malformed event is ignored; the next 'board' event brings the board up to date.
      }
    };
    const onBoard = () => ref.current.onBoard?.();
    source.addEventListener('call', onCall);
    source.addEventListener('board', onBoard);
    return () => {
      source.removeEventListener('call', onCall);
      source.removeEventListener('board', onBoard);
      source.close();
      setConnected(false);
    };
  }, [enabled]);

  return connected;
}
