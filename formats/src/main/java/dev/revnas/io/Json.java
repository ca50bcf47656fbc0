package dev.revnas.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of formats, nas-core and the command line (the services use Spring
 * Boot's; both are Jackson 3). Reading is strict: an unknown field fails, naming it, and so does
 * anything after the value. Files people read are indented; configs and model manifests leave out
 * nulls.
 *
 * <p>Jackson 3 changed some defaults that Jackson 2 had; the ones set here keep the bytes this
 * project wrote before (the experiment record digests configs and genotypes as written, and
 * committed files compare byte for byte): properties in declaration order rather than alphabetical,
 * enums by name rather than by toString, and an absent or null primitive read as its default.
 */
public final class Json {
    /** Trees, records and maps; compact output. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .build();

    /** Like {@link #MAPPER}, but leaves null fields and null map values out when writing (configs, model manifests). */
    public static final ObjectMapper WITHOUT_NULLS = MAPPER.rebuild()
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    /** Indented output, for files in a run's or a model's directory. */
    public static final ObjectWriter PRETTY = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** A reader that ignores fields it does not know: for files a newer version may have written more into. */
    public static ObjectReader lenient(Class<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
