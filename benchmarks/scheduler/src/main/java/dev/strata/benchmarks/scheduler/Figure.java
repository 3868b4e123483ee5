package dev.strata.benchmarks.scheduler;

/**
 * One figure: Strata's value and the peer's, their ratio, and the target Strata is held to, if
 * any.
 *
 * @param name what was measured, with its number in the header of {@code run.sh}
 * @param unit the unit of both values
 * @param higherIsBetter whether a higher value is the better one (throughput) or not (time)
 * @param strata Strata's value
 * @param peer db-scheduler's value
 * @param target the target, or {@code null} for a figure shown for insight only
 */
record Figure(String name, String unit, boolean higherIsBetter, double strata, double peer, Target target) {

    /** Strata's value over the peer's. */
    double ratio() {
        return strata / peer;
    }

    /** A target: a least ratio of Strata's value to the peer's, or a most for Strata's value. */
    record Target(boolean onRatio, double bound) {

        static Target ratioAtLeast(double ratio) {
            return new Target(true, ratio);
        }

        static Target strataAtMost(double value) {
            return new Target(false, value);
        }

        boolean isMet(Figure figure) {
            return onRatio ? figure.ratio() >= bound : figure.strata() <= bound;
        }

        String describe(Figure figure) {
            return onRatio
                    ? String.format("Strata/db-scheduler >= %.1fx, measured %.2fx", bound, figure.ratio())
                    : String.format(
                            "Strata <= %s %s, measured %.3f %s", bound, figure.unit(), figure.strata(), figure.unit());
        }
    }
}
