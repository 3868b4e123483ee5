package dev.strata.stack.plan;

import dev.strata.stack.plan.SettingsSchema.Kind;
import dev.strata.stack.plan.SettingsSchema.Setting;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Turns Felix Metatype's answer to a value out of range into one that names the bound. Its
 * {@code AttributeDefinition.validate} answers with a resource key, such as {@code %less than
 * minimum} (or, localized without a resource, {@code less than minimum}), and the Metatype API
 * (105.15) exposes no minimum or maximum, so for whole numbers the bound is found by asking
 * {@code validate} itself, by bisection: at most 64 calls, and exact.
 */
final class RangeMessages {

    private static final String BELOW = "less than minimum";
    private static final String ABOVE = "greater than maximum";
    private static final Set<String> OTHER_KEYS =
            Set.of("invalid value", "not a valid option", "missing required value");

    /** How far the search looks for a bound of a long setting; keeps {@code high - low} from overflowing. */
    private static final long LONG_REACH = Long.MAX_VALUE / 4;

    private RangeMessages() {}

    /** What to tell the user for {@code text}, given Metatype's {@code answer} to it. */
    static String describe(Setting setting, String text, String answer) {
        String key = answer.startsWith("%") ? answer.substring(1) : answer;
        boolean whole = setting.kind() == Kind.INTEGER || setting.kind() == Kind.LONG;
        if (key.equals(BELOW)) {
            return whole
                    ? "give " + smallestAccepted(setting, Long.parseLong(text.strip())) + " or more"
                    : "give a larger value";
        }
        if (key.equals(ABOVE)) {
            return whole
                    ? "give at most " + largestAccepted(setting, Long.parseLong(text.strip()))
                    : "give a smaller value";
        }
        if (OTHER_KEYS.contains(key)) {
            return "it is not a value this setting takes (" + key + ")";
        }
        return answer;
    }

    private static long smallestAccepted(Setting setting, long refused) {
        long top = setting.kind() == Kind.INTEGER ? Integer.MAX_VALUE : LONG_REACH;
        return firstTrue(refused, top, value -> !answers(setting, value, BELOW));
    }

    private static long largestAccepted(Setting setting, long refused) {
        long bottom = setting.kind() == Kind.INTEGER ? Integer.MIN_VALUE : -LONG_REACH;
        return firstTrue(bottom, refused, value -> answers(setting, value, ABOVE)) - 1;
    }

    private static boolean answers(Setting setting, long value, String key) {
        String answer = setting.validate().apply(String.valueOf(value));
        return answer != null && (answer.equals(key) || answer.equals("%" + key));
    }

    /** The least value in {@code (low, high]} for which the monotone {@code test} holds. */
    private static long firstTrue(long low, long high, LongPredicate test) {
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (test.test(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }
}
