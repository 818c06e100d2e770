/**
 * Cloud Storage for the cloud service: {@link BucketDashboardPublisher} is core's {@link
 * org.convergence.core.dashboard.DashboardPublisher} port on a bucket prefix, writing the same files in the same format
 * as the local directory publisher, each object whole with {@code Cache-Control: no-cache}; {@link GcsLocation} splits
 * a {@code gs://bucket/prefix}. The files' JSON is the connectors' {@code DashboardJson}, and the model archive in the
 * bucket is convergence-model's {@code ModelArchive}, read through google-cloud-nio, not here.
 */
package org.convergence.cloud.storage;
