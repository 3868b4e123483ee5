package dev.strata.scheduler.component;

import dev.strata.api.scheduler.JobExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * Reads a {@link JobExecutor} service's properties as the whiteboard defines them: {@code
 * job.type} as a {@code String}, {@code String[]} or {@code Collection}; {@code service.ranking}
 * an {@code Integer}, anything else 0 (Core 5.2.5: a ranking that is not an Integer is 0).
 */
final class ExecutorProperties {

    private ExecutorProperties() {}

    static long id(Map<String, ?> properties) {
        return ((Number) properties.get(Constants.SERVICE_ID)).longValue();
    }

    static int ranking(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    /** The names as given; the engine checks and logs each. */
    static List<String> types(Map<String, ?> properties) {
        Object value = properties.get(JobExecutor.JOB_TYPE);
        List<String> types = new ArrayList<>();
        if (value instanceof String type) {
            types.add(type);
        } else if (value instanceof String[] array) {
            types.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(type -> types.add(String.valueOf(type)));
        }
        return types;
    }
}
