package org.bilat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * One CoreNLP pipeline for the process; {@link #annotate} may be called from several threads at once.
 *
 * <p>A text is split into sentences first, then tagged and parsed a few sentences at a time, so that a long document
 * reports its progress and a thread interrupted at its document's deadline stops at the next few sentences instead of
 * running on through the whole text.
 */
public final class NlpPipeline {
    /** A token's edge in its sentence's tree: the head's 0-based position in the sentence (-1 for the root). */
    private record Arc(int head, String dep) {}

    private static final Arc UNPARSED = new Arc(-1, "");

    /**
     * Sentences longer than this many tokens are not parsed: the parser's time and memory grow with the length, and
     * such "sentences" are run-on lines of a broken file, not prose.
     */
    public static final int MAX_PARSED_TOKENS = 150;

    /**
     * Sentences longer than this many tokens are not tagged either (their words get the tag X and no NER class):
     * SUTime's patterns inside NER take many minutes on a run-on line of thousands of numbers and cells.
     */
    public static final int MAX_TAGGED_TOKENS = 300;

    /** Sentences tagged and parsed between two progress reports and interrupt checks. */
    private static final int SENTENCES_PER_STEP = 20;

    private static final Object LOCK = new Object();
    private static @Nullable NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final @Nullable StanfordCoreNLP tagger;
    private final @Nullable StanfordCoreNLP parser;
    private final @Nullable PatternedTags patternedTags;

    /** A whole-text pipeline: {@code properties} name every annotator; no steps, no parse of its own. */
    private NlpPipeline(Properties properties) {
        RedwoodConfiguration.current().clear().apply();
        this.pipeline = new StanfordCoreNLP(properties);
        this.tagger = null;
        this.parser = null;
        this.patternedTags = null;
    }

    /** A stepped pipeline: {@code splitting} makes tokens and sentences, {@code tagging} the rest, step by step. */
    private NlpPipeline(Properties splitting, Properties tagging, FineGrainedLists.Split fineGrained) {
        RedwoodConfiguration.current().clear().apply();
        tagging.setProperty("ner.fine.regexner.mapping", fineGrained.mapping());
        this.pipeline = new StanfordCoreNLP(splitting);
        this.tagger = new StanfordCoreNLP(tagging);
        this.parser = new StanfordCoreNLP(parserProperties());
        this.patternedTags = fineGrained.patterned();
    }

    /** The process-wide {@link #load()} pipeline, loaded on first use so that the models load once per process. */
    public static NlpPipeline shared() {
        synchronized (LOCK) {
            NlpPipeline loaded = shared;
            if (loaded == null) {
                loaded = load();
                shared = loaded;
            }
            return loaded;
        }
    }

    /** The pipeline extraction uses: tokens, sentences, tags, lemmas, fine-grained NER and dependency trees. */
    public static NlpPipeline load() {
        Properties splitting = base();
        splitting.setProperty("annotators", "tokenize,ssplit");
        splitting.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "pos,lemma,ner");
        tagging.setProperty("enforceRequirements", "false");
        tagging.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        tagging.setProperty("ner.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        return new NlpPipeline(splitting, tagging, FineGrainedLists.load());
    }

    /**
     * CoreNLP with its defaults for tokenize, ssplit, pos, lemma, ner and depparse: the reference the benchmark
     * compares with.
     */
    public static NlpPipeline plain() {
        Properties props = base();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new NlpPipeline(props);
    }

    /** CoreNLP with its defaults for tokenize, ssplit, pos, lemma and ner, no parser: what the parser costs is measured against it. */
    public static NlpPipeline plainWithoutParser() {
        return new NlpPipeline(base());
    }

    private static Properties parserProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse");
        props.setProperty("enforceRequirements", "false");
        return props;
    }

    private static Properties base() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    public AnnotatedText annotate(String text) {
        return annotate(text, null);
    }

    /**
     * Annotates a text written on {@code documentDate} (ISO 8601 at any precision, or null when unknown): relative
     * times such as "two years ago" are anchored on it.
     */
    public AnnotatedText annotate(String text, @Nullable String documentDate) {
        return annotate(text, documentDate, SentenceProgress.NONE);
    }

    /**
     * As {@link #annotate(String, String)}, telling {@code progress} after each step of sentences.
     *
     * @throws CancellationException when the thread is interrupted, at the end of the step in hand
     */
    public AnnotatedText annotate(String text, @Nullable String documentDate, SentenceProgress progress) {
        Annotation annotation = new Annotation(LineWraps.unwrap(text));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, anchorDay(documentDate));
        }
        pipeline.annotate(annotation);
        List<String> warnings = new ArrayList<>();
        tagAndParse(text, annotation, progress, warnings);
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            int sentenceStart = tokens.size();
            starts.add(sentenceStart);
            Map<Integer, Arc> edges = edges(sentences.get(s));
            for (CoreLabel label : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(token(text, tokens.size(), s, label, sentenceStart, edges));
            }
            times.addAll(times(text, sentences.get(s)));
        }
        return new AnnotatedText(text, tokens, starts, times, warnings);
    }

    /** Tags and parses the split text a step of sentences at a time; a whole-text pipeline has done it all already. */
    private void tagAndParse(String text, Annotation annotation, SentenceProgress progress, List<String> warnings) {
        StanfordCoreNLP tagging = tagger;
        StanfordCoreNLP dependencies = parser;
        if (tagging == null || dependencies == null) {
            return;
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_STEP) {
            List<CoreMap> step = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_STEP));
            tagging.annotate(part(text, annotation, step));
            tagPatterned(step);
            parse(text, step, dependencies, warnings);
            progress.sentencesDone(from + step.size(), sentences.size());
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted after " + (from + step.size()) + " sentences");
            }
        }
    }

    /** The fine-grained classes of the list entries TokensRegexNER was not given (see {@link FineGrainedLists}). */
    private void tagPatterned(List<CoreMap> sentences) {
        PatternedTags patterned = patternedTags;
        if (patterned == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (words.size() <= MAX_TAGGED_TOKENS) {
                patterned.tag(words);
            }
        }
    }

    /** A document of the given sentences only, sharing their tokens and the whole text's date and offsets. */
    private static Annotation part(String text, Annotation whole, List<CoreMap> sentences) {
        Annotation part = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(sentence -> tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        String date = whole.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        return part;
    }

    /** Parses the sentences short enough for the parser; each longer one is named in {@code warnings}. */
    private static void parse(
            String text, List<CoreMap> sentences, StanfordCoreNLP dependencies, List<String> warnings) {
        List<CoreMap> parsable = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int begin = words.get(0).beginPosition();
            if (words.size() <= MAX_PARSED_TOKENS) {
                parsable.add(sentence);
            } else if (words.size() <= MAX_TAGGED_TOKENS) {
                warnings.add(tooLong(begin, words.size(), MAX_PARSED_TOKENS, "parser", "without its syntax"));
            } else {
                warnings.add(
                        tooLong(begin, words.size(), MAX_TAGGED_TOKENS, "tagger", "without tags, names or syntax"));
            }
        }
        Annotation subset = new Annotation(text);
        subset.set(CoreAnnotations.SentencesAnnotation.class, parsable);
        dependencies.annotate(subset);
    }

    private static String tooLong(int begin, int tokens, int limit, String tool, String readHow) {
        return "character " + begin + ": a sentence of " + tokens + " tokens is longer than the " + limit + " the "
                + tool + " takes; it is read " + readHow;
    }

    /** The edge into each token of a parsed sentence, by the token's 1-based index; empty when it was not parsed. */
    private static Map<Integer, Arc> edges(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        Map<Integer, Arc> edges = new HashMap<>();
        if (graph == null) {
            return edges;
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            edges.put(
                    edge.getDependent().index(),
                    new Arc(edge.getGovernor().index() - 1, edge.getRelation().toString()));
        }
        for (IndexedWord root : graph.getRoots()) {
            edges.put(root.index(), new Arc(-1, "root"));
        }
        return edges;
    }

    /**
     * The day SUTime anchors on: a year or month stands for its last days, so that a bare "July" in a text of that
     * year is read as that year's July rather than the previous one.
     */
    public static String anchorDay(String documentDate) {
        if (documentDate.matches("\\d{4}")) {
            return documentDate + "-12-31";
        }
        if (documentDate.matches("\\d{4}-\\d{2}")) {
            return documentDate + "-28";
        }
        return documentDate;
    }

    private static List<TimeMention> times(String text, CoreMap sentence) {
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return times;
        }
        for (CoreMap mention : mentions) {
            Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            Integer first = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
            Integer end = mention.get(CoreAnnotations.TokenEndAnnotation.class);
            if (value == null || first == null || end == null || end <= first) {
                continue;
            }
            int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int stop = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String type = timex.timexType() == null ? "DATE" : timex.timexType();
            times.add(new TimeMention(first, end - 1, text.substring(begin, stop), value, type));
        }
        return times;
    }

    private static Token token(
            String text, int index, int sentence, CoreLabel label, int sentenceStart, Map<Integer, Arc> edges) {
        int begin = label.beginPosition();
        int end = label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        Arc arc = edges.getOrDefault(label.index(), UNPARSED);
        int head = arc.head() < 0 ? -1 : sentenceStart + arc.head();
        return new Token(
                index, sentence, text.substring(begin, end), lemma, label.tag(), ner, begin, end, head, arc.dep());
    }
}
