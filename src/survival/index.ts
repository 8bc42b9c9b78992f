/** Survival stack, ACB v6 and the MC-Forewarner gate: posture control that degrades, never dies. */
export * from './pending-update.js';
export * from './survival-config.js';
export * from './survival-snapshot.js';
export * from './sensor-plugin.js';
export * from './built-in-sensors.js';
export * from './bounded-recovery.js';
export * from './posture-hysteresis.js';
export * from './survival-controller.js';
export * from './posture-effects.js';
export * from './posture-gate.js';
export * from './posture-cell.js';
export * from './survival-monitor.js';
export * from './posture-update.js';
export * from './publish-schedule.js';
export * from './sensor-replay.js';
export * from './survival-stack.js';
