package org.bilat.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilat.extract.text.TsvRows;
import org.bilat.model.EventType;

/** The CAMEO root codes with their quad classes, from {@code export/cameo-roots.tsv} (its header cites the sources). */
final class CameoRoots {
    static final String RESOURCE = "export/cameo-roots.tsv";
    static final List<String> COLUMNS = List.of("root", "name", "quad_class", "quad_name", "bilat_types");

    /** One root code. */
    record Root(String code, String name, int quadClass, String quadName, List<String> bilatTypes) {}

    private final Map<String, Root> roots = new LinkedHashMap<>();

    CameoRoots() {
        for (List<String> row : TsvRows.read(RESOURCE, COLUMNS)) {
            Root root = new Root(
                    row.get(0), row.get(1), Integer.parseInt(row.get(2)), row.get(3), TsvRows.items(row.get(4)));
            roots.put(root.code(), root);
        }
    }

    /** The root of an event's code: its first two digits when they are a root, else its type's default root. */
    Root of(String cameo, EventType type) {
        String code = cameo.length() >= 2 ? cameo.substring(0, 2) : "";
        Root root = roots.get(code);
        return root != null ? root : Objects.requireNonNull(roots.get(type.cameoRoot()), type.cameoRoot());
    }

    List<Root> all() {
        return List.copyOf(roots.values());
    }
}
