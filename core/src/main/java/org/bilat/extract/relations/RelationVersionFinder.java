package org.bilat.extract.relations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilat.extract.text.Occurrence;
import org.bilat.model.EntityType;
import org.bilat.model.Relation;
import org.bilat.model.RelationType;

/**
 * Gives a product's version the makers found for the product: in "40 K-9 howitzers and its export version K-9E" the
 * K-9E comes from whoever makes the K-9. Runs after the rules that find makers.
 */
final class RelationVersionFinder {
    private static final Set<EntityType> PRODUCT = EnumSet.of(EntityType.PRODUCT);
    /** Nouns of a variant of a product. */
    private static final Set<String> VERSIONS =
            Set.of("version", "versions", "variant", "variants", "modification", "derivative", "upgrade", "model");

    private static final int LONGEST_MODIFIERS = 4;
    private static final int LONGEST_REACH = 8;

    private final RelationText text;
    private final RelationSink sink;

    RelationVersionFinder(RelationText text, RelationSink sink) {
        this.text = text;
        this.sink = sink;
    }

    void find() {
        int size = text.annotated().tokens().size();
        for (int i = 0; i < size; i++) {
            if (Set.of("its", "their").contains(text.word(i))) {
                version(i);
            }
        }
    }

    /** "its polonised version K2PL" after a product named a few words before. */
    private void version(int its) {
        int k = its + 1;
        while (k <= its + LONGEST_MODIFIERS && !text.covered(k) && !VERSIONS.contains(text.word(k))) {
            k++;
        }
        if (!VERSIONS.contains(text.word(k))) {
            return;
        }
        Optional<Occurrence> variant = text.startingAt(k + 1, PRODUCT).filter(o -> text.sameSentence(its, o.last()));
        Optional<Occurrence> original = productBefore(its);
        if (variant.isEmpty() || original.isEmpty()) {
            return;
        }
        List<Relation> makers = sink.relations().stream()
                .filter(r -> r.type() == RelationType.PRODUCED_BY
                        && r.subject().equals(original.get().id()))
                .toList();
        for (Relation r : makers) {
            // The maker stands at the original product, so that the evidence runs from it to the version.
            Occurrence maker = new Occurrence(
                    r.object(),
                    EntityType.ORG,
                    original.get().first(),
                    original.get().first(),
                    true);
            sink.add(
                    RelationType.PRODUCED_BY,
                    variant.get(),
                    maker,
                    null,
                    original.get().first(),
                    variant.get().last());
        }
    }

    private Optional<Occurrence> productBefore(int its) {
        for (int i = its - 1; i >= 0 && i >= its - LONGEST_REACH && text.sameSentence(i, its); i--) {
            Optional<Occurrence> product = text.startingAt(i, PRODUCT);
            if (product.isPresent() && product.get().last() < its) {
                return product;
            }
        }
        return Optional.empty();
    }
}
