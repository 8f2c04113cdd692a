/**
 * The status chart above a summary table, loaded on first use as a chunk of its own (the start-up
 * bundle stays small). While it loads the pane says so; should the chunk fail to load, the pane
 * says so and the table below still gives the numbers.
 */
import { Body1 } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { onFirstUse, STATUS_CHART_SERIES } from '../../app/index.js';
import { taskpaneMessages } from '../../domain/messages/index.js';
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

/** The chart of the rows' statuses, in the colours of the sheets' charts. */
export function SummaryChart(props: Omit<StatusChartProps, 'series'>) {
  return (
    <ChartBoundary>
      <Suspense fallback={<Body1>{say.loading}</Body1>}>
        <StatusChart {...props} series={STATUS_CHART_SERIES} />
      </Suspense>
    </ChartBoundary>
  );
}
