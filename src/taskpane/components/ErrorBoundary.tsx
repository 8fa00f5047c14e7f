import * as React from "react";

export interface ErrorBoundaryProps {
  /** Shown instead of the children when they throw while rendering. */
  fallback: React.ReactNode;
  children?: React.ReactNode;
}

/** Keeps a failing part (e.g. a chart in an old webview) from taking the whole pane down. */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
