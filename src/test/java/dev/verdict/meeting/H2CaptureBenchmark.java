package dev.verdict.meeting;

/** {@link CaptureBenchmark} on the embedded H2 database. */
class H2CaptureBenchmark extends CaptureBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
