import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Seconds before a failed kiosk starts over by itself (nobody may be there to press a button). */
const RESTART_SECONDS = 15;

/**
 * The kiosk's last line: a render error shows a calm Chinese message and a way back, never a stack
 * trace, and the kiosk restarts by itself after a few seconds.
 */
export class KioskErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For the hall's technician (devtools / remote log); the citizen sees the friendly screen.
    console.error('kiosk crashed', error, info.componentStack);
    this.timer = setTimeout(this.restart, RESTART_SECONDS * 1000);
  }

  override componentWillUnmount(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private restart = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="kiosk">
        <main className="kiosk-main">
          <div className="kiosk-closed" role="alert">
            <h1>系统暂时出了点问题</h1>
            <p>请稍等几秒，机器会自动恢复。</p>
            <p className="kiosk-closed-help">着急办理请找导服台工作人员帮您取号</p>
            <button type="button" className="kiosk-button kiosk-button-primary" onClick={this.restart}>
              返回首页
            </button>
          </div>
        </main>
      </div>
    );
  }
}
