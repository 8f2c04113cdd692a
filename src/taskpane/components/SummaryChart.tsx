/**
 * The status chart above a summary table, loaded on first use as a chunk of its own (the start-up
 * bundle stays small). While it loads the pane says so; should the chunk fail to load, the pane
 * says so and the table below still gives the numbers.
 */
import { Body1 } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { taskpaneMessages } from '../../domain/messages/index.js';
import { onFirstUse } from '../lazy.js';
import type { StatusChartProps } from './StatusChart.js';

const say = taskpaneMessages.summary.chart;

const StatusChart = lazy(onFirstUse(() => import(/* webpackChunkName: "chart" */ './StatusChart.js').then((module) => ({ default: module.StatusChart }))));

class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <Body1>{say.failed}</Body1> : this.props.children;
  }
}

export function SummaryChart(props: StatusChartProps) {
  return (
    <ChartBoundary>
      <Suspense fallback={<Body1>{say.loading}</Body1>}>
        <StatusChart {...props} />
      </Suspense>
    </ChartBoundary>
  );
}
