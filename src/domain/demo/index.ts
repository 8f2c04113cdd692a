export { fillDemoReturns, type DemoOutcome, type DemoReturn, type DemoPlanInput } from './fill.js';
