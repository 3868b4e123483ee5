package dev.strata.files;

import dev.strata.files.store.FileSettings;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of one files provider: a factory configuration of PID {@value
 * FilesComponent#PID}. Property names follow the DS mapping of method names (DS 1.5, section
 * 112.8.2.1): {@code max_file_bytes} reads {@code max.file.bytes}, which is also how the stack
 * spells the run config's {@code max_file_bytes}. The run config's {@code kvstore: {backend,
 * namespace}} becomes the {@code kvstore.target} of the metadata store. Every property is also a
 * service property of the provider.
 */
@ObjectClassDefinition(
        id = FilesComponent.PID,
        name = "Strata local files",
        description = "Uploaded files as blobs in a folder on local disk, their metadata in a KV store.")
public @interface FilesConfig {

    @AttributeDefinition(
            name = "Provider id",
            description = "The provider's id; consumers choose it with a target filter such as (provider.id=localfs).")
    String provider_id();

    @AttributeDefinition(name = "Provider type", description = "Always inline::localfs.")
    String provider_type() default FilesComponent.PROVIDER_TYPE;

    @AttributeDefinition(
            name = "Storage folder",
            description = "The folder of the blobs, absolute or relative to the data folder (karaf.data);"
                    + " no other provider may use it.")
    String storage_dir() default "files";

    @AttributeDefinition(name = "File size limit", description = "The largest file accepted, in bytes.", min = "1")
    long max_file_bytes() default FileSettings.DEFAULT_MAX_FILE_BYTES;

    @AttributeDefinition(name = "Purge interval", description = "Seconds between removals of expired files.", min = "1")
    int purge_interval_seconds() default 60;
}
