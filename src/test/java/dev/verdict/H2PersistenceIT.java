package dev.verdict;

/** The persistence contract on the embedded default, an H2 file database. */
class H2PersistenceIT extends PersistenceContract {
}
