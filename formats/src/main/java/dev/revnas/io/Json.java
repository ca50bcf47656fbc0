package dev.revnas.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one Jackson configuration of formats, nas-core and the command line (the services use Spring
 * Boot's). Reading is strict, as Jackson's default is: an unknown field fails, naming it. Files people
 * read are indented; configs and model manifests leave out nulls.
 */
public final class Json {
    /** Trees, records and maps; compact output. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** Like {@link #MAPPER}, but leaves null fields out when writing (configs, model manifests). */
    public static final ObjectMapper WITHOUT_NULLS = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Indented output, for files in a run's or a model's directory. */
    public static final ObjectWriter PRETTY = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** A reader that ignores fields it does not know: for files a newer version may have written more into. */
    public static ObjectReader lenient(Class<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
