package dev.strata.api.vectorio;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How a {@link SearchMode#HYBRID} search merges its vector and keyword rankings: {@link Rrf}
 * (the default) or {@link Weighted}. Immutable.
 */
@ProviderType
public sealed interface Ranker permits Ranker.Rrf, Ranker.Weighted {

    /** Reciprocal rank fusion with the usual impact factor of 60. */
    Rrf DEFAULT = new Rrf(Rrf.DEFAULT_IMPACT_FACTOR);

    /**
     * Returns the ranker's wire name, the {@code type} field of its JSON object.
     *
     * @return {@code "rrf"} or {@code "weighted"}
     */
    String type();

    /**
     * Reciprocal rank fusion: a chunk scores the sum, over the rankings it appears in, of {@code
     * 1 / (impactFactor + rank)}, ranks counting from 1. A larger factor flattens the
     * difference between high and low ranks.
     *
     * @param impactFactor the constant added to each rank, greater than 0 and finite
     */
    @ProviderType
    record Rrf(double impactFactor) implements Ranker {

        /** The impact factor used when a request names none: {@value}. */
        public static final double DEFAULT_IMPACT_FACTOR = 60.0;

        /**
         * Validates the factor.
         *
         * @throws IllegalArgumentException if {@code impactFactor} is not a finite number above
         *     0
         */
        public Rrf {
            if (!(impactFactor > 0) || Double.isInfinite(impactFactor)) {
                throw new IllegalArgumentException(
                        "impact_factor is " + impactFactor + "; use a finite number above 0, such as 60");
            }
        }

        @Override
        public String type() {
            return "rrf";
        }
    }

    /**
     * A weighted sum of the two scores, each first scaled to 0..1 over the candidates: {@code
     * alpha * vector + (1 - alpha) * keyword}.
     *
     * @param alpha the weight of the vector score, from 0 (keyword only) to 1 (vector only)
     */
    @ProviderType
    record Weighted(double alpha) implements Ranker {

        /**
         * Validates the weight.
         *
         * @throws IllegalArgumentException if {@code alpha} is outside 0 to 1
         */
        public Weighted {
            if (!(alpha >= 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha is " + alpha + "; use a value from 0 to 1, such as 0.5");
            }
        }

        @Override
        public String type() {
            return "weighted";
        }
    }
}
