package dev.strata.api.stack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Declares that a bundle serves a provider type of the run config: put it on the Declarative
 * Services component that implements the type, and the build (bnd) turns it into a capability
 * in the {@value #NAMESPACE} namespace of the bundle's manifest. The stack reads these
 * capabilities to know which component a {@code provider_type} of {@code etc/run.yaml} means,
 * which APIs it needs and which job types it executes, before any configuration exists.
 *
 * <p>The component must be configured by factory configurations of {@link #factoryPid()}
 * (configuration policy {@code REQUIRE}, or {@code OPTIONAL} for one that also runs with
 * defaults when no run config entry names it), and should describe its settings with an OSGi
 * Metatype object class definition of that PID, which the stack checks run config values
 * against. Repeat the annotation for each type a bundle serves.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@java.lang.annotation.Repeatable(ServesProviderType.List.class)
@Capability(namespace = ServesProviderType.NAMESPACE)
public @interface ServesProviderType {

    /** The capability namespace: {@value}. */
    String NAMESPACE = "dev.strata.provider";

    /** Capability attribute holding {@link #type()}. */
    String TYPE_ATTRIBUTE = "provider.type";

    /** Capability attribute holding {@link #api()}. */
    String API_ATTRIBUTE = "api";

    /** Capability attribute holding {@link #factoryPid()}. */
    String FACTORY_PID_ATTRIBUTE = "factory.pid";

    /** Capability attribute holding {@link #requires()}. */
    String REQUIRES_ATTRIBUTE = "requires";

    /** Capability attribute holding {@link #optional()}. */
    String OPTIONAL_ATTRIBUTE = "optional";

    /** Capability attribute holding {@link #executes()}. */
    String EXECUTES_ATTRIBUTE = "executes";

    /**
     * The provider type as the run config spells it, {@code KIND::NAME}, for example {@code
     * inline::scheduler}; for a KV backend the backend type, for example {@code kv_derby}.
     */
    @Attribute(TYPE_ATTRIBUTE)
    String type();

    /**
     * The API it serves, as the run config's {@code providers} key spells it, for example
     * {@code job_scheduler}, {@code vector_io} or, for KV backends, {@code kvstore}.
     */
    @Attribute(API_ATTRIBUTE)
    String api();

    /** The factory PID whose configurations create instances of the component. */
    @Attribute(FACTORY_PID_ATTRIBUTE)
    String factoryPid();

    /** The APIs it cannot run without; its component has a mandatory reference to each. */
    @Attribute(REQUIRES_ATTRIBUTE)
    String[] requires() default {};

    /** The APIs it uses when present; optional, dynamic, greedy references. */
    @Attribute(OPTIONAL_ATTRIBUTE)
    String[] optional() default {};

    /** The job types whose executors it registers; the scheduler waits for these by default. */
    @Attribute(EXECUTES_ATTRIBUTE)
    String[] executes() default {};

    /** Holds repeated {@link ServesProviderType} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The annotations. */
        ServesProviderType[] value();
    }
}
