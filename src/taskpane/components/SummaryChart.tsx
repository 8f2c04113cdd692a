/**
 * The status chart above a summary table and the lights over the periods above the alerts, loaded
 * on first use as one chunk of their own (the start-up bundle stays small). While it loads the pane says so; should the chunk fail to load, the pane
 * says so and the table below still gives the numbers.
 */
import { Body1 } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { LIGHT_CHART_SERIES, onFirstUse, STATUS_CHART_SERIES } from '../../app/index.js';
import { taskpaneMessages } from '../../domain/messages/index.js';
import type { StatusChartProps } from './StatusChart.js';
import type { LightsChartProps } from './LightsChart.js';

const say = taskpaneMessages.summary.chart;

const StatusChart = lazy(onFirstUse(() => import(/* webpackChunkName: "chart" */ './StatusChart.js').then((module) => ({ default: module.StatusChart }))));

// The same chunk name: webpack puts both charts in one file, fetched once.
const LightsChart = lazy(onFirstUse(() => import(/* webpackChunkName: "chart" */ './LightsChart.js').then((module) => ({ default: module.LightsChart }))));

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

/** 红灯 and 黄灯 over the periods, in the colours of the sheets' line chart. */
export function LightsTrendChart(props: Omit<LightsChartProps, 'series'>) {
  return (
    <ChartBoundary>
      <Suspense fallback={<Body1>{say.loading}</Body1>}>
        <LightsChart {...props} series={LIGHT_CHART_SERIES} />
      </Suspense>
    </ChartBoundary>
  );
}
