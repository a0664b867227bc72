package org.bilat.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilat.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Stable ids: the same real thing gets the same id in every document, whatever spelling the document uses. A standard
 * name from reference knowledge comes first, then an acronym, then a spelling-insensitive skeleton of the name.
 */
final class EntityIds {
    private EntityIds() {}

    static String of(EntityType type, @Nullable String canonical, List<String> forms) {
        if (canonical != null) {
            return slug(canonical);
        }
        for (String form : forms) {
            if (Forms.isAcronym(form)) {
                return NameFolding.plain(form).replace(" ", "");
            }
        }
        String longest = longest(forms);
        if (type == EntityType.PERSON) {
            List<String> words = Forms.contentWords(longest);
            return skeletonSlug(words.get(words.size() - 1));
        }
        List<String> content = Forms.contentWords(longest);
        if ((type == EntityType.ORG || type == EntityType.PROGRAM) && content.size() >= 3 && allCapitalised(content)) {
            StringBuilder initials = new StringBuilder();
            content.forEach(w ->
                    initials.append(Character.toLowerCase(NameFolding.plain(w).charAt(0))));
            return initials.toString();
        }
        return skeletonSlug(longest);
    }

    static String personWithFirstName(List<String> forms) {
        return skeletonSlug(longest(forms));
    }

    static String slug(String name) {
        return NameFolding.plain(name).replace(' ', '-');
    }

    private static String skeletonSlug(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : NameFolding.plain(name).split(" ", -1)) {
            if (!word.isEmpty()) {
                parts.add(word.matches(".*\\d.*") ? word : NameFolding.skeleton(word));
            }
        }
        return String.join("-", parts).toLowerCase(Locale.ROOT);
    }

    private static boolean allCapitalised(List<String> words) {
        return words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    static String longest(List<String> forms) {
        String best = forms.get(0);
        for (String f : forms) {
            if (!Forms.isAcronym(f) && (Forms.isAcronym(best) || f.length() > best.length())) {
                best = f;
            }
        }
        return best;
    }
}
