import { Body1 } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { messageOf } from './useOperation.js';

/**
 * Around a section whose code loads on first use (React.lazy): when its chunk cannot be fetched,
 * the section says so in Chinese (onFirstUse turns the failure into a DubanError) and the rest of
 * the pane keeps working.
 */
export class ChunkBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) return <Body1 role="alert">{messageOf(this.state.error)}</Body1>;
    return this.props.children;
  }
}
