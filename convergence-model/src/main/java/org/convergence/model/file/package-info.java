/**
 * The model file: a trained plain-LEAR (mean ensemble), gbm or naive model as one JSON document ({@link ModelFile},
 * format version 1) with its {@link Provenance} (after Tribuo's: data set and SHA-256, training window, features,
 * hyper-parameters, library versions, measured accuracy) and a point model's quantile offsets; {@link ModelFiles}
 * writes it atomically, reads it (Jackson) and turns it into a {@code PriceModel} and back, gbm's Smile trees
 * Java-serialised in Base64. Only the file format lives here: where files are kept and which one serves is
 * {@code model.archive}'s; no recipe, SQL or HTTP.
 */
package org.convergence.model.file;
