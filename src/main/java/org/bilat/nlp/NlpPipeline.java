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
import org.jspecify.annotations.Nullable;

/** One CoreNLP pipeline for the process; {@link #annotate} may be called from several threads at once. */
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

    private static final Object LOCK = new Object();
    private static @Nullable NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final @Nullable StanfordCoreNLP parser;

    private NlpPipeline(Properties properties, boolean parse) {
        RedwoodConfiguration.current().clear().apply();
        this.pipeline = new StanfordCoreNLP(properties);
        this.parser = parse ? new StanfordCoreNLP(parserProperties()) : null;
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
        Properties props = base();
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        props.setProperty("ner.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        return new NlpPipeline(props, true);
    }

    /**
     * CoreNLP with its defaults for tokenize, ssplit, pos, lemma, ner and depparse: the reference the benchmark
     * compares with.
     */
    public static NlpPipeline plain() {
        Properties props = base();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new NlpPipeline(props, false);
    }

    /** CoreNLP with its defaults for tokenize, ssplit, pos, lemma and ner, no parser: what the parser costs is measured against it. */
    public static NlpPipeline plainWithoutParser() {
        return new NlpPipeline(base(), false);
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
        Annotation annotation = new Annotation(LineWraps.unwrap(text));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, anchorDay(documentDate));
        }
        pipeline.annotate(annotation);
        List<String> warnings = new ArrayList<>();
        parse(text, annotation, warnings);
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

    /** Parses the sentences short enough for the parser; each longer one is named in {@code warnings}. */
    private void parse(String text, Annotation annotation, List<String> warnings) {
        StanfordCoreNLP dependencies = parser;
        if (dependencies == null) {
            return;
        }
        List<CoreMap> parsable = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int begin = words.get(0).beginPosition();
            if (words.size() <= MAX_PARSED_TOKENS) {
                parsable.add(sentence);
            } else if (words.size() <= MAX_TAGGED_TOKENS) {
                warnings.add("character " + begin + ": a sentence of " + words.size() + " tokens is longer than the "
                        + MAX_PARSED_TOKENS + " the parser takes; its facts are read without its syntax");
            } else {
                warnings.add("character " + begin + ": a sentence of " + words.size() + " tokens is longer than the "
                        + MAX_TAGGED_TOKENS + " the tagger takes; it is read without tags, names or syntax");
            }
        }
        Annotation subset = new Annotation(text);
        subset.set(CoreAnnotations.SentencesAnnotation.class, parsable);
        dependencies.annotate(subset);
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
