package org.bilat.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilat.extract.text.Gazetteer.Country;
import org.bilat.extract.text.Gazetteer.Organization;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    private String countryOf(String surface) {
        return gazetteer.country(surface).map(Country::alpha2).orElse("none");
    }

    @Test
    void findsCountriesByCommonIsoAndFormalNames() {
        assertThat(countryOf("China")).isEqualTo("CN");
        assertThat(countryOf("Russia")).isEqualTo("RU");
        assertThat(countryOf("Russian Federation")).isEqualTo("RU");
        assertThat(countryOf("People's Republic of China")).isEqualTo("CN");
        assertThat(countryOf("People’s Republic of China")).isEqualTo("CN");
        assertThat(countryOf("Republic of Belarus")).isEqualTo("BY");
        assertThat(countryOf("Byelorussia")).isEqualTo("BY");
        assertThat(countryOf("United States of America")).isEqualTo("US");
        assertThat(countryOf("Czech Republic")).isEqualTo("CZ");
        assertThat(countryOf("the Netherlands")).isEqualTo("NL");
        assertThat(countryOf("Korea, Republic of")).isEqualTo("KR");
    }

    @Test
    void foldsCaseAccentsAndDotsButNotShortAcronyms() {
        assertThat(countryOf("CHINA")).isEqualTo("CN");
        assertThat(countryOf("Cote d'Ivoire")).isEqualTo("CI");
        assertThat(countryOf("Turkiye")).isEqualTo("TR");
        assertThat(countryOf("U.S.")).isEqualTo("US");
        assertThat(countryOf("US")).isEqualTo("US");
        assertThat(countryOf("us")).isEqualTo("none");
        assertThat(countryOf("U.S.S.R.")).isEqualTo("SU");
    }

    @Test
    void findsCountriesByAlpha3CodeInCapitalsOnly() {
        assertThat(countryOf("BLR")).isEqualTo("BY");
        assertThat(countryOf("CHN")).isEqualTo("CN");
        assertThat(countryOf("AND")).isEqualTo("AD");
        assertThat(countryOf("and")).isEqualTo("none");
    }

    @Test
    void findsCountriesByDemonymSingularOrPlural() {
        assertThat(gazetteer.byDemonym("Chinese").map(Country::name)).contains("China");
        assertThat(gazetteer.byDemonym("Belarusian").map(Country::name)).contains("Belarus");
        assertThat(gazetteer.byDemonym("Byelorussian").map(Country::name)).contains("Belarus");
        assertThat(gazetteer.byDemonym("Americans").map(Country::name)).contains("United States");
        assertThat(gazetteer.byDemonym("Swiss").map(Country::name)).contains("Switzerland");
    }

    @Test
    void answersNothingForADemonymTwoCountriesShare() {
        assertThat(gazetteer.byDemonym("Congolese")).isEmpty();
    }

    @Test
    void findsTheCountryOfACapitalUnderEitherSpelling() {
        assertThat(gazetteer.capitalOf("Minsk").map(Country::name)).contains("Belarus");
        assertThat(gazetteer.capitalOf("Kyiv").map(Country::name)).contains("Ukraine");
        assertThat(gazetteer.capitalOf("Kiev").map(Country::name)).contains("Ukraine");
        assertThat(gazetteer.capitalOf("Peking").map(Country::name)).contains("China");
        assertThat(gazetteer.capitalOf("Paris").map(Country::name)).contains("France");
        assertThat(gazetteer.capitalOf("Shanghai")).isEmpty();
    }

    @Test
    void spellsACapitalTheUsualWayButKeepsEachOfSeveralCapitalsItsOwnName() {
        assertThat(gazetteer.capitalSpelling("KIEV")).contains("Kyiv");
        assertThat(gazetteer.capitalSpelling("Peking")).contains("Beijing");
        assertThat(gazetteer.capitalSpelling("COTONOU")).contains("Cotonou");
        assertThat(gazetteer.capitalSpelling("La Paz")).contains("La Paz");
        assertThat(gazetteer.capitalOf("Cotonou").map(Country::name)).contains("Benin");
        assertThat(gazetteer.capitalSpelling("Shanghai")).isEmpty();
    }

    @Test
    void tellsRegionsFromPoliticalUnits() {
        assertThat(gazetteer.isRegion("Eastern Europe")).isTrue();
        assertThat(gazetteer.isRegion("the Indo-Pacific")).isTrue();
        assertThat(gazetteer.isRegion("Indo‑Pacific")).isTrue();
        assertThat(gazetteer.isRegion("Kerch Strait")).isTrue();
        assertThat(gazetteer.isRegion("South China Sea")).isTrue();
        assertThat(gazetteer.isRegion("Dnipro")).isTrue();
        assertThat(gazetteer.isRegion("Belarus")).isFalse();
    }

    @Test
    void findsOrganisationsByNameAcronymOrOtherName() {
        assertThat(gazetteer.organization("SCO").map(Organization::name)).contains("Shanghai Cooperation Organisation");
        assertThat(gazetteer.organization("EEU").map(Organization::name)).contains("Eurasian Economic Union");
        assertThat(gazetteer.organization("Nato").map(Organization::name))
                .contains("North Atlantic Treaty Organization");
        assertThat(gazetteer.organization("World Bank")).isPresent();
        assertThat(gazetteer.organization("Union State of Belarus and Russia")).isPresent();
        assertThat(gazetteer.organization("WHO").map(Organization::name)).contains("World Health Organization");
        assertThat(gazetteer.organization("who")).isEmpty();
    }

    @Test
    void countryFileCoversIsoWithOneRowPerCode() {
        List<Country> countries = gazetteer.countries();
        Set<String> alpha2 = new HashSet<>();
        Set<String> alpha3 = new HashSet<>();
        countries.forEach(country -> {
            assertThat(alpha2.add(country.alpha2())).as(country.alpha2()).isTrue();
            assertThat(alpha3.add(country.alpha3())).as(country.alpha3()).isTrue();
        });
        assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
        assertThat(alpha2).allMatch(code -> code.matches("[A-Z]{2}"));
        assertThat(alpha3).allMatch(code -> code.matches("[A-Z]{3}"));
        assertThat(countries).allMatch(country -> !country.name().isBlank());
    }

    @Test
    void everyFileHasItsHeaderAndColumnsOnEveryRow() {
        assertThat(TsvRows.read(Gazetteer.COUNTRIES, Gazetteer.COUNTRY_COLUMNS)).hasSizeGreaterThanOrEqualTo(249);
        assertThat(TsvRows.read(Gazetteer.REGIONS, Gazetteer.REGION_COLUMNS)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(TsvRows.read(Gazetteer.ORGANIZATIONS, Gazetteer.ORGANIZATION_COLUMNS))
                .hasSizeGreaterThanOrEqualTo(120)
                .allMatch(row -> !row.get(0).isBlank());
    }

    @Test
    void rejectsARowWithTheWrongColumnCountNamingFileAndLine() {
        List<String> lines = List.of("# source", "name\tother_names", "Europe\t", "Asia");
        assertThatThrownBy(() -> TsvRows.parse("regions.tsv", lines, Gazetteer.REGION_COLUMNS))
                .hasMessage("regions.tsv:4: 1 columns, expected 2");
    }

    @Test
    void rejectsAFileWhoseHeaderDiffers() {
        List<String> lines = List.of("# source", "name\tacronyms");
        assertThatThrownBy(() -> TsvRows.parse("regions.tsv", lines, Gazetteer.REGION_COLUMNS))
                .hasMessage("regions.tsv:2: header must be name other_names");
    }
}
