package org.convergence.core.store;

/** The in-memory fake keeps the same contract as the database store. */
class InMemoryStoreTest extends ConvergenceStoreContract {
  @Override
  protected ConvergenceStore emptyStore() {
    return new InMemoryStore();
  }
}
