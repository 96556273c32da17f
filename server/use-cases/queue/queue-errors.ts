import { AppError, badInput, conflict, notFound } from '@core/errors';
import type { TicketError } from '@core/queue/ticket-status';

/** The typed errors of the queue (docs/queue-api.md). Messages are Chinese, for staff and citizens. */
export const queueErrors = {
  ticketNotFound: () => notFound('QUEUE.TICKET_NOT_FOUND', '号票不存在'),
  windowNotFound: () => notFound('QUEUE.WINDOW_NOT_FOUND', '窗口不存在'),
  windowNotOpen: (status: string) =>
    conflict(
      'QUEUE.WINDOW_NOT_OPEN',
      status === 'paused' ? '窗口已暂停服务，请先恢复服务再叫号' : '窗口已关闭，不能叫号',
      { status },
    ),
  empty: () => notFound('QUEUE.EMPTY', '当前没有等候的号'),
  wrongWindow: () => conflict('QUEUE.WRONG_WINDOW', '该号不在本窗口，不能操作'),
  unknownService: (field = 'serviceCode') => badInput('QUEUE.UNKNOWN_SERVICE', '未知的服务事项', field),
  serviceUnavailable: (field = 'serviceCode') =>
    new AppError('conflict', 'QUEUE.SERVICE_UNAVAILABLE', '本中心暂无窗口办理该事项', field),
  hallClosed: (message: string, details: unknown) =>
    new AppError('conflict', 'QUEUE.HALL_CLOSED', message, undefined, details),
  sequenceExhausted: () => conflict('QUEUE.SEQUENCE_EXHAUSTED', '该事项今日号码已发完'),
  invalidAt: (message: string) => badInput('QUEUE.INVALID_AT', message, 'at'),
};

const payloadFields: Record<string, string> = { toServiceCode: 'serviceCode', toWindowId: 'windowId' };

/**
 * A refusal of core/queue/ticket-status as an AppError: QUEUE.INVALID_TRANSITION → 409 (the ticket's
 * status does not allow the action, e.g. another console got there first), QUEUE.INVALID_PAYLOAD → 400
 * with the request field at fault.
 */
export function fromTicketError(error: TicketError): AppError {
  if (error.code === 'QUEUE.INVALID_TRANSITION') {
    return new AppError('conflict', error.code, error.message, undefined, error.details);
  }
  const field = error.field === undefined ? undefined : (payloadFields[error.field] ?? error.field);
  return badInput(error.code, error.message, field, error.details);
}
