package org.bilat.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/** Turns a search record into the Lucene document that finds it, sorts it, counts it in facets and shows it. */
final class RecordDocument {
    /** Offsets in the postings let the highlighter mark words without analysing the stored text again. */
    private static final FieldType WORDS = words();

    /** Sort keys longer than this add nothing to the order and only cost memory. */
    private static final int SORT_KEY_CHARS = 200;

    private RecordDocument() {}

    static Term key(SearchKind kind, String id) {
        return new Term(Fields.KEY, Fields.key(kind, id));
    }

    static Document of(SearchRecord record) throws IOException {
        Document document = new Document();
        String key = Fields.key(record.kind(), record.id());
        document.add(new StringField(Fields.KEY, key, Field.Store.NO));
        String kind = record.kind().label();
        document.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        document.add(new SortedSetDocValuesFacetField(Fields.KIND, kind));
        document.add(new NumericDocValuesField(Fields.KIND_RANK, Fields.rank(record.kind())));
        document.add(new StoredField(Fields.ID, record.id()));
        document.add(new Field(Fields.TITLE, record.title(), WORDS));
        document.add(new SortedDocValuesField(Fields.TITLE_SORT, sortKey(record.title())));
        document.add(new Field(Fields.TEXT, record.text(), WORDS));
        addKeyword(document, Fields.ENTITY_TYPE, record.entityType());
        addKeyword(document, Fields.EVENT_TYPE, record.eventType());
        if (record.date() != null) {
            document.add(new StoredField(Fields.DATE, record.date()));
        }
        for (int year : new LinkedHashSet<>(record.years())) {
            document.add(new IntPoint(Fields.YEAR, year));
            document.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(year)));
        }
        for (String source : new LinkedHashSet<>(record.sources())) {
            addKeyword(document, Fields.SOURCE, source);
        }
        return Fields.FACETS_CONFIG.build(document);
    }

    /** A stored, filterable value counted in its facet; blank values are left out, as facets cannot hold them. */
    private static void addKeyword(Document document, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            document.add(new StringField(field, value, Field.Store.YES));
            document.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    private static BytesRef sortKey(String title) {
        String head = title.strip();
        int end = Math.min(head.length(), SORT_KEY_CHARS);
        if (end > 0 && Character.isHighSurrogate(head.charAt(end - 1))) {
            end--;
        }
        return FoldingAnalyzer.UNSTEMMED.normalize(Fields.TITLE_SORT, head.substring(0, end));
    }

    private static FieldType words() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
