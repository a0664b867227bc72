package org.bilat.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilat.model.Extraction;

/**
 * An extraction as JSON with every field of its records (the document's text, mention types, evidence ends), so that
 * the driver stores exactly what an executor extracted; the schema's record leaves some of these out.
 */
final class ExtractionCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionCodec() {}

    static String write(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an extraction as JSON", e);
        }
    }

    static Extraction read(String json) {
        try {
            return MAPPER.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an extraction written by this job", e);
        }
    }
}
