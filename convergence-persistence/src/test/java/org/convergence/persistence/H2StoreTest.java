package org.convergence.persistence;

/** The store contract on an embedded H2 database in MySQL mode (always runs). */
class H2StoreTest extends JdbcStoreContract {
  @Override
  protected DatabaseConfig newDatabase() {
    return TestDatabases.freshH2();
  }
}
