import { Component, type ReactNode } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';
import { UiError } from '../ui-error';

interface State {
  readonly error: UiError | null;
}

/** Turns a crash while rendering a surface body into the same translated message as any other error. */
export class RenderErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    const message = error instanceof Error ? error.message : String(error);
    return { error: new UiError('RENDER', message, { cause: error }) };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorMessage
        error={this.state.error}
        onRetry={() => {
          this.setState({ error: null });
        }}
      />
    );
  }
}
