package org.bilat.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Evidence;
import org.bilat.store.CanonicalEntity;
import org.bilat.store.LocalEntity;
import org.bilat.store.StoreContents;
import org.bilat.store.StoredEvent;
import org.bilat.store.StoredFigure;
import org.bilat.store.StoredLevel;
import org.bilat.store.StoredRelation;

/**
 * Checks that loaded records hang together before any is stored: each points at a document that was read, each quote
 * is that document's text at its span, and each entity id a fact names is an entity that was read.
 */
final class ContentsCheck {
    private final String name;
    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> entities = new HashSet<>();

    private ContentsCheck(String name, StoreContents contents) {
        this.name = name;
        contents.documents().forEach(d -> texts.put(StoreContents.documentId(d), d.text()));
        contents.entities().forEach(e -> entities.add(e.id()));
    }

    static void check(String name, StoreContents contents) {
        ContentsCheck check = new ContentsCheck(name, contents);
        for (Document document : contents.documents()) {
            if (!Document.hashOf(document.text()).equals(document.contentHash())) {
                throw new BilatException(
                        name + ": document " + document.source() + ": its text does not match its" + " contentHash");
            }
        }
        contents.entities().forEach(check::entity);
        contents.events().forEach(check::event);
        contents.figures().forEach(check::figure);
        contents.relations().forEach(check::relation);
        contents.levels().forEach(check::level);
    }

    private void entity(CanonicalEntity entity) {
        for (LocalEntity local : entity.locals()) {
            local.mentions().forEach(m -> quote(local.documentId(), m, "entity " + entity.id()));
        }
    }

    private void event(StoredEvent event) {
        String what = "event " + event.documentId() + "/" + event.seq();
        event.event().evidence().forEach(e -> quote(event.documentId(), e, what));
        ids(event.event().participants(), what);
        if (event.event().location() != null) {
            ids(List.of(event.event().location()), what);
        }
    }

    private void figure(StoredFigure figure) {
        String what = "quantity " + figure.documentId() + "/" + figure.seq();
        quote(figure.documentId(), figure.quantity().evidence(), what);
        ids(figure.quantity().subjects(), what);
    }

    private void relation(StoredRelation relation) {
        String what = "relation " + relation.documentId() + "/" + relation.seq();
        quote(relation.documentId(), relation.relation().evidence(), what);
        ids(List.of(relation.relation().subject(), relation.relation().object()), what);
    }

    private void level(StoredLevel level) {
        String what = "level " + level.documentId() + "/" + level.seq();
        quote(level.documentId(), level.level().evidence(), what);
        ids(level.level().states(), what);
    }

    private void quote(String documentId, Evidence evidence, String what) {
        String text = texts.get(documentId);
        if (text == null) {
            throw new BilatException(name + ": " + what + ": no document '" + documentId + "' in the file");
        }
        if (evidence.end() > text.length() || !text.startsWith(evidence.quote(), evidence.start())) {
            throw new BilatException(name + ": " + what + ": quote '" + evidence.quote() + "' is not the text at "
                    + evidence.start() + ".." + evidence.end());
        }
    }

    private void ids(List<String> ids, String what) {
        for (String id : ids) {
            if (!entities.contains(id)) {
                throw new BilatException(name + ": " + what + ": no entity '" + id + "' in the file");
            }
        }
    }
}
