package org.bilat.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
        props.setProperty("ner.useSUTime", "false");
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
        Annotation annotation = new Annotation(LineWraps.unwrap(text));
        pipeline.annotate(annotation);
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            starts.add(tokens.size());
            for (CoreLabel label : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(token(text, tokens.size(), s, label));
            }
        }
        return new AnnotatedText(text, tokens, starts);
    }

    private static Token token(String text, int index, int sentence, CoreLabel label) {
        int begin = label.beginPosition();
        int end = label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        return new Token(index, sentence, text.substring(begin, end), lemma, label.tag(), ner, begin, end);
    }
}
