/**
 * The dashboard's files and local server: {@link DashboardJson} writes and reads its JSON (schema version 1, documented
 * in {@code docs/dashboard-data.md}: {@code index.json}, one {@code <market-day>.json} per day, {@code backtest.json});
 * {@link FileSystemDashboardPublisher} is core's {@link org.convergence.core.dashboard.DashboardPublisher} port on a
 * directory (each file written whole, an unreadable index never overwritten); {@link DashboardServer} serves the static
 * site and those files on loopback (Javalin). What a day shows ({@link org.convergence.core.dashboard.DashboardDay}) is
 * built in core; publishing to a bucket is the cloud runner's ({@code org.convergence.cloud.storage}), and the page
 * itself is in {@code web/static}.
 */
package org.convergence.connectors.dashboard;
