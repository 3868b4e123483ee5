package dev.strata.vectorio;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of one {@code inline::lucene} provider, as its factory configuration holds them. */
@ObjectClassDefinition(
        id = LuceneVectorIOComponent.PID,
        name = "Strata Lucene vector stores",
        description = "Vector stores on Apache Lucene: one index per store, HNSW vectors, BM25 text and attribute"
                + " filters; file batches run as scheduler jobs.")
public @interface LuceneConfig {

    @AttributeDefinition(
            name = "Provider id",
            description = "The provider's id; consumers choose it with a target filter such as (provider.id=lucene).")
    String provider_id();

    @AttributeDefinition(name = "Provider type", description = "Always inline::lucene.")
    String provider_type() default LuceneVectorIOComponent.PROVIDER_TYPE;

    @AttributeDefinition(
            name = "Storage folder",
            description = "The folder of the indexes, absolute or relative to the data folder (karaf.data); each"
                    + " provider keeps its stores in a subfolder named by its id.")
    String storage_dir() default "vectorio";

    @AttributeDefinition(
            name = "Embedding model",
            description = "The model of stores created without one; empty for the first model the inference"
                    + " provider serves.")
    String embedding_model() default "";

    @AttributeDefinition(
            name = "Batch concurrency",
            description = "How many files of one file batch are ingested at once.",
            min = "1",
            max = "64")
    int batch_concurrency() default 2;
}
