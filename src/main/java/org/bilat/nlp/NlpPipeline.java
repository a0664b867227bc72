package org.bilat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** One CoreNLP pipeline for the process; {@link #annotate} may be called from several threads at once. */
public final class NlpPipeline {
    private final StanfordCoreNLP pipeline;

    private NlpPipeline(Properties properties) {
        RedwoodConfiguration.current().clear().apply();
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The pipeline extraction uses: tokens, sentences, tags, lemmas and fine-grained NER. */
    public static NlpPipeline load() {
        Properties props = base();
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return new NlpPipeline(props);
    }

    /** CoreNLP with its defaults for tokenize, ssplit, pos, lemma and ner: the reference the benchmark compares with. */
    public static NlpPipeline plain() {
        return new NlpPipeline(base());
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
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            int sentenceStart = tokens.size();
            starts.add(sentenceStart);
            for (CoreLabel label : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(token(text, tokens.size(), s, label));
            }
            times.addAll(times(text, sentences.get(s)));
        }
        return new AnnotatedText(text, tokens, starts, times);
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

    private static Token token(String text, int index, int sentence, CoreLabel label) {
        int begin = label.beginPosition();
        int end = label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        return new Token(index, sentence, text.substring(begin, end), lemma, label.tag(), ner, begin, end);
    }
}
