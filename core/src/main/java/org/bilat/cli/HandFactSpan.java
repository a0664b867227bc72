package org.bilat.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.model.BilatException;
import org.bilat.store.DocumentRow;
import org.bilat.store.FactKind;
import org.bilat.store.Judgement;
import org.bilat.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact added by hand lies, as {@code judge add} names it: {@code KIND:DOCUMENT:START-END}, the document by its
 * stored file name or its id.
 */
record HandFactSpan(FactKind kind, String documentId, int start, int end) {
    private static final Pattern SPAN = Pattern.compile("(event|figure|relation):(.+):(\\d+)-(\\d+)");

    static HandFactSpan parse(String text, Store store) {
        Matcher m = SPAN.matcher(text.strip());
        if (!m.matches()) {
            throw new BilatException(text + ": not a span to add a fact at; write KIND:DOCUMENT:START-END, such as"
                    + " event:02-polonez-rocket-system.txt:812-846 (KIND event, figure or relation)");
        }
        FactKind kind = FactKind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return new HandFactSpan(
                kind,
                documentId(m.group(2), store.documents()),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    private static String documentId(String named, List<DocumentRow> documents) {
        List<String> ids = documents.stream()
                .filter(d -> d.id().equals(named) || d.source().equals(named))
                .map(DocumentRow::id)
                .toList();
        if (ids.size() != 1) {
            throw new BilatException(named
                    + (ids.isEmpty()
                            ? ": no stored document has this file name or id; ./bilat docs lists them"
                            : ": several stored documents have this file name; name one by its id"));
        }
        return ids.get(0);
    }

    Judgement add(Store store, Map<String, String> fields, String author, @Nullable String reason) {
        return store.addFact(kind, documentId, start, end, fields, author, reason);
    }
}
