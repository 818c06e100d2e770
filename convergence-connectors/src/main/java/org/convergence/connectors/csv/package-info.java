/**
 * Opening CSV text the same way for every reader: UTF-8 with or without a byte-order mark, gzip by the
 * {@code .gz} suffix, and a binary file refused with one line naming it. Parsing each format stays with its reader.
 */
package org.convergence.connectors.csv;
