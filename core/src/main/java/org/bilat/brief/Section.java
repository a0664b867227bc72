package org.bilat.brief;

/**
 * One part of a brief or a digest: writes its heading and statements, each citing the passages behind it.
 *
 * <p>A brief is the list {@link Brief#SECTIONS}; a new part (the partnership ladder, say) is one more class there.
 *
 * @param <T> the facts it reads: {@link BriefFacts} for a brief, {@link DigestFacts} for a digest
 */
interface Section<T> {
    void write(T facts, MarkdownText out);
}
