package org.bilat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilat.model.EntityType;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.exc.SchemaException;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * FollowTheMoney's own model (the library's bundled schema), the schema each Bilat entity type becomes, and the check
 * every entity passes before it is written: required properties present, entity references to known entities of the
 * property's range.
 */
final class FtmModel {
    private final Model model;
    private final Map<String, Schema> written = new HashMap<>();

    FtmModel() {
        try {
            this.model = Model.loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("the FollowTheMoney library lacks its model", e);
        }
    }

    /**
     * FtM has no schema for a state or a city: a GPE acts in events as a party, so it is a PublicBody (the schema
     * OpenSanctions and Aleph use for states' bodies); places and sites are Addresses, products Assets, treaties
     * Contracts, programmes Projects.
     */
    Schema schema(EntityType type) {
        return schema(
                switch (type) {
                    case PERSON -> "Person";
                    case ORG -> "Organization";
                    case GPE -> "PublicBody";
                    case LOC, FAC -> "Address";
                    case PRODUCT -> "Asset";
                    case LAW -> "Contract";
                    case PROGRAM -> "Project";
                    case EVENT -> "Event";
                });
    }

    Schema schema(String name) {
        Schema schema = model.getSchema(name);
        if (schema == null) {
            throw new IllegalStateException("FollowTheMoney has no schema " + name);
        }
        return schema;
    }

    /** Whether the entity with this id was written with a schema that is (or extends) the named one. */
    boolean is(String id, String schemaName) {
        Schema schema = written.get(id);
        return schema != null && schema.isA(schema(schemaName));
    }

    static void add(ValueEntity entity, String property, String value) {
        try {
            entity.addValue(property, value);
        } catch (SchemaException e) {
            throw new IllegalStateException(entity.getSchema().getName() + " has no property " + property, e);
        }
    }

    /** Checks the entity against its schema and remembers its schema for the references of later entities. */
    void check(ValueEntity entity) {
        Schema schema = entity.getSchema();
        for (Property required : schema.getRequiredProperties()) {
            if (entity.getValues(required).isEmpty()) {
                throw new IllegalStateException(entity.getId() + ": " + schema.getName() + " needs " + required);
            }
        }
        for (Property property : entity.getDefinedProperties()) {
            Schema range = property.getRange().orElse(null);
            if (range != null) {
                references(entity, property, range, entity.getValues(property));
            }
        }
        written.put(entity.getId(), schema);
    }

    private void references(ValueEntity entity, Property property, Schema range, List<String> ids) {
        for (String id : ids) {
            Schema target = written.get(id);
            if (target == null || !target.isA(range)) {
                throw new IllegalStateException(entity.getId() + ": " + property.getName() + " " + id + " is not a "
                        + range.getName() + " written before");
            }
        }
    }
}
