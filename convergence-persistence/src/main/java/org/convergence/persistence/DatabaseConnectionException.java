package org.convergence.persistence;

import org.convergence.core.store.StoreException;

/** The database could not be reached, logged into or migrated. The message names host and database, never secrets. */
public class DatabaseConnectionException extends StoreException {
  public DatabaseConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
