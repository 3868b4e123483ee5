package dev.strata.benchmarks.scheduler;

import java.util.List;

/** Prints the figures as one table, then a line per target: met or not met, with the figure. */
final class Report {

    private Report() {}

    static void print(Sizes sizes, List<Figure> figures) {
        System.out.println();
        System.out.printf(
                "Strata inline scheduler vs db-scheduler on PostgreSQL at %s (%s run)%n", Postgres.URL, sizes.mode());
        System.out.printf(
                "%-46s %-7s %-7s %13s %13s %11s%n", "figure", "unit", "better", "Strata", "db-scheduler", "Strata/db");
        for (Figure figure : figures) {
            System.out.printf(
                    "%-46s %-7s %-7s %13.3f %13.3f %10.2fx%n",
                    figure.name(),
                    figure.unit(),
                    figure.higherIsBetter() ? "higher" : "lower",
                    figure.strata(),
                    figure.peer(),
                    figure.ratio());
        }
        System.out.println();
        System.out.println("targets:");
        for (Figure figure : figures) {
            if (figure.target() != null) {
                System.out.printf(
                        "  %-46s %-8s %s%n",
                        figure.name(),
                        figure.target().isMet(figure) ? "met" : "NOT MET",
                        figure.target().describe(figure));
            }
        }
    }
}
