package org.example.wordcount;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of an {@code example::word_count} provider. In {@code etc/run.yaml} they are
 * spelt with underscores ({@code min_word_length}); Declarative Services maps each {@code _} of a
 * method name to {@code .} (DS 1.5, section 112.8.2.1), as the stack does for run config keys.
 */
@ObjectClassDefinition(
        name = "Example word count",
        description = "Counts the words of a text given in a word_count job's data.")
@interface WordCountConfig {

    @AttributeDefinition(name = "Provider id", description = "The provider's id from the run config.")
    String provider_id();

    @AttributeDefinition(
            name = "Shortest word",
            description = "Words with fewer letters than this are not counted.",
            min = "1")
    int min_word_length() default 1;

    @AttributeDefinition(name = "Fold case", description = "Count 'The' and 'the' as one word.")
    boolean lowercase() default true;

    @AttributeDefinition(name = "Top words", description = "How many of the most frequent words to report.", min = "0")
    int top() default 10;
}
