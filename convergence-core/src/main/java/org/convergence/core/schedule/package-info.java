/**
 * When the unattended daemon does what: a pure scheduling policy. {@link org.convergence.core.schedule.SchedulePolicy}
 * turns a clock instant, the {@link org.convergence.core.schedule.Schedule} (run time, back-off, settlement delay)
 * and what is already done ({@link org.convergence.core.schedule.ScheduleState}: which days are traded, settled,
 * failed, reported) into one {@link org.convergence.core.schedule.ScheduledAction}: run a market day, settle a past
 * one, report a missed gate, send the daily heartbeat, or idle until an instant. No clock, sleeping, I/O or logging
 * here: the daemon in the local runner executes the actions and feeds their results back.
 */
package org.convergence.core.schedule;
