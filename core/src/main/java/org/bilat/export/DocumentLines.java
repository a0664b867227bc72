package org.bilat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bilat.model.Document;
import org.bilat.store.StoreContents;

/** {@code document} lines: a stored document's id, metadata and full text, which the facts' quotes point into. */
final class DocumentLines implements RecordKind {
    @Override
    public String kind() {
        return "document";
    }

    @Override
    public List<ObjectNode> lines(StoreContents contents, ObjectMapper json) {
        return contents.documents().stream().map(d -> line(d, json)).toList();
    }

    private ObjectNode line(Document document, ObjectMapper json) {
        ObjectNode line = json.createObjectNode().put("kind", kind());
        line.put("doc", StoreContents.documentId(document));
        line.put("source", document.source());
        line.put("path", document.path());
        line.put("contentHash", document.contentHash());
        line.put("mediaType", document.mediaType());
        JsonFields.putIfPresent(line, "title", document.title());
        JsonFields.putIfPresent(line, "author", document.author());
        JsonFields.putIfPresent(line, "publisher", document.publisher());
        JsonFields.putIfPresent(line, "published", document.published());
        JsonFields.putIfPresent(line, "publishedFrom", document.publishedFrom());
        return line.put("text", document.text());
    }

    @Override
    public void read(JsonNode line, String where, ContentsBuilder contents) {
        Document document = new Document(
                JsonFields.text(line, "source", where),
                JsonFields.text(line, "path", where),
                JsonFields.text(line, "contentHash", where),
                JsonFields.text(line, "mediaType", where),
                JsonFields.text(line, "text", where),
                JsonFields.optionalText(line, "title"),
                JsonFields.optionalText(line, "author"),
                JsonFields.optionalText(line, "publisher"),
                JsonFields.optionalText(line, "published"),
                JsonFields.optionalText(line, "publishedFrom"));
        contents.documents.add(document);
    }
}
