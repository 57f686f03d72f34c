package dev.verdict.meeting.ui;

/** Two tabs' simultaneous Next on the embedded H2 database. */
class ConcurrentNextH2IT extends ConcurrentNextContract {
}
