package org.bilat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractStageTest {
    @Test
    void givesEachCoreFourPartitionsButNoPartitionWithoutADocument() {
        assertThat(ExtractStage.partitions(1_000, 2)).isEqualTo(8);
        assertThat(ExtractStage.partitions(9, 2)).isEqualTo(8);
        assertThat(ExtractStage.partitions(3, 2)).isEqualTo(3);
    }

    @Test
    void keepsPartitionsToTwoHundredDocumentsForALargeArchive() {
        assertThat(ExtractStage.partitions(1_000_000, 64)).isEqualTo(5_000);
    }

    @Test
    void neverAsksForNoPartitionAtAll() {
        assertThat(ExtractStage.partitions(0, 2)).isEqualTo(1);
    }
}
