package org.bilat.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bilat.model.Entity;
import org.bilat.model.EntityType;
import org.bilat.model.Mention;
import org.junit.jupiter.api.Test;

class ResolverTest {

    @Test
    void joinsAnAcronymDefinedInParenthesesWithItsName() {
        List<Entity> entities = resolve(
                "The Northern Rail Works (NRW) said NRW would grow.",
                "Northern Rail Works",
                EntityType.ORG,
                "NRW",
                EntityType.ORG,
                "NRW",
                EntityType.ORG);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).aliases()).contains("Northern Rail Works", "NRW");
        assertThat(entities.get(0).id()).isEqualTo("nrw");
    }

    @Test
    void givesAnAcronymAfterXOfYToTheYItSpells() {
        List<Entity> entities = resolve(
                "The Western Command of the Ruritanian Home Army (RHA) drilled. The Ruritanian Home Army grew.",
                "Western Command of the Ruritanian Home Army",
                EntityType.ORG,
                "RHA",
                EntityType.ORG,
                "Ruritanian Home Army",
                EntityType.ORG);

        assertThat(entities).hasSize(2);
        assertThat(entities).anyMatch(e -> e.aliases().containsAll(List.of("RHA", "Ruritanian Home Army")));
    }

    @Test
    void keepsATitleWordThatOpensAFirmsName() {
        List<Entity> entities = resolve(
                "General Turbine Works will build it, President Ivan Petrenka said.",
                "General Turbine Works",
                EntityType.ORG,
                "President Ivan Petrenka",
                EntityType.PERSON);

        assertThat(entities).extracting(Entity::name).containsExactly("General Turbine Works", "Ivan Petrenka");
    }

    @Test
    void keepsAPlaceInParenthesesApartFromTheCityBeforeIt() {
        List<Entity> entities =
                resolve("They met in Tartu (Estonia) last year.", "Tartu", EntityType.GPE, "Estonia", EntityType.GPE);

        assertThat(entities).hasSize(2);
    }

    @Test
    void joinsASurnameWithTheFullNameOfThePerson() {
        List<Entity> entities = resolve(
                "Ivan Petrenka spoke. Later Petrenka left.",
                "Ivan Petrenka",
                EntityType.PERSON,
                "Petrenka",
                EntityType.PERSON);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Ivan Petrenka");
    }

    @Test
    void joinsAnInitialAndSurnameWithTheFullNameItAbbreviates() {
        List<Entity> entities = resolve(
                "Adam Kowal spoke. Kowal left. A. Kowal signed.",
                "Adam Kowal",
                EntityType.PERSON,
                "Kowal",
                EntityType.PERSON,
                "A. Kowal",
                EntityType.PERSON);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).aliases()).contains("Adam Kowal", "Kowal", "A. Kowal");
    }

    @Test
    void keepsAnInitialApartFromAFullNameWithAnotherFirstLetter() {
        List<Entity> entities = resolve(
                "Adam Kowal spoke. B. Kowal signed.", "Adam Kowal", EntityType.PERSON, "B. Kowal", EntityType.PERSON);

        assertThat(entities).hasSize(2);
    }

    @Test
    void joinsAOneWordNameTypedAsPersonWithTheFirmItStarts() {
        List<Entity> entities = resolve(
                "The Kroll Group hired men. Kroll fighters came.",
                "Kroll Group",
                EntityType.ORG,
                "Kroll",
                EntityType.PERSON);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void typesAGroupByTheSpelledOutNameRatherThanItsAcronyms() {
        List<Entity> entities = resolve(
                "The Klow Defence Accord (KDA) lapsed. Under the KDA, troops stay.",
                "Klow Defence Accord",
                EntityType.LAW,
                "KDA",
                EntityType.ORG,
                "KDA",
                EntityType.ORG);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.LAW);
    }

    @Test
    void joinsASurnameWithItsParticleWithTheFullName() {
        List<Entity> entities = resolve(
                "Hamad al Suwaidi spoke. Later al Suwaidi left.",
                "Hamad al Suwaidi",
                EntityType.PERSON,
                "al Suwaidi",
                EntityType.PERSON);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Hamad al Suwaidi");
    }

    @Test
    void givesTransliterationsOfOneNameTheSameId() {
        String a = resolve("Aliaksandr Lukashenka", "Aliaksandr Lukashenka", EntityType.PERSON)
                .get(0)
                .id();
        String b = resolve("Alexander Lukashenko", "Alexander Lukashenko", EntityType.PERSON)
                .get(0)
                .id();
        String c = resolve("Palanez", "Palanez", EntityType.PRODUCT).get(0).id();
        String d = resolve("Polonez", "Polonez", EntityType.PRODUCT).get(0).id();

        assertThat(a).isEqualTo(b);
        assertThat(c).isEqualTo(d);
    }

    @Test
    void joinsAQuotedShortFormWithTheFullName() {
        List<Entity> entities = resolve(
                "Industrial Park “Blue Lake” grew. Blue Lake hosts firms.",
                "Industrial Park “Blue Lake”",
                EntityType.FAC,
                "Blue Lake",
                EntityType.FAC);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).aliases()).contains("Blue Lake");
    }

    @Test
    void namesAnEntityByTheStandardNameReferenceKnowledgeGives() {
        String text = "The PRC and China";
        List<Mention> mentions = List.of(
                new Mention(4, 7, "PRC", EntityType.GPE, "China"),
                new Mention(12, 17, "China", EntityType.GPE, "China"));

        List<Entity> entities = Resolver.resolve(text, mentions);

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("china");
            assertThat(e.aliases()).contains("PRC", "China");
        });
    }

    @Test
    void sameThingAcrossDocumentsNeedsAgreeingTypes() {
        Entity a = new Entity("nrw", "Northern Rail Works", EntityType.ORG, List.of("NRW"), List.of());
        Entity b = new Entity("nrw", "NRW", EntityType.ORG, List.of("NRW"), List.of());
        Entity c = new Entity("nrw", "NRW", EntityType.PRODUCT, List.of("NRW"), List.of());

        assertThat(Resolver.sameThing(a, b)).isPresent();
        assertThat(Resolver.sameThing(a, c)).isEmpty();
    }

    /** Mentions given as (surface, type) pairs, found at their first free occurrence in the text. */
    @Test
    void joinsAClippedShortFormWithTheOneNameItClips() {
        List<Entity> entities = resolve(
                "The Export-Import Bank of Borduria lent the money; Exim Bank said so.",
                "Export-Import Bank of Borduria",
                EntityType.ORG,
                "Exim Bank",
                EntityType.ORG);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).aliases()).contains("Export-Import Bank of Borduria", "Exim Bank");
    }

    @Test
    void leavesAShortFormThatClipsTwoNamesAlone() {
        List<Entity> entities = resolve(
                "The Export-Import Bank of Borduria and the Exmoor Imperial Bank met; Exim Bank spoke.",
                "Export-Import Bank of Borduria",
                EntityType.ORG,
                "Exmoor Imperial Bank",
                EntityType.ORG,
                "Exim Bank",
                EntityType.ORG);

        assertThat(entities).hasSize(3);
    }

    @Test
    void joinsAStateNameWithAFormalTitleWordToTheState() {
        List<Entity> entities = resolve(
                "Ruritania sold jets. They came from the Ruritania Federation, Ruritania said.",
                "Ruritania",
                EntityType.GPE,
                "Ruritania Federation",
                EntityType.ORG,
                "Ruritania",
                EntityType.GPE);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.GPE);
        assertThat(entities.get(0).aliases()).contains("Ruritania Federation");
    }

    @Test
    void doesNotJoinTwoBodiesOfOneStateAcrossDocumentsOnTheStateAdjective() {
        Entity government = body("ruritania-government", "Ruritanian government");
        Entity forces = body("ruritania-special-forces", "Ruritanian special forces");

        assertThat(Resolver.sameThing(government, forces)).isEmpty();
    }

    private static Entity body(String id, String name) {
        return new Entity(id, name, EntityType.ORG, List.of(name, "Ruritanian"), List.of());
    }

    private static List<Entity> resolve(String text, Object... pairs) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            String surface = (String) pairs[i];
            int at = text.indexOf(surface, from);
            mentions.add(new Mention(at, at + surface.length(), surface, (EntityType) pairs[i + 1]));
            from = at + surface.length();
        }
        return Resolver.resolve(text, mentions);
    }
}
