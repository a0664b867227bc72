package org.bilat.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.extract.text.FactContext;
import org.bilat.extract.time.Dates;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.bilat.nlp.AnnotatedText;
import org.bilat.nlp.Token;

/**
 * Hand-tagged sentences for the figure tests: {@code "word/POS[/NER[/lemma]]"} items separated by spaces, an item
 * starting with {@code ~} written without a space before it ("12 ~-/HYPH ~15/CD"), and {@code |} between
 * sentences.
 */
final class FigureTagged {
    private static final Pattern SPACES = Pattern.compile(" +");

    private FigureTagged() {}

    static AnnotatedText text(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (String item : SPACES.splitAsStream(tagged.trim()).toList()) {
            if (item.equals("|")) {
                starts.add(tokens.size());
                continue;
            }
            boolean attached = item.startsWith("~");
            String[] parts = (attached ? item.substring(1) : item).split("/", -1);
            if (!attached && text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(parts[0]);
            tokens.add(new Token(
                    tokens.size(),
                    starts.size() - 1,
                    parts[0],
                    lemma(parts),
                    parts[1],
                    parts.length > 2 ? parts[2] : "O",
                    begin,
                    text.length()));
        }
        return new AnnotatedText(text.toString(), tokens, starts);
    }

    /**
     * A hand-tagged text with the states {@code names} as GPE entities mentioned wherever they stand as whole words;
     * its dates' soft problems go to {@code warnings}.
     */
    static FactContext context(String tagged, List<String> warnings, String... names) {
        AnnotatedText text = text(tagged);
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(text.text());
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), name, EntityType.GPE));
            }
            entities.add(new Entity(
                    name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, EntityType.GPE, List.of(name), mentions));
        }
        return FactContext.of(text, entities, Dates.of(text, null, warnings), null);
    }

    static List<Token> tokens(String tagged) {
        return text(tagged).tokens();
    }

    private static String lemma(String[] parts) {
        if (parts.length > 3) {
            return parts[3];
        }
        String lower = parts[0].toLowerCase(Locale.ROOT);
        return parts[1].equals("NNS") && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
