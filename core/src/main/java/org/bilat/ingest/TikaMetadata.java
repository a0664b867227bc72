package org.bilat.ingest;

import java.util.Arrays;
import java.util.Objects;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;

/** The citation in a PDF's or Word document's properties (dc:title, dc:creator, dc:publisher, dcterms:created). */
final class TikaMetadata {
    private TikaMetadata() {}

    static Citation from(Metadata metadata) {
        String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
        String author = creators.length == 0 ? null : String.join(", ", creators);
        String publisher = metadata.get(TikaCoreProperties.PUBLISHER);
        if (publisher == null) {
            publisher = custom(metadata, "publisher");
        }
        String created = metadata.get(TikaCoreProperties.CREATED);
        PublishedDate published = created == null
                ? null
                : DateNormalizer.normalize(created)
                        .map(d -> new PublishedDate(d, "document properties"))
                        .orElse(null);
        return Citation.of(metadata.get(TikaCoreProperties.TITLE), author, publisher, published);
    }

    /** A custom document property (Word: File › Properties › Custom), whatever the case of its name. */
    private static @Nullable String custom(Metadata metadata, String name) {
        return Arrays.stream(metadata.names())
                .filter(n -> n.equalsIgnoreCase("custom:" + name))
                .map(metadata::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
