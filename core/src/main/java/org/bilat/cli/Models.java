package org.bilat.cli;

import java.util.function.Function;
import org.bilat.model.Document;
import org.bilat.model.Extraction;
import org.bilat.pipeline.Pipeline;

/** The NLP pipeline, loaded on first use and then kept for the life of the process (and shared by in-process tests). */
final class Models {
    private Models() {}

    /**
     * Extraction that loads the models only when a document needs them, so a batch of known files loads nothing; each
     * document's share of sentences done shows on {@code progress}.
     */
    static Function<Document, Extraction> extractor(Progress progress) {
        return document -> pipeline().extract(document, progress.sentencesOf(document));
    }

    static Pipeline pipeline() {
        return Pipeline.shared();
    }
}
