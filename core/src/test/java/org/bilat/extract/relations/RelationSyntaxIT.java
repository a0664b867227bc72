package org.bilat.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilat.model.EntityType;
import org.junit.jupiter.api.Test;

class RelationSyntaxIT {
    private static List<String> triples(RelationFixture fixture) {
        return fixture.triples();
    }

    @Test
    void placesASiteWhoseVerbStandsFarFromItsName() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Lakeside Steelworks with its four furnaces and a rolling mill of 900 tonnes a day is"
                                + " located in Port Vell (Kingdom of Ruritania).")
                .entity("lakeside-steelworks", EntityType.FAC, "Lakeside Steelworks")
                .entity("port-vell", EntityType.GPE, "Port Vell")
                .entity("ruritania", EntityType.GPE, "Kingdom of Ruritania");

        assertThat(triples(fixture))
                .contains("LOCATED_IN lakeside-steelworks port-vell", "LOCATED_IN lakeside-steelworks ruritania");
    }

    @Test
    void placesASiteFromTheInPhraseHangingFromIt() {
        RelationFixture fixture = RelationFixture.parsed("The Lakeside Power Plant in Borduria has four units.")
                .entity("acme-works", EntityType.ORG, "Acme Works")
                .entity("lakeside-power-plant", EntityType.FAC, "Lakeside Power Plant")
                .entity("borduria", EntityType.GPE, "Borduria");

        assertThat(triples(fixture)).contains("LOCATED_IN lakeside-power-plant borduria");
    }

    @Test
    void placesABuiltSiteInEachNestedPlace() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Lakeside Dam will be built in Varna city in the Northern Province of Borduria.")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("varna", EntityType.GPE, "Varna")
                .entity("northern-province", EntityType.GPE, "Northern Province of Borduria");

        assertThat(triples(fixture))
                .contains("LOCATED_IN lakeside-dam varna", "LOCATED_IN lakeside-dam northern-province");
    }

    @Test
    void placesABuiltSiteByTheSeaOnWhoseCoastItStands() {
        RelationFixture fixture = RelationFixture.parsed("The Lakeside Dam will be built in Varna city in the Northern"
                        + " Province on the coastlines of the Amber Sea.")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entities(EntityType.GPE, "Varna", "Northern Province")
                .entity("amber-sea", EntityType.LOC, "Amber Sea");

        assertThat(triples(fixture)).contains("LOCATED_IN lakeside-dam varna", "LOCATED_IN lakeside-dam amber-sea");
    }

    @Test
    void makesTheBuilderOrFinancierOfASiteItsPartner() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Acme Works will build the Lakeside Dam, and Beta Bank finances the Klow Highway. Gamma"
                                + " Holding started the construction of the Varna Bridge in May.")
                .entity("acme-works", EntityType.ORG, "Acme Works")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("beta-bank", EntityType.ORG, "Beta Bank")
                .entity("klow-highway", EntityType.FAC, "Klow Highway")
                .entity("gamma-holding", EntityType.ORG, "Gamma Holding")
                .entity("varna-bridge", EntityType.FAC, "Varna Bridge");

        assertThat(triples(fixture))
                .contains(
                        "PARTNER lakeside-dam acme-works",
                        "PARTNER klow-highway beta-bank",
                        "PARTNER varna-bridge gamma-holding");
    }

    @Test
    void placesASiteTheNextSentenceCallsIt() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Lakeside Dam will be the largest dam in the region. It will be built in Varna by Acme"
                                + " Works.")
                .entity("lakeside-dam", EntityType.FAC, "Lakeside Dam")
                .entity("varna", EntityType.GPE, "Varna")
                .entity("acme-works", EntityType.ORG, "Acme Works");

        assertThat(triples(fixture)).contains("LOCATED_IN lakeside-dam varna", "PARTNER lakeside-dam acme-works");
    }

    @Test
    void neverPlacesASiteWhereItsBuilderBuildsAnother() {
        RelationFixture fixture = RelationFixture.parsed("Acme Works built a new bridge in Borduria in 2019.")
                .entity("acme-works", EntityType.ORG, "Acme Works")
                .entity("borduria", EntityType.GPE, "Borduria");

        assertThat(triples(fixture)).noneMatch(t -> t.startsWith("LOCATED_IN"));
    }

    @Test
    void neverPlacesABodyByAnInPhraseAlone() {
        RelationFixture fixture = RelationFixture.parsed("The Acme Group in Borduria hired 300 engineers.")
                .entity("acme-group", EntityType.ORG, "Acme Group")
                .entity("borduria", EntityType.GPE, "Borduria");

        assertThat(triples(fixture)).noneMatch(t -> t.startsWith("LOCATED_IN"));
    }

    @Test
    void findsEachOwnerOfAVentureInCoordinatedPassives() {
        RelationFixture fixture = RelationFixture.parsed(
                        "Port Vell Terminals, which is 60% owned by Acme Holdings and 30% owned by Beta Shipping,"
                                + " handles grain.")
                .entities(EntityType.ORG, "Port Vell Terminals", "Acme Holdings", "Beta Shipping");

        assertThat(triples(fixture))
                .contains("PARTNER port-vell-terminals acme-holdings", "PARTNER port-vell-terminals beta-shipping");
    }

    @Test
    void findsTheMakerOfAProductAfterALongAside() {
        RelationFixture fixture = RelationFixture.parsed(
                        "The Falcon-7 howitzer, after a decade of trials in the desert and in the mountains, was"
                                + " developed by Acme Arms and Beta Motors.")
                .entity("falcon-7", EntityType.PRODUCT, "Falcon-7")
                .entities(EntityType.ORG, "Acme Arms", "Beta Motors");

        assertThat(triples(fixture)).contains("PRODUCED_BY falcon-7 acme-arms", "PRODUCED_BY falcon-7 beta-motors");
    }
}
