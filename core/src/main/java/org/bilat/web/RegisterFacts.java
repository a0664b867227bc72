package org.bilat.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilat.store.EventReport;
import org.bilat.store.HappeningRow;
import org.bilat.store.RelationFact;
import org.bilat.store.RelationRow;

/**
 * The facts an analyst can judge on a register row, in the order of the row's sources, each with the values an edit
 * starts from.
 */
final class RegisterFacts {
    private RegisterFacts() {}

    /** One fact per account of the happening; its passages are the account's evidence. */
    static List<RegisterTable.Fact> of(HappeningRow row) {
        List<RegisterTable.Fact> facts = new ArrayList<>();
        int from = 0;
        for (EventReport report : row.reports()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("type", row.type().name());
            String date = report.date();
            if (date != null) {
                values.put("date", date);
            }
            values.put("summary", report.summary());
            facts.add(new RegisterTable.Fact(report.key(), report.review(), report.version(), from, values));
            from += report.evidence().size();
        }
        return facts;
    }

    /** One fact per passage of each relation, the relations' passages following one another as in the row. */
    static List<RegisterTable.Fact> of(List<RelationRow> relations) {
        List<RegisterTable.Fact> facts = new ArrayList<>();
        for (RelationRow relation : relations) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("type", relation.type().name());
            String title = relation.title();
            if (title != null) {
                values.put("title", title);
            }
            for (RelationFact fact : relation.facts()) {
                facts.add(new RegisterTable.Fact(fact.key(), fact.review(), fact.version(), facts.size(), values));
            }
        }
        return facts;
    }
}
