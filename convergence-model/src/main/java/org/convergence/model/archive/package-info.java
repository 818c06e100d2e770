/**
 * The model archive ({@link ModelArchive}): every model the retrain job trains, kept under one root folder with the
 * provenance and champion/challenger evaluation it is handed, and the pointer to the model in service
 * ({@link ChampionRecord}, {@code champion.json}, written last on promotion); the root is a local directory or a
 * {@code gs://} bucket through the java.nio file system google-cloud-nio adds on the cloud modules' class path. Plain
 * {@code java.nio} files, Jackson for the pointer only: the model file's format is {@code model.file}'s, the promotion
 * decision {@code model.selection}'s; no Cloud Storage client, SQL or HTTP here.
 */
package org.convergence.model.archive;
