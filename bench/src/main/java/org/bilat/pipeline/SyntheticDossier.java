package org.bilat.pipeline;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilat.ingest.DocumentReader;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.Entity;
import org.bilat.model.Event;
import org.bilat.model.Evidence;
import org.bilat.model.Extraction;
import org.bilat.model.Mention;
import org.bilat.model.Quantity;
import org.bilat.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A large archive made from a few real extractions, for benchmarks: synthetic document {@code i} is extraction
 * {@code i % n} with some entities renamed, its years shifted and its figures scaled, every record still exact.
 *
 * <p>Per document, {@value #VARIED_PERCENT}% of the entities take one of {@value #VARIANTS} variants of their name,
 * so a few thousand distinct names recur across documents, as in a real archive. A variant replaces every
 * capitalised word of the entity's mentions by a word made of syllables; years in the text and in dates move by one
 * offset per document; figures' values (not their words in the text) are scaled. Texts are rebuilt from
 * non-overlapping replacements, and every mention and evidence offset is mapped into the new text.
 *
 * <p>Just over 400 lines because the brief gives it one file: the per-document variation, the text rewrite and the
 * name generator are nested in it.
 */
public final class SyntheticDossier {
    static final int VARIED_PERCENT = 20;
    static final int VARIANTS = 16;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TEXT_YEAR = Pattern.compile("(?<![\\p{L}\\p{N},])(?:19|20)\\d\\d(?![\\p{L}\\p{N}])");
    private static final Pattern DATE_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern LEAP_DAY = Pattern.compile("(\\d{4})-02-29");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final List<Extraction> originals;

    private SyntheticDossier(List<Extraction> originals) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no extractions to vary");
        }
        this.originals = List.copyOf(originals);
    }

    /** A dossier varying these extractions, in this order. */
    public static SyntheticDossier of(List<Extraction> originals) {
        return new SyntheticDossier(originals);
    }

    /** Reads and extracts every supported file of {@code folder} (loading the NLP models), sorted by file name. */
    public static SyntheticDossier extract(Path folder) {
        List<Extraction> found = new ArrayList<>();
        BatchTarget collect = new BatchTarget() {
            @Override
            public boolean contains(String contentHash) {
                return false;
            }

            @Override
            public boolean write(Extraction extraction) {
                return found.add(extraction);
            }
        };
        DocumentReader reader = DocumentReader.withMaxSize(DocumentReader.DEFAULT_MAX_BYTES);
        BatchReport report = BatchRun.of(reader::read, Pipeline.load()::extract)
                .run(DocumentReader.expand(List.of(folder)), collect, progress -> {});
        if (report.failed() > 0 || found.isEmpty()) {
            throw new BilatException(
                    report.failed() > 0 ? report.errors().get(0) : folder + ": no documents to extract");
        }
        found.sort(Comparator.comparing(e -> e.document().source()));
        return new SyntheticDossier(found);
    }

    /** How many real extractions the synthetic documents are made from. */
    public int originals() {
        return originals.size();
    }

    /** Synthetic document {@code i} (from 0), named {@code synthetic-00001.txt} for i = 0; the same for the same i. */
    public Extraction document(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("i < 0: " + i);
        }
        return new Variation(i, originals.get(i % originals.size())).extraction();
    }

    /** One synthetic document: which entities change to which variant, and the rewritten text and records. */
    private static final class Variation {
        private final int number;
        private final Extraction original;
        private final int yearShift;
        private final double scale;
        private final Map<String, Integer> variants = new HashMap<>();
        private final Rewrite rewrite;
        private final Map<String, String> surfaces = new LinkedHashMap<>();
        private final Map<String, String> ids = new HashMap<>();

        Variation(int i, Extraction original) {
            this.number = i + 1;
            this.original = original;
            SplittableRandom random = new SplittableRandom(mix(i));
            this.yearShift = random.nextInt(-15, 6);
            this.scale = random.nextInt(50, 201) / 100.0;
            for (Entity entity : original.entities()) {
                SplittableRandom pick =
                        new SplittableRandom(mix(i * 1_000_003L + entity.name().hashCode()));
                if (pick.nextInt(100) < VARIED_PERCENT) {
                    variants.put(entity.id(), pick.nextInt(VARIANTS));
                }
            }
            this.rewrite = Rewrite.of(original.document().text(), edits());
        }

        Extraction extraction() {
            List<Entity> entities =
                    original.entities().stream().map(this::entity).toList();
            return new Extraction(
                    document(),
                    entities,
                    original.events().stream().map(this::event).toList(),
                    original.quantities().stream().map(this::quantity).toList(),
                    original.relations().stream().map(this::relation).toList(),
                    original.warnings());
        }

        /** Word replacements in the mentions of varied entities, then year replacements anywhere in the text. */
        private List<Rewrite.Edit> edits() {
            List<Rewrite.Edit> edits = new ArrayList<>();
            for (Entity entity : original.entities()) {
                Integer variant = variants.get(entity.id());
                if (variant == null) {
                    continue;
                }
                for (Mention mention : entity.mentions()) {
                    Matcher word = WORD.matcher(mention.text());
                    while (word.find()) {
                        String replacement = variantWord(word.group(), variant);
                        if (!replacement.equals(word.group())) {
                            edits.add(new Rewrite.Edit(
                                    mention.start() + word.start(), mention.start() + word.end(), replacement));
                        }
                    }
                }
            }
            Matcher year = TEXT_YEAR.matcher(original.document().text());
            while (yearShift != 0 && year.find()) {
                edits.add(new Rewrite.Edit(year.start(), year.end(), shiftYears(year.group())));
            }
            return edits;
        }

        private Document document() {
            Document old = original.document();
            String text = rewrite.text() + "\n\n" + String.format(Locale.ROOT, "[synthetic-%05d]", number) + "\n";
            String source = String.format(Locale.ROOT, "synthetic-%05d.txt", number);
            return new Document(
                    source,
                    source,
                    Document.hashOf(text),
                    old.mediaType(),
                    text,
                    old.title() == null ? null : shiftYears(rename(old.title())),
                    old.author() == null ? null : rename(old.author()),
                    old.publisher(),
                    shiftDate(old.published()));
        }

        /** The entity with its mentions in the new text; a varied one gets an id made from its new name. */
        private Entity entity(Entity old) {
            Integer variant = variants.get(old.id());
            List<Mention> mentions = new ArrayList<>();
            for (Mention m : old.mentions()) {
                Evidence span = rewrite.evidence(m.start(), m.end());
                mentions.add(new Mention(
                        span.start(), span.end(), span.quote(), m.type(), variant == null ? m.canonical() : null));
                if (!span.quote().equals(m.text())) {
                    surfaces.putIfAbsent(m.text(), span.quote());
                }
            }
            Function<String, String> form =
                    s -> surfaces.getOrDefault(s, variant == null ? s : variantPhrase(s, variant));
            Set<String> aliases = new LinkedHashSet<>();
            old.aliases().forEach(alias -> aliases.add(form.apply(alias)));
            String name = form.apply(old.name());
            String id = variant == null ? old.id() : freeId(slug(name));
            ids.put(old.id(), id);
            return new Entity(id, name, old.type(), List.copyOf(aliases), mentions);
        }

        private Event event(Event old) {
            return new Event(
                    old.type(),
                    old.cameo(),
                    shiftDate(old.date()),
                    old.participants().stream().map(this::id).toList(),
                    old.location() == null ? null : id(old.location()),
                    old.evidence().stream().map(this::evidence).toList(),
                    shiftYears(rename(old.summary())));
        }

        private Quantity quantity(Quantity old) {
            return new Quantity(
                    old.value() * scale,
                    old.unit(),
                    old.measure(),
                    old.qualifier(),
                    old.subjects().stream().map(this::id).toList(),
                    shiftDate(old.date()),
                    evidence(old.evidence()));
        }

        private Relation relation(Relation old) {
            return new Relation(old.type(), id(old.subject()), id(old.object()), old.title(), evidence(old.evidence()));
        }

        private Evidence evidence(Evidence old) {
            return rewrite.evidence(old.start(), old.end());
        }

        private String id(String oldId) {
            return ids.getOrDefault(oldId, oldId);
        }

        private String freeId(String base) {
            Set<String> taken = new HashSet<>(ids.values());
            original.entities().forEach(e -> taken.add(e.id()));
            String id = base;
            for (int suffix = 2; taken.contains(id); suffix++) {
                id = base + "-" + suffix;
            }
            return id;
        }

        /** The text with every surface that changed in the document replaced by its new form, longest first. */
        private String rename(String text) {
            String renamed = text;
            List<String> olds = new ArrayList<>(surfaces.keySet());
            olds.sort(Comparator.comparingInt(String::length).reversed());
            for (String old : olds) {
                renamed = renamed.replace(old, surfaces.get(old));
            }
            return renamed;
        }

        private String shiftYears(String text) {
            Matcher year = TEXT_YEAR.matcher(text);
            return year.replaceAll(m -> Integer.toString(Integer.parseInt(m.group()) + yearShift));
        }

        /** An ISO date (2016, 2016-09, 2016-09-28, 2010/2013) a whole number of years later; 29 February stays valid. */
        private @Nullable String shiftDate(@Nullable String date) {
            if (date == null || yearShift == 0) {
                return date;
            }
            String shifted =
                    DATE_YEAR.matcher(date).replaceAll(m -> Integer.toString(Integer.parseInt(m.group()) + yearShift));
            return LEAP_DAY.matcher(shifted)
                    .replaceAll(m -> Year.isLeap(Long.parseLong(m.group(1))) ? m.group() : m.group(1) + "-02-28");
        }
    }

    /** The new text after non-overlapping replacements, and where each old offset lies in it. */
    private static final class Rewrite {
        record Edit(int start, int end, String replacement) {}

        private final String text;
        private final List<Edit> edits;
        private final int[] newStarts;

        private Rewrite(String text, List<Edit> edits, int[] newStarts) {
            this.text = text;
            this.edits = edits;
            this.newStarts = newStarts;
        }

        /** Applies the edits left to right, the longer first where two start together; one that overlaps is skipped. */
        static Rewrite of(String old, List<Edit> proposed) {
            List<Edit> sorted = new ArrayList<>(proposed);
            sorted.sort(Comparator.comparingInt(Edit::start)
                    .thenComparing(Comparator.comparingInt(Edit::end).reversed()));
            List<Edit> kept = new ArrayList<>();
            StringBuilder text = new StringBuilder(old.length() + 64);
            List<Integer> starts = new ArrayList<>();
            int at = 0;
            for (Edit edit : sorted) {
                if (edit.start() >= at) {
                    text.append(old, at, edit.start());
                    starts.add(text.length());
                    text.append(edit.replacement());
                    kept.add(edit);
                    at = edit.end();
                }
            }
            text.append(old, at, old.length());
            return new Rewrite(
                    text.toString(),
                    kept,
                    starts.stream().mapToInt(Integer::intValue).toArray());
        }

        String text() {
            return text;
        }

        /** The span of old {@code start..end} in the new text; an end inside a replaced word moves to its end. */
        Evidence evidence(int start, int end) {
            return Evidence.of(text, map(start, false), map(end, true));
        }

        private int map(int offset, boolean isEnd) {
            int last = -1;
            for (int lo = 0, hi = edits.size() - 1; lo <= hi; ) {
                int mid = (lo + hi) >>> 1;
                if (edits.get(mid).start() < offset) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (last < 0) {
                return offset;
            }
            Edit edit = edits.get(last);
            int newEnd = newStarts[last] + edit.replacement().length();
            if (offset >= edit.end()) {
                return newEnd + offset - edit.end();
            }
            return isEnd ? newEnd : newStarts[last];
        }
    }

    /** Variant {@code k} of a word: letters of a word with digits or of an acronym replaced, else new syllables. */
    static String variantWord(String word, int k) {
        if (word.chars().noneMatch(Character::isUpperCase)) {
            return word;
        }
        SplittableRandom random = new SplittableRandom(mix(word.hashCode() * 31L + k));
        boolean allCaps = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps || word.chars().anyMatch(Character::isDigit)) {
            StringBuilder out = new StringBuilder(word.length());
            word.chars().forEach(c -> out.append(Character.isLetter(c) ? randomLetter(random, c) : (char) c));
            return out.toString();
        }
        StringBuilder out = new StringBuilder();
        for (int syllables = Math.max(1, (word.length() + 1) / 3); syllables > 0; syllables--) {
            out.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            out.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            if (random.nextInt(4) == 0) {
                out.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    /** Variant {@code k} of a phrase: each word by {@link #variantWord}, everything between the words kept. */
    static String variantPhrase(String phrase, int k) {
        return WORD.matcher(phrase).replaceAll(m -> Matcher.quoteReplacement(variantWord(m.group(), k)));
    }

    private static char randomLetter(SplittableRandom random, int like) {
        char letter = (char) ('a' + random.nextInt(26));
        return Character.isUpperCase(like) ? Character.toUpperCase(letter) : letter;
    }

    /** A lowercase id from a name: ASCII letters and digits, words joined by hyphens. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "entity" : plain;
    }

    /** The SplitMix64 finaliser: well-spread seeds from small consecutive numbers. */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
